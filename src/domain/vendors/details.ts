import { tell } from '../shared/language';
import { checkEditable, withChanges } from './decisions';
import { EvaluationSchema, zodMessages, type Evaluation, type EvaluationChange } from './evaluation';

/**
 * Edits of an evaluation's own fields (title, notes, permitted locations) and of its links to a use
 * case and an AI-system entry. Content edits are refused while the evaluation is decided; links are
 * not content (the AI-system entry is often created after the vendor was selected), so they can be
 * set at any time.
 */

export type EvaluationDetailsInput = Partial<Pick<Evaluation, 'title' | 'notes' | 'permittedLocations'>>;

export type EvaluationLinksInput = {
  /** null removes the link. */
  useCaseId?: string | null;
  useCaseName?: string;
  /** null removes the link. */
  aiSystemId?: string | null;
};

function validated(evaluation: Evaluation, now: string, changes: Partial<Evaluation>): EvaluationChange {
  const next = withChanges(evaluation, now, changes);
  const parsed = EvaluationSchema.safeParse(next);
  if (!parsed.success) return { ok: false, reasons: zodMessages(parsed.error) };
  return { ok: true, evaluation: parsed.data, warnings: [] };
}

export function updateEvaluationDetails(
  evaluation: Evaluation,
  input: EvaluationDetailsInput,
  now: string,
): EvaluationChange {
  const editable = checkEditable(evaluation);
  if (!editable.ok) return editable;
  const changes: Partial<Evaluation> = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.notes !== undefined) changes.notes = input.notes;
  if (input.permittedLocations !== undefined) {
    const locations = input.permittedLocations.map((l) => l.trim()).filter((l) => l.length > 0);
    if (new Set(locations.map((l) => l.toLowerCase())).size !== locations.length) {
      return { ok: false, reasons: [tell('Each permitted location can be listed only once.')] };
    }
    changes.permittedLocations = locations;
  }
  return validated(evaluation, now, changes);
}

export function linkEvaluation(
  evaluation: Evaluation,
  input: EvaluationLinksInput,
  now: string,
): EvaluationChange {
  const changes: Partial<Evaluation> = {};
  if (input.useCaseId !== undefined) changes.useCaseId = input.useCaseId?.trim() || undefined;
  if (input.useCaseName !== undefined) changes.useCaseName = input.useCaseName;
  if (input.aiSystemId !== undefined) changes.aiSystemId = input.aiSystemId?.trim() || undefined;
  return validated(evaluation, now, changes);
}

/** Splits "EU, EEA; UK" into ["EU", "EEA", "UK"]. */
export function parseLocationList(raw: string): string[] {
  return raw
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
