/**
 * The use-case record: one AI application followed from idea to structural use or retirement.
 */
import { z } from 'zod';
import { longTextSchema, MAX_SHORT_TEXT, shortTextSchema } from '../shared/fieldLimits';
import { emptyCharter, pilotCharterSchema } from './charter';
import {
  daysBetween,
  isoDateSchema,
  oneToFiveSchema,
  recordBaseShape,
  timestampSchema,
  validateWith,
} from './common';
import { RISK_TIERS, SCORE_LABELS, STAGES, STAGE_LABELS, type ScoreKey } from './constants';
import { tell } from '../shared/language';

const scoreSchema = (key: ScoreKey) => oneToFiveSchema(SCORE_LABELS[key]);

export const scoresSchema = z.object({
  impact: scoreSchema('impact'),
  reach: scoreSchema('reach'),
  feasibility: scoreSchema('feasibility'),
  dataReadiness: scoreSchema('dataReadiness'),
  confidence: scoreSchema('confidence'),
});
export type Scores = z.infer<typeof scoresSchema>;

const stageSchema = z.enum(STAGES, {
  error: () =>
    tell('Stage must be one of: {{stages}}', { stages: STAGES.map((s) => tell(STAGE_LABELS[s])).join(', ') }),
});

export const stageHistoryEntrySchema = z.object({
  stage: stageSchema,
  /** Day the use case entered this stage. */
  date: isoDateSchema('Stage date'),
  note: z.string().optional(),
  /** Set when the move into pilot went over the pilot limit; the reason given for the override. */
  pilotLimitOverrideReason: z.string().optional(),
  /** Set when the use case entered pilot before its EU AI Act classification; the reason given. */
  unclassifiedReason: z.string().optional(),
});
export type StageHistoryEntry = z.infer<typeof stageHistoryEntrySchema>;

export const pilotLimitOverrideSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, { error: () => tell('An override of the pilot limit needs a reason') }),
  /** When the override was recorded (ISO timestamp). */
  at: timestampSchema('Override time'),
});
export type PilotLimitOverride = z.infer<typeof pilotLimitOverrideSchema>;

const idList = z.array(z.string());

export const useCaseSchema = z
  .object({
    ...recordBaseShape,
    // Identity
    title: z
      .string({ error: () => tell('Title is required') })
      .trim()
      .min(1, { error: () => tell('Title is required') })
      .max(MAX_SHORT_TEXT, { error: () => tell('Keep the title to 200 characters or fewer') }),
    /** Business process or department. */
    process: shortTextSchema('business process'),
    problemStatement: longTextSchema('problem statement'),
    intendedUse: longTextSchema('intended use'),
    outOfScopeUse: longTextSchema('out-of-scope use'),
    users: longTextSchema('users'),
    /** Groups affected by the output, e.g. candidates, employees, customers. */
    affectedPersons: z.array(z.string()),
    // Ownership (names; empty string = nobody yet)
    /** Accountable person on the client side. Without one the use case is parked (hard filter). */
    businessOwner: shortTextSchema('business owner'),
    projectOwner: shortTextSchema('project owner'),
    sponsor: shortTextSchema('sponsor'),
    // Lifecycle
    stage: stageSchema,
    stageHistory: z
      .array(stageHistoryEntrySchema)
      .min(1, { error: () => tell('Stage history needs at least one entry') }),
    // Prioritisation
    scores: scoresSchema,
    riskTier: z.enum(RISK_TIERS, {
      error: () => tell('Risk tier must be prohibited, high, limited, minimal or unclassified'),
    }),
    // Pilot
    charter: pilotCharterSchema,
    pilotLimitOverride: pilotLimitOverrideSchema.optional(),
    /** Why the pilot started before the EU AI Act classification (shown on the board report). */
    unclassifiedPilotReason: pilotLimitOverrideSchema.optional(),
    // Links to other registers
    aiSystemIds: idList,
    vendorEvaluationIds: idList,
    riskIds: idList,
    incidentIds: idList,
    decisionRightIds: idList,
    workshopIdeaId: z.string().nullable().optional(),
  })
  .superRefine((useCase, ctx) => {
    const history = useCase.stageHistory;
    for (let i = 1; i < history.length; i++) {
      if (daysBetween(history[i - 1].date, history[i].date) < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['stageHistory', i, 'date'],
          message: tell('Stage history goes back in time: {{stage}} on {{date}} comes after {{previous}}', {
            stage: tell(STAGE_LABELS[history[i].stage]),
            date: history[i].date,
            previous: history[i - 1].date,
          }),
        });
      }
    }
    const last = history[history.length - 1];
    if (last && last.stage !== useCase.stage) {
      ctx.addIssue({
        code: 'custom',
        path: ['stage'],
        message: tell(
          'The current stage ({{stage}}) does not match the last stage history entry ({{last}})',
          {
            stage: tell(STAGE_LABELS[useCase.stage]),
            last: tell(STAGE_LABELS[last.stage]),
          },
        ),
      });
    }
  });

export type UseCase = z.infer<typeof useCaseSchema>;

export function validateUseCase(input: unknown) {
  return validateWith(useCaseSchema, input);
}

export function emptyScores(): Scores {
  return { impact: null, reach: null, feasibility: null, dataReadiness: null, confidence: null };
}

export interface NewUseCaseInput {
  id: string;
  clientId: string;
  title: string;
  /** ISO timestamp used for createdAt/updatedAt. */
  now: string;
  /** Day the idea was recorded (`YYYY-MM-DD`). */
  date: string;
  workshopIdeaId?: string | null;
}

/** A new use case in stage `idea`, with empty fields, unscored and unclassified. */
export function newUseCase(input: NewUseCaseInput): UseCase {
  return {
    id: input.id,
    clientId: input.clientId,
    createdAt: input.now,
    updatedAt: input.now,
    title: input.title,
    process: '',
    problemStatement: '',
    intendedUse: '',
    outOfScopeUse: '',
    users: '',
    affectedPersons: [],
    businessOwner: '',
    projectOwner: '',
    sponsor: '',
    stage: 'idea',
    stageHistory: [{ stage: 'idea', date: input.date }],
    scores: emptyScores(),
    riskTier: 'unclassified',
    charter: emptyCharter(),
    aiSystemIds: [],
    vendorEvaluationIds: [],
    riskIds: [],
    incidentIds: [],
    decisionRightIds: [],
    workshopIdeaId: input.workshopIdeaId ?? null,
  };
}
