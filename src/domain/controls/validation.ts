import { z } from 'zod';
import { isIsoDate } from '../governance/localDates';
import { checkDocumentFile, DOCUMENT_TYPES } from '../shared/fileContent';
import { requirementById } from './frameworkPack';
import { CONTROL_STATUSES, INCLUSION_REASONS } from './records';
import { FRAMEWORK_IDS } from './types';

/**
 * Validation of every controls write and of imported records, with messages that name the field and
 * say what to do. Evidence files are checked by content and size (`checkDocumentFile`).
 */

const date = (what: string) =>
  z
    .string({ error: `Enter the ${what} as a date` })
    .refine(isIsoDate, `Enter the ${what} as a date (YYYY-MM-DD)`);
const optionalDate = (what: string) => date(what).nullable();
const text = (what: string, max: number) =>
  z
    .string({ error: `The ${what} must be text` })
    .trim()
    .max(max, `Keep the ${what} under ${max} characters`);
const required = (what: string, max = 200) => text(what, max).min(1, `Enter the ${what}`);
const ids = z.array(z.string().min(1).max(200)).max(500);
const requirementIds = ids.refine(
  (list) => list.every((id) => requirementById(id) !== undefined),
  'Every mapped requirement must exist in the framework pack',
);

export const controlDefinitionShape = {
  title: required('control title'),
  description: text('description', 2000),
  requirementIds,
  ownerRole: text('owner role', 120),
  evidenceExpected: text('evidence expected', 500),
  reviewIntervalMonths: z
    .number({ error: 'The review interval must be a whole number of months from 1 to 36' })
    .int('The review interval must be a whole number of months from 1 to 36')
    .min(1, 'The review interval must be a whole number of months from 1 to 36')
    .max(36, 'The review interval must be a whole number of months from 1 to 36'),
};

export const clientControlShape = {
  ...controlDefinitionShape,
  status: z.enum(CONTROL_STATUSES, { error: 'Choose a status' }),
  owner: text('owner', 200),
  riskIds: ids,
  aiSystemIds: ids,
  policyIds: ids,
  obligationIds: ids,
  nextReviewDate: optionalDate('next review date'),
  notes: text('notes', 5000),
};

export const controlPatchSchema = z.object(clientControlShape).partial().strict();
export const libraryControlPatchSchema = z.object(controlDefinitionShape).partial().strict();

export const EXCLUSION_NEEDS_REASON =
  'Say why this requirement is excluded (at least 10 characters): the Statement of Applicability must justify every exclusion';
export const INCLUSION_NEEDS_REASON =
  'Tick at least one reason for including it: risk assessment, legal, contractual or best practice';

export const decisionInputSchema = z
  .object({
    applicability: z.enum(['applicable', 'excluded'], { error: 'Choose applicable or excluded' }),
    reasons: z.array(z.enum(INCLUSION_REASONS)).max(4),
    justification: text('justification', 2000),
    decidedOn: date('decision date'),
  })
  .superRefine((value, ctx) => {
    if (value.applicability === 'excluded' && value.justification.length < 10)
      ctx.addIssue({ code: 'custom', path: ['justification'], message: EXCLUSION_NEEDS_REASON });
    if (value.applicability === 'applicable' && value.reasons.length === 0)
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: INCLUSION_NEEDS_REASON });
  });
export type DecisionInput = z.infer<typeof decisionInputSchema>;

const evidenceFileSchema = z
  .object({
    name: required('file name', 255),
    mimeType: z.enum(Object.keys(DOCUMENT_TYPES) as [keyof typeof DOCUMENT_TYPES]),
    size: z.number().int().min(1),
    data: z.instanceof(Uint8Array),
  })
  .superRefine((file, ctx) => {
    const check = checkDocumentFile(file.data);
    if (!check.ok) ctx.addIssue({ code: 'custom', path: ['data'], message: check.message });
    else if (check.mimeType !== file.mimeType)
      ctx.addIssue({
        code: 'custom',
        path: ['mimeType'],
        message: `the file says it is ${file.mimeType} but its content is ${check.mimeType}`,
      });
    if (file.size !== file.data.byteLength)
      ctx.addIssue({ code: 'custom', path: ['size'], message: 'the stored size does not match the file' });
  });

const httpUrl = z
  .string()
  .trim()
  .max(2048, 'Keep the link under 2,048 characters')
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'Enter the link as a full web address starting with https://');

export const evidenceFieldsShape = {
  title: required('evidence title'),
  date: date('evidence date'),
  validUntil: optionalDate('valid-until date'),
  providedBy: text('provided by', 200),
};

export const evidenceInputSchema = z
  .discriminatedUnion('kind', [
    z.object({
      ...evidenceFieldsShape,
      kind: z.literal('file'),
      file: evidenceFileSchema,
      url: z.literal(''),
    }),
    z.object({ ...evidenceFieldsShape, kind: z.literal('link'), file: z.null(), url: httpUrl }),
  ])
  .superRefine((value, ctx) => {
    if (value.validUntil !== null && value.validUntil < value.date)
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: 'The valid-until date must be on or after the evidence date',
      });
  });
export type EvidenceInput = z.input<typeof evidenceInputSchema>;

export const evidencePatchSchema = z.object(evidenceFieldsShape).partial().strict();

export const REVIEW_OUTCOMES = ['effective', 'needsImprovement', 'notEffective'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  effective: 'Effective',
  needsImprovement: 'Needs improvement',
  notEffective: 'Not effective',
};

export const reviewInputSchema = z.object({
  date: date('review date'),
  reviewer: required('reviewer'),
  outcome: z.enum(REVIEW_OUTCOMES, { error: 'Choose the outcome of the review' }),
  note: text('note', 2000),
});
export type ReviewInput = z.infer<typeof reviewInputSchema>;

const base = { id: z.string().min(1), createdAt: z.string(), updatedAt: z.string() };
const owned = { ...base, clientId: z.string().min(1) };

/** Schemas every imported record must pass (registered in `src/db/core/recordSchemas.ts`). */
export const CONTROLS_RECORD_SCHEMAS = {
  libraryControls: z.object({ ...base, ...controlDefinitionShape }),
  controlProgrammes: z.object({
    ...owned,
    frameworks: z.array(z.enum(FRAMEWORK_IDS)),
    scope: text('scope', 2000),
  }),
  controls: z.object({ ...owned, ...clientControlShape, libraryControlId: z.string().min(1).nullable() }),
  requirementDecisions: z.intersection(
    z.object({ ...owned, requirementId: z.string().min(1) }),
    decisionInputSchema,
  ),
  evidence: z.intersection(z.object({ ...owned, controlId: z.string().min(1) }), evidenceInputSchema),
  reviews: z.object({
    ...owned,
    subjectTable: z.enum(['controls', 'policies', 'aiSystems', 'risks', 'privacyRecords']),
    subjectId: z.string().min(1),
    ...reviewInputSchema.shape,
  }),
  policyVersions: z.object({
    ...owned,
    policyId: z.string().min(1),
    version: required('version', 40),
    date: date('version date'),
    text: text('policy text', 100_000),
    changeNote: text('change note', 1000),
    acknowledgements: z
      .array(
        z.object({
          trainingRecordId: z.string().min(1),
          person: z.string().max(200),
          date: date('acknowledgement date'),
        }),
      )
      .max(10_000),
  }),
} as const;
