/**
 * Pilot charter: what must be agreed before a use case may enter `pilot`.
 * Every field may be empty while the charter is being drafted; `charterProblems`
 * says what is still missing before the pilot can start.
 */
import { z } from 'zod';
import { daysBetween, hasText, isoDateSchema } from './common';
import { formatDay } from '../shared/dates';
import { tell } from '../shared/language';

const optionalText = z.string({ error: () => tell('Must be text') });

const budgetSchema = (label: string) =>
  z
    .number({ error: () => tell('{{field}} must be a number (EUR)', { field: tell(label) }) })
    .min(0, { error: () => tell('{{field}} cannot be negative', { field: tell(label) }) })
    .nullable();

export const pilotCharterSchema = z
  .object({
    /** What we expect to happen, in a testable form ("drafting a job posting takes 15 instead of 45 minutes"). */
    hypothesis: optionalText,
    /** Which teams, processes and people take part. */
    scopeAndUsers: optionalText,
    startDate: isoDateSchema('Start date').nullable(),
    plannedEndDate: isoDateSchema('Planned end date').nullable(),
    /** What data may (and may not) go into the system. */
    dataRules: optionalText,
    /** Who checks the AI output, when, and who may stop it. */
    humanOversightRule: optionalText,
    /** When the pilot is stopped early. */
    stopConditions: optionalText,
    /** Planned budget in EUR. */
    budgetPlanned: budgetSchema('Planned budget'),
    /** Budget spent so far in EUR; tracked during the pilot, not needed to start it. */
    budgetActual: budgetSchema('Actual budget'),
    /** The vendor/tool evaluation of the tool used in the pilot. */
    vendorEvaluationId: z.string().nullable(),
    /** Old shape, migrated: the link now lives on the AI system entry (`useCaseIds`). Kept empty. */
    aiSystemId: z.string().nullable(),
    /**
     * The vendor and tool in words ("Microsoft 365 Copilot"), for when the vendor evaluation is not
     * (yet) in the app. Either this or `vendorEvaluationId` completes the "linked vendor/tool" item.
     */
    vendorToolName: optionalText.optional(),
    /** Old shape, migrated into a linked AI system entry of that name (`planSystemLinkMigration`). Kept empty. */
    aiSystemName: optionalText.optional(),
  })
  .superRefine((charter, ctx) => {
    if (
      charter.startDate &&
      charter.plannedEndDate &&
      daysBetween(charter.startDate, charter.plannedEndDate) <= 0
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['plannedEndDate'],
        message: `The planned end date (${formatDay(charter.plannedEndDate)}) must be after the start date (${formatDay(charter.startDate)})`,
      });
    }
  });

export type PilotCharter = z.infer<typeof pilotCharterSchema>;

/** A charter with nothing filled in. */
export function emptyCharter(): PilotCharter {
  return {
    hypothesis: '',
    scopeAndUsers: '',
    startDate: null,
    plannedEndDate: null,
    dataRules: '',
    humanOversightRule: '',
    stopConditions: '',
    budgetPlanned: null,
    budgetActual: null,
    vendorEvaluationId: null,
    aiSystemId: null,
    vendorToolName: '',
    aiSystemName: '',
  };
}

/** Label of each charter item, as shown in "what is missing" lists. */
export const CHARTER_ITEM_LABELS = {
  hypothesis: 'Hypothesis',
  scopeAndUsers: 'Scope and users',
  startDate: 'Start date',
  plannedEndDate: 'Planned end date',
  dataRules: 'Data rules (what data may go in)',
  humanOversightRule: 'Human-oversight rule',
  stopConditions: 'Stop conditions',
  budgetPlanned: 'Planned budget',
  vendorEvaluationId: 'Linked vendor/tool',
  aiSystemId: 'Linked AI system entry',
} as const;

/**
 * What stops this charter from being complete, as readable items.
 * The actual budget is not required: it is tracked during the pilot.
 * A planned budget of 0 counts as given (e.g. existing licences).
 * The vendor/tool counts as linked when either the evaluation or its name is given; the AI system entry
 * when at least one entry of the AI system inventory links to the use case (`linkedSystems`).
 */
export function charterProblems(charter: PilotCharter, linkedSystems: number): string[] {
  const problems: string[] = [];
  const textItems = ['hypothesis', 'scopeAndUsers'] as const;
  for (const key of textItems) if (!hasText(charter[key])) problems.push(tell(CHARTER_ITEM_LABELS[key]));
  if (!charter.startDate) problems.push(tell(CHARTER_ITEM_LABELS.startDate));
  if (!charter.plannedEndDate) problems.push(tell(CHARTER_ITEM_LABELS.plannedEndDate));
  else if (charter.startDate && daysBetween(charter.startDate, charter.plannedEndDate) <= 0) {
    problems.push(tell('Planned end date (must be after the start date)'));
  }
  const ruleItems = ['dataRules', 'humanOversightRule', 'stopConditions'] as const;
  for (const key of ruleItems) if (!hasText(charter[key])) problems.push(tell(CHARTER_ITEM_LABELS[key]));
  if (charter.budgetPlanned === null || !Number.isFinite(charter.budgetPlanned)) {
    problems.push(tell(CHARTER_ITEM_LABELS.budgetPlanned));
  }
  if (!hasText(charter.vendorEvaluationId) && !hasText(charter.vendorToolName)) {
    problems.push(tell(CHARTER_ITEM_LABELS.vendorEvaluationId));
  }
  if (linkedSystems === 0) problems.push(tell(CHARTER_ITEM_LABELS.aiSystemId));
  return problems;
}

export function isCharterComplete(charter: PilotCharter, linkedSystems: number): boolean {
  return charterProblems(charter, linkedSystems).length === 0;
}
