import { tell } from '../shared/language';
import { z } from 'zod';
import {
  DD_TOPICS,
  EVALUATION_STATUSES,
  GATE_RESULTS,
  HISTORY_ACTIONS,
  SCORE_MAX,
  SCORE_MIN,
  VENDOR_DECISIONS,
} from './constants';
import { GATE_RULES } from './gateRules';
import { checkWeights } from './weights';

/**
 * Schemas of a client's vendor evaluation and of the consultant's criteria templates.
 * The evaluation embeds its own copy of criteria, gates and questions, so later edits to a template
 * never change an evaluation that was already made.
 */

const timestamp = z.iso.datetime({ offset: true, error: () => tell('Must be an ISO date-time') });
const isoDate = z.iso.date({ error: () => tell('Date must be a valid date (YYYY-MM-DD)') });
const text = z.string().trim().default('');

export const SCORE_MESSAGE = `Score must be a whole number from ${SCORE_MIN} to ${SCORE_MAX}`;
const scoreMessage = () => tell(SCORE_MESSAGE);

export const ScoreSchema = z
  .number({ error: scoreMessage })
  .int({ error: scoreMessage })
  .min(SCORE_MIN, { error: scoreMessage })
  .max(SCORE_MAX, { error: scoreMessage });

export const CriterionSchema = z.object({
  id: z.string().min(1),
  name: z
    .string()
    .trim()
    .min(1, { error: () => tell('Criterion name is required') }),
  /** What a 1 and a 5 look like, shown next to the score. */
  description: text,
  weight: z
    .number({ error: () => tell('Weight must be a number') })
    .min(0, { error: () => tell('Weight cannot be negative') })
    .max(100, { error: () => tell('Weight cannot be more than 100') }),
});
export type Criterion = z.infer<typeof CriterionSchema>;

function uniqueIds(items: ReadonlyArray<{ id: string }>): boolean {
  return new Set(items.map((i) => i.id)).size === items.length;
}

