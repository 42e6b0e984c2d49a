import { tell } from '../shared/language';
import type { DdTopic } from './constants';
import { accepted, checkEditable } from './decisions';
import { DEFAULT_CRITERIA_TEMPLATE, DEFAULT_DD_QUESTIONS, DEFAULT_GATES } from './defaults';
import {
  CriterionSchema,
  CriterionScoreSchema,
  DdAnswerSchema,
  DdQuestionSchema,
  EvaluationSchema,
  GateEntrySchema,
  NO_VENDORS_MESSAGE,
  zodMessages,
  type CriteriaTemplate,
  type Criterion,
  type DdAnswer,
  type DdQuestion,
  type EvaluatedVendor,
  type Evaluation,
  type EvaluationChange,
  type GateEntry,
  type KnockOutGate,
} from './evaluation';
import { checkWeights } from './weights';
import { z } from 'zod';

/**
 * Pure edits of an evaluation. Each returns a new evaluation (never mutates) or the reasons it was
 * refused; every edit is refused while the evaluation is decided (read-only).
 */

export type NewId = () => string;
const randomId: NewId = () => crypto.randomUUID();

export type NewEvaluationInput = {
  clientId: string;
  title: string;
  vendorIds: readonly string[];
  useCaseId?: string;
  aiSystemId?: string;
  /** Free-text use case ("for ...") when no use case is linked, or the linked use case's title. */
  useCaseName?: string;
  /** Where the client allows its data to be stored; EU and EEA when omitted. */
  permittedLocations?: readonly string[];
  /** Criteria and weights to copy; the default template when omitted. */
  template?: Pick<CriteriaTemplate, 'id' | 'criteria'>;
  gates?: readonly KnockOutGate[];
  ddQuestions?: readonly DdQuestion[];
  notes?: string;
};

const emptyVendor = (vendorId: string): EvaluatedVendor => ({
  vendorId,
  scores: {},
  gates: {},
  ddAnswers: {},
});

/** Creates a draft evaluation with copies of the template's criteria, the gates and the questions. */
export function createEvaluation(
  input: NewEvaluationInput,
  now: string,
  newId: NewId = randomId,
): EvaluationChange {
  if (input.vendorIds.length === 0) return { ok: false, reasons: [tell(NO_VENDORS_MESSAGE)] };
  const template = input.template ?? DEFAULT_CRITERIA_TEMPLATE;
  const parsed = EvaluationSchema.safeParse({
    id: newId(),
    clientId: input.clientId,
    useCaseId: input.useCaseId,
    aiSystemId: input.aiSystemId,
    useCaseName: input.useCaseName ?? '',
    title: input.title,
    permittedLocations: input.permittedLocations ? [...input.permittedLocations] : undefined,
    templateId: template.id,
    criteria: template.criteria.map((c) => ({ ...c })),
    gates: (input.gates ?? DEFAULT_GATES).map((g) => ({ ...g })),
    ddQuestions: (input.ddQuestions ?? DEFAULT_DD_QUESTIONS).map((q) => ({ ...q })),
    vendors: input.vendorIds.map(emptyVendor),
    status: 'draft',
    history: [],
    notes: input.notes ?? '',
    createdAt: now,
    updatedAt: now,
  });
  if (!parsed.success) return { ok: false, reasons: zodMessages(parsed.error) };
  const weights = checkWeights(parsed.data.criteria);
  return { ok: true, evaluation: parsed.data, warnings: weights.ok ? [] : weights.reasons };
}

/** Applies `change` to one vendor of an editable evaluation. */
function editVendor(
  evaluation: Evaluation,
  vendorId: string,
  now: string,
  change: (vendor: EvaluatedVendor) => EvaluatedVendor,
): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  if (!evaluation.vendors.some((v) => v.vendorId === vendorId)) {
    return { ok: false, reasons: [tell('This vendor is not part of the evaluation.')] };
  }
  const vendors = evaluation.vendors.map((v) => (v.vendorId === vendorId ? change(v) : v));
  return accepted(evaluation, now, { vendors });
}

function withEntry<T>(map: Record<string, T>, key: string, value: T | undefined): Record<string, T> {
  const next = { ...map };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

export function addVendor(evaluation: Evaluation, vendorId: string, now: string): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  if (evaluation.vendors.some((v) => v.vendorId === vendorId)) {
    return { ok: false, reasons: [tell('This vendor is already in the evaluation.')] };
  }
  return accepted(evaluation, now, { vendors: [...evaluation.vendors, emptyVendor(vendorId)] });
}

/** Removes a vendor with its scores, gates and answers; the last vendor cannot be removed. */
export function removeVendor(evaluation: Evaluation, vendorId: string, now: string): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  if (!evaluation.vendors.some((v) => v.vendorId === vendorId)) return { ok: true, evaluation, warnings: [] };
  if (evaluation.vendors.length === 1) return { ok: false, reasons: [tell(NO_VENDORS_MESSAGE)] };
  return accepted(evaluation, now, { vendors: evaluation.vendors.filter((v) => v.vendorId !== vendorId) });
}

