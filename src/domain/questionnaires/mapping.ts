/**
 * From answers to register entries: what one response (or several) adds to the client's registers,
 * driven by each question's `mapTo`. Pure: the plan is applied by `src/db/questionnaires/apply.ts`
 * through the registers' own write path.
 */
import { shownQuestions, type AnswerValue, type Answers } from './answers';
import type { Questionnaire } from './questionnaire';
import type { Respondent } from './response';
import type { MapTarget, Question } from './template';

export interface ReportedSystem {
  name: string;
  purposes: string[];
  dataCategories: string[];
  personalData: boolean;
  /** Respondents who use it (by name), and their departments. */
  users: string[];
  departments: string[];
}

export interface ReportedIdea {
  title: string;
  problem: string;
  respondent: string;
  department: string;
}

export interface TrainingPlan {
  person: string;
  role: string;
  systemNames: string[];
  course: string;
  /** The day training finished (YYYY-MM-DD), or null. */
  date: string | null;
  /** Self-assessed 1-5 per step of the literacy guidance (identify, goals, act, evaluate). */
  steps: Record<string, number[]>;
}

export interface DdAnswerPlan {
  questionId: string;
  answer: string;
  evidence: string;
}

export interface ResponsePlan {
  systems: ReportedSystem[];
  ideas: ReportedIdea[];
  training: TrainingPlan | null;
  ddAnswers: DdAnswerPlan[];
}

/**
 * The key that makes "chatgpt ", "ChatGPT" and "ChatGPT (free personal accounts)" one system: case,
 * extra spaces and remarks in brackets ignored (a plain scan).
 */
export function nameKey(name: string): string {
  let out = '';
  let depth = 0;
  for (const char of name) {
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
    else if (depth === 0) out += char;
  }
  return out.split(' ').filter(Boolean).join(' ').toLowerCase();
}

function textOf(value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.join(', ');
  return value.explain.trim() ? `${value.answer}: ${value.explain.trim()}` : value.answer;
}

function listOf(question: Question, value: AnswerValue | undefined, asLabels: boolean): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value))
    return value.map((v) => (asLabels ? (question.options.find((o) => o.value === v)?.label ?? v) : v));
  if (typeof value === 'string' && question.type === 'single')
    return [asLabels ? (question.options.find((o) => o.value === value)?.label ?? value) : value];
  return textOf(value)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function unique(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (!seen.has(nameKey(value))) seen.set(nameKey(value), value);
  return [...seen.values()];
}

const PERSONAL = 'personal data';

/** The register entries one response leads to (only questions the respondent was shown count). */
export function planForResponse(
  questionnaire: Pick<Questionnaire, 'sections'>,
  respondent: Respondent,
  answers: Answers,
): ResponsePlan {
  const byTarget = new Map<MapTarget, { question: Question; value: AnswerValue }[]>();
  for (const question of shownQuestions(questionnaire, answers)) {
    const value = answers[question.id];
    if (!question.mapTo || value === undefined) continue;
    byTarget.set(question.mapTo, [...(byTarget.get(question.mapTo) ?? []), { question, value }]);
  }
  const all = (target: MapTarget, asLabels = true) =>
    (byTarget.get(target) ?? []).flatMap(({ question, value }) => listOf(question, value, asLabels));
  const first = (target: MapTarget) =>
    (byTarget.get(target) ?? [])
      .map(({ question, value }) =>
        question.type === 'single' ? listOf(question, value, true)[0] : textOf(value),
      )
      .find(Boolean) ?? '';

  const department = first('respondent.department') || respondent.department.trim();
  const role = first('respondent.role') || respondent.role.trim();
  const dataCategories = unique(all('aiSystem.dataCategories', false));
  const personalData =
    dataCategories.some((c) => c.toLowerCase().includes(PERSONAL)) ||
    (byTarget.get('aiSystem.personalData') ?? []).some(
      ({ value }) => typeof value === 'object' && !Array.isArray(value) && value.answer === 'yes',
    );
  const systemNames = unique([...all('aiSystem.names'), ...all('aiSystem.otherNames')]).filter(
    (n) => n.length <= 120,
  );
  const systems: ReportedSystem[] = systemNames.map((name) => ({
    name,
    purposes: unique(all('aiSystem.purpose')),
    dataCategories,
    personalData,
    users: [respondent.name.trim()],
    departments: department ? [department] : [],
  }));

  const ideaTitle = first('useCase.title');
  const ideas: ReportedIdea[] = ideaTitle
    ? [
        {
          title: ideaTitle.slice(0, 200),
          problem: first('useCase.problem'),
          respondent: respondent.name.trim(),
          department,
        },
      ]
    : [];

  let training: TrainingPlan | null = null;
  const steps: Record<string, number[]> = {};
  for (const { question, value } of byTarget.get('training.step') ?? []) {
    if (typeof value === 'number' && question.mapKey)
      steps[question.mapKey] = [...(steps[question.mapKey] ?? []), value];
  }
  const trainingTargets: MapTarget[] = [
    'training.systems',
    'training.course',
    'training.date',
    'training.step',
  ];
  if (trainingTargets.some((t) => byTarget.has(t))) {
    const date = first('training.date');
    training = {
      person: respondent.name.trim(),
      role,
      systemNames: unique(all('training.systems')),
      course: first('training.course'),
      date: date || null,
      steps,
    };
  }

  const ddAnswers = new Map<string, DdAnswerPlan>();
  for (const target of ['vendor.ddAnswer', 'vendor.evidence'] as const) {
    for (const { question, value } of byTarget.get(target) ?? []) {
      if (!question.mapKey) continue;
      const entry = ddAnswers.get(question.mapKey) ?? {
        questionId: question.mapKey,
        answer: '',
        evidence: '',
      };
      if (target === 'vendor.ddAnswer') entry.answer = textOf(value);
      else entry.evidence = textOf(value);
      ddAnswers.set(question.mapKey, entry);
    }
  }
  return {
    systems,
    ideas,
    training,
    ddAnswers: [...ddAnswers.values()].filter((d) => d.answer || d.evidence),
  };
}

/** Several responses' systems as one list: one entry per system name, with every user, purpose and data category. */
export function mergeSystems(plans: readonly ResponsePlan[]): ReportedSystem[] {
  const merged = new Map<string, ReportedSystem>();
  for (const system of plans.flatMap((p) => p.systems)) {
    const key = nameKey(system.name);
    const current = merged.get(key);
    if (!current) {
      merged.set(key, structuredClone(system));
      continue;
    }
    current.purposes = unique([...current.purposes, ...system.purposes]);
    current.dataCategories = unique([...current.dataCategories, ...system.dataCategories]);
    current.users = unique([...current.users, ...system.users]);
    current.departments = unique([...current.departments, ...system.departments]);
    current.personalData ||= system.personalData;
  }
  return [...merged.values()];
}

/** The due-diligence answer as stored in the evaluation: the answer, then its evidence. */
export function ddAnswerText(plan: DdAnswerPlan): string {
  return plan.evidence ? `${plan.answer}\n\nEvidence: ${plan.evidence}` : plan.answer;
}

/** Merges values into a list the way registers keep them (no duplicates, case ignored, order kept). */
export function unionList(current: readonly string[], added: readonly string[]): string[] {
  return unique([...current, ...added]);
}
