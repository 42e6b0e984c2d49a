/**
 * Edits of a template's sections and questions, as pure functions from sections to sections: the
 * editor computes the result, checks it with `templateProblems` and only then saves it.
 */
import { mapTargetsFor } from './templateRules';
import { allQuestions, LIMITS, type Question, type QuestionType, type Section } from './template';

const CHOICE: readonly QuestionType[] = ['single', 'multiple'];

/** A value for a new option: its text (as ids go), different from the question's other values. */
export function optionValue(label: string, taken: readonly string[]): string {
  const base = label.trim().slice(0, 70) || 'option';
  let value = base;
  for (let n = 2; taken.includes(value); n++) value = `${base} ${n}`;
  return value;
}

export function newQuestion(
  id: string,
  type: QuestionType,
  label: string,
  optionLabels: readonly string[] = [],
): Question {
  const question: Question = { id, type, label: label.trim(), help: '', required: false, options: [] };
  if (CHOICE.includes(type)) {
    for (const text of optionLabels.map((l) => l.trim()).filter(Boolean))
      question.options.push({
        value: optionValue(
          text,
          question.options.map((o) => o.value),
        ),
        label: text,
      });
  }
  if (type === 'scale') question.scale = { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Fully' };
  return question;
}

/** A question given another type: a choice gets two options to start from, a scale its points; a mapping that no longer fits is dropped. */
export function retyped(question: Question, type: QuestionType): Question {
  const next: Question = { ...question, type };
  if (CHOICE.includes(type)) {
    const options = [...question.options];
    while (options.length < 2) {
      const label = `Option ${options.length + 1}`;
      options.push({
        value: optionValue(
          label,
          options.map((o) => o.value),
        ),
        label,
      });
    }
    next.options = options;
  } else {
    next.options = [];
  }
  if (type === 'scale')
    next.scale = question.scale ?? { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Fully' };
  else delete next.scale;
  if (next.mapTo && !mapTargetsFor(type).includes(next.mapTo)) {
    delete next.mapTo;
    delete next.mapKey;
  }
  return next;
}

export function updateQuestion(
  sections: readonly Section[],
  id: string,
  change: (question: Question) => Question | null,
): Section[] {
  return sections.map((s) => ({
    ...s,
    questions: s.questions.flatMap((q) => {
      if (q.id !== id) return [q];
      const changed = change(q);
      return changed ? [changed] : [];
    }),
  }));
}

export function removeQuestion(sections: readonly Section[], id: string): Section[] {
  return sections.map((s) => ({ ...s, questions: s.questions.filter((q) => q.id !== id) }));
}

/** The question one place up or down, across into the next section at a section's edge. */
export function moveQuestion(sections: readonly Section[], id: string, delta: -1 | 1): Section[] {
  const next = sections.map((s) => ({ ...s, questions: [...s.questions] }));
  const si = next.findIndex((s) => s.questions.some((q) => q.id === id));
  if (si < 0) return next;
  const qi = next[si].questions.findIndex((q) => q.id === id);
  const [question] = next[si].questions.splice(qi, 1);
  const target = qi + delta;
  if (target >= 0 && target <= next[si].questions.length) {
    next[si].questions.splice(target, 0, question);
  } else if (delta === -1 && si > 0) {
    next[si - 1].questions.push(question);
  } else if (delta === 1 && si < next.length - 1) {
    next[si + 1].questions.unshift(question);
  } else {
    next[si].questions.splice(qi, 0, question);
  }
  return next;
}

export function addQuestion(sections: readonly Section[], sectionId: string, question: Question): Section[] {
  return sections.map((s) => (s.id === sectionId ? { ...s, questions: [...s.questions, question] } : s));
}

/** Questions whose condition depends on this one (a question is removed only when none do). */
export function dependents(sections: readonly Section[], id: string): Question[] {
  return allQuestions({ sections }).filter((q) => q.showIf?.questionId === id);
}

/** Why an option cannot be removed (a condition names it, or it is one of the last two), or null. */
export function optionRemovalProblem(
  sections: readonly Section[],
  question: Question,
  value: string,
): string | null {
  if (question.options.length <= 2)
    return `“${question.label}” needs at least two options: add another before removing this one.`;
  const user = dependents(sections, question.id).find((q) => q.showIf!.anyOf.includes(value));
  return user ? `“${user.label}” is shown for this answer: change its condition first.` : null;
}

/** Why a question cannot be removed, or null. */
export function questionRemovalProblem(sections: readonly Section[], id: string): string | null {
  const user = dependents(sections, id)[0];
  return user
    ? `“${user.label}” is shown only after an answer to this question: change or remove its condition first.`
    : null;
}

export function withinOptionLimit(question: Question): boolean {
  return question.options.length < LIMITS.options;
}