/**
 * Sets (or clears, with score null and no evidence) a vendor's score on a criterion.
 * A score of 0 or 6, or 3.5, is refused; a score without evidence is saved but flagged as unverified.
 */
export function setScore(
  evaluation: Evaluation,
  vendorId: string,
  criterionId: string,
  input: { score: number | null; evidence?: string },
  now: string,
): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  if (!evaluation.criteria.some((c) => c.id === criterionId)) {
    return { ok: false, reasons: [tell('This criterion is not part of the evaluation.')] };
  }
  const parsed = CriterionScoreSchema.safeParse({ score: input.score, evidence: input.evidence ?? '' });
  if (!parsed.success) return { ok: false, reasons: zodMessages(parsed.error) };
  const entry = parsed.data.score === null && parsed.data.evidence === '' ? undefined : parsed.data;
  const result = editVendor(evaluation, vendorId, now, (v) => ({
    ...v,
    scores: withEntry(v.scores, criterionId, entry),
  }));
  if (result.ok && parsed.data.score !== null && parsed.data.evidence === '') {
    result.warnings.push(tell('Score saved as unverified: add an evidence note.'));
  }
  return result;
}

/** Stores the user's confirmed result of a knock-out gate for one vendor. */
export function setGateResult(
  evaluation: Evaluation,
  vendorId: string,
  gateId: string,
  input: GateEntry | z.input<typeof GateEntrySchema>,
  now: string,
): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  if (!evaluation.gates.some((g) => g.id === gateId))
    return { ok: false, reasons: [tell('This knock-out gate is not part of the evaluation.')] };
  const parsed = GateEntrySchema.safeParse(input);
  if (!parsed.success) return { ok: false, reasons: zodMessages(parsed.error) };
  return editVendor(evaluation, vendorId, now, (v) => ({
    ...v,
    gates: withEntry(v.gates, gateId, parsed.data),
  }));
}

/** Stores a vendor's answer to a due-diligence question; an empty, unjudged answer is removed. */
export function setDdAnswer(
  evaluation: Evaluation,
  vendorId: string,
  questionId: string,
  input: { answer: string; satisfactory?: boolean },
  now: string,
): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  if (!evaluation.ddQuestions.some((q) => q.id === questionId)) {
    return { ok: false, reasons: [tell('This question is not part of the evaluation.')] };
  }
  const parsed = DdAnswerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reasons: zodMessages(parsed.error) };
  const entry: DdAnswer | undefined =
    parsed.data.answer === '' && parsed.data.satisfactory === undefined ? undefined : parsed.data;
  return editVendor(evaluation, vendorId, now, (v) => ({
    ...v,
    ddAnswers: withEntry(v.ddAnswers, questionId, entry),
  }));
}

const normaliseText = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

export function addDdQuestion(
  evaluation: Evaluation,
  input: { topic: DdTopic; question: string },
  now: string,
  newId: NewId = randomId,
): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  const parsed = DdQuestionSchema.safeParse({
    id: newId(),
    topic: input.topic,
    question: input.question,
    builtIn: false,
  });
  if (!parsed.success) return { ok: false, reasons: zodMessages(parsed.error) };
  if (evaluation.ddQuestions.some((q) => normaliseText(q.question) === normaliseText(parsed.data.question))) {
    return { ok: false, reasons: [tell('This question is already in the evaluation.')] };
  }
  return accepted(evaluation, now, { ddQuestions: [...evaluation.ddQuestions, parsed.data] });
}

/** Removes a question and every vendor's answer to it. */
export function removeDdQuestion(evaluation: Evaluation, questionId: string, now: string): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  return accepted(evaluation, now, {
    ddQuestions: evaluation.ddQuestions.filter((q) => q.id !== questionId),
    vendors: evaluation.vendors.map((v) => ({
      ...v,
      ddAnswers: withEntry(v.ddAnswers, questionId, undefined),
    })),
  });
}

/**
 * Replaces the criteria (names, weights, order). Weights that do not total 100 are saved so the user
 * can edit one weight at a time, with the weight message as a warning; deciding needs them at 100.
 * Scores of criteria that are no longer present are removed.
 */
export function updateCriteria(
  evaluation: Evaluation,
  criteria: readonly Criterion[],
  now: string,
): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  const parsed = z.array(CriterionSchema).safeParse(criteria);
  if (!parsed.success) return { ok: false, reasons: zodMessages(parsed.error) };
  const ids = new Set(parsed.data.map((c) => c.id));
  if (ids.size !== parsed.data.length) return { ok: false, reasons: [tell('Criterion ids must be unique.')] };
  const keep = (scores: EvaluatedVendor['scores']) =>
    Object.fromEntries(Object.entries(scores).filter(([id]) => ids.has(id)));
  const weights = checkWeights(parsed.data);
  return accepted(
    evaluation,
    now,
    { criteria: parsed.data, vendors: evaluation.vendors.map((v) => ({ ...v, scores: keep(v.scores) })) },
    { warnings: weights.ok ? [] : weights.reasons },
  );
}