/** A saved set of criteria and weights (consultant library: no clientId). Weights must total 100. */
export const CriteriaTemplateSchema = z
  .object({
    id: z.string().min(1),
    name: z
      .string()
      .trim()
      .min(1, { error: () => tell('Template name is required') }),
    criteria: z.array(CriterionSchema),
    /** True for the template that ships with the app. */
    builtIn: z.boolean().default(false),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .superRefine((template, ctx) => {
    const check = checkWeights(template.criteria);
    if (!check.ok)
      for (const message of check.reasons) ctx.addIssue({ code: 'custom', message, path: ['criteria'] });
    if (!uniqueIds(template.criteria))
      ctx.addIssue({ code: 'custom', message: tell('Criterion ids must be unique'), path: ['criteria'] });
  });
export type CriteriaTemplate = z.infer<typeof CriteriaTemplateSchema>;

/** A knock-out gate: named after the condition that rules a vendor out ("No DPA offered"). */
export const KnockOutGateSchema = z.object({
  id: z.string().min(1),
  name: z
    .string()
    .trim()
    .min(1, { error: () => tell('Gate name is required') }),
  /** The question to answer, phrased so "yes" means pass. */
  question: text,
  guidance: text,
  /** The pass rule that suggests a result from the vendor profile (gates from the template library). */
  rule: z.enum(GATE_RULES).optional(),
});
export type KnockOutGate = z.infer<typeof KnockOutGateSchema>;

export const DdQuestionSchema = z.object({
  id: z.string().min(1),
  topic: z.enum(DD_TOPICS, { error: () => tell('Choose a topic for the question') }),
  question: z
    .string()
    .trim()
    .min(1, { error: () => tell('Question text is required') }),
  /** False for questions the user added. */
  builtIn: z.boolean().default(false),
});
export type DdQuestion = z.infer<typeof DdQuestionSchema>;

/** A score with its evidence. `score: null` means not scored yet (evidence may already be noted). */
export const CriterionScoreSchema = z.object({
  score: ScoreSchema.nullable(),
  evidence: text,
});
export type CriterionScore = z.infer<typeof CriterionScoreSchema>;

export const GateEntrySchema = z.object({
  result: z.enum(GATE_RESULTS, { error: () => tell('Gate result must be pass, fail or unknown') }),
  note: text,
});
export type GateEntry = z.infer<typeof GateEntrySchema>;

export const DdAnswerSchema = z.object({
  answer: text,
  /** The evaluator's judgement of the answer; absent while not judged. */
  satisfactory: z.boolean().optional(),
});
export type DdAnswer = z.infer<typeof DdAnswerSchema>;

export const RATIONALE_MESSAGE = 'A decision needs a rationale: explain why in a sentence or two.';

export const VendorDecisionSchema = z.object({
  outcome: z.enum(VENDOR_DECISIONS, {
    error: () => tell('Decision must be selected, shortlisted or rejected'),
  }),
  rationale: z
    .string()
    .trim()
    .min(1, { error: () => tell(RATIONALE_MESSAGE) }),
  date: isoDate,
  /** What was still open when it was decided (confirmed by the user), one line per kind. */
  openPoints: z.array(z.string()).optional(),
});
export type VendorDecision = z.infer<typeof VendorDecisionSchema>;

/** One vendor inside an evaluation; keyed maps point at the evaluation's criteria, gates and questions. */
export const EvaluatedVendorSchema = z.object({
  vendorId: z.string().min(1),
  scores: z.record(z.string(), CriterionScoreSchema).default({}),
  gates: z.record(z.string(), GateEntrySchema).default({}),
  ddAnswers: z.record(z.string(), DdAnswerSchema).default({}),
  decision: VendorDecisionSchema.optional(),
});
export type EvaluatedVendor = z.infer<typeof EvaluatedVendorSchema>;

export const HistoryEntrySchema = z.object({
  at: timestamp,
  action: z.enum(HISTORY_ACTIONS),
  fromStatus: z.enum(EVALUATION_STATUSES).optional(),
  toStatus: z.enum(EVALUATION_STATUSES).optional(),
  vendorId: z.string().optional(),
  outcome: z.enum(VENDOR_DECISIONS).optional(),
  reason: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** The default for a European client: data may stay in the EU / EEA. */
export const DEFAULT_PERMITTED_LOCATIONS = ['EU', 'EEA'] as const;

export const NO_VENDORS_MESSAGE = 'An evaluation needs at least one vendor.';

export const EvaluationSchema = z
  .object({
    id: z.string().min(1),
    clientId: z.string().min(1, { error: () => tell('An evaluation belongs to a client') }),
    useCaseId: z.string().min(1).optional(),
    aiSystemId: z.string().min(1).optional(),
    /** The use case in words: a free-text "for" when no use-case register exists, or the linked use case's title when it was linked. */
    useCaseName: text,
    title: z
      .string()
      .trim()
      .min(1, { error: () => tell('Evaluation title is required') }),
    /** Where the client allows its data to be stored (used to suggest the data-location gate). */
    permittedLocations: z
      .array(
        z
          .string()
          .trim()
          .min(1, { error: () => tell('A permitted location cannot be empty') }),
      )
      .default([...DEFAULT_PERMITTED_LOCATIONS]),
    templateId: z.string().optional(),
    criteria: z.array(CriterionSchema),
    gates: z.array(KnockOutGateSchema),
    ddQuestions: z.array(DdQuestionSchema),
    vendors: z.array(EvaluatedVendorSchema).min(1, { error: () => tell(NO_VENDORS_MESSAGE) }),
    status: z.enum(EVALUATION_STATUSES),
    history: z.array(HistoryEntrySchema).default([]),
    notes: text,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .superRefine((evaluation, ctx) => {
    const vendorIds = evaluation.vendors.map((v) => v.vendorId);
    if (new Set(vendorIds).size !== vendorIds.length) {
      ctx.addIssue({
        code: 'custom',
        message: tell('Each vendor can be in an evaluation only once.'),
        path: ['vendors'],
      });
    }
    for (const [key, items] of [
      ['criteria', evaluation.criteria],
      ['gates', evaluation.gates],
      ['ddQuestions', evaluation.ddQuestions],
    ] as const) {
      if (!uniqueIds(items))
        ctx.addIssue({
          code: 'custom',
          message: tell('Ids in {{list}} must be unique.', { list: key }),
          path: [key],
        });
    }
  });
export type Evaluation = z.infer<typeof EvaluationSchema>;

/** Outcome of every function that changes an evaluation: the new evaluation, or the reasons it was refused. */
export type EvaluationChange =
  { ok: true; evaluation: Evaluation; warnings: string[] } | { ok: false; reasons: string[] };

/** Turns zod issues into the user-facing messages (first message per issue, no duplicates). */
export function zodMessages(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.message))];
}
