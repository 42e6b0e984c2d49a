import { z } from 'zod';
import { tell } from '../shared/language';
import { isIsoDate } from '../governance/localDates';
import { checkDocumentFile, DOCUMENT_TYPES } from '../shared/fileContent';
import { requirementById } from './frameworkPack';
import { CONTROL_STATUSES, INCLUSION_REASONS } from './records';
import { FRAMEWORK_IDS } from './types';

/**
 * Validation of every controls write and of imported records, with messages that name the field and
 * say what to do. Evidence files are checked by content and size (`checkDocumentFile`).
 */

/** A field's name, written when a message is shown (in the interface's language). */
type FieldName = () => string;

const date = (what: FieldName) =>
  z
    .string({ error: () => tell('Enter the {{what}} as a date', { what: what() }) })
    .refine(isIsoDate, { error: () => tell('Enter the {{what}} as a date (YYYY-MM-DD)', { what: what() }) });
const optionalDate = (what: FieldName) => date(what).nullable();
const text = (what: FieldName, max: number) =>
  z
    .string({ error: () => tell('The {{what}} must be text', { what: what() }) })
    .trim()
    .max(max, { error: () => tell('Keep the {{what}} under {{max}} characters', { what: what(), max }) });
const required = (what: FieldName, max = 200) =>
  text(what, max).min(1, { error: () => tell('Enter the {{what}}', { what: what() }) });
const ids = z.array(z.string().min(1).max(200)).max(500);
const requirementIds = ids.refine((list) => list.every((id) => requirementById(id) !== undefined), {
  error: () => tell('Every mapped requirement must exist in the framework pack'),
});

const intervalMessage = () => tell('The review interval must be a whole number of months from 1 to 36');

export const controlDefinitionShape = {
  title: required(() => tell('control title')),
  description: text(() => tell('description'), 2000),
  requirementIds,
  ownerRole: text(() => tell('owner role'), 120),
  evidenceExpected: text(() => tell('evidence expected'), 500),
  reviewIntervalMonths: z
    .number({ error: intervalMessage })
    .int({ error: intervalMessage })
    .min(1, { error: intervalMessage })
    .max(36, { error: intervalMessage }),
};

export const clientControlShape = {
  ...controlDefinitionShape,
  status: z.enum(CONTROL_STATUSES, { error: () => tell('Choose a status') }),
  owner: text(() => tell('owner'), 200),
  riskIds: ids,
  aiSystemIds: ids,
  policyIds: ids,
  obligationIds: ids,
  nextReviewDate: optionalDate(() => tell('next review date')),
  notes: text(() => tell('notes'), 5000),
};

export const controlPatchSchema = z.object(clientControlShape).partial().strict();
export const libraryControlPatchSchema = z.object(controlDefinitionShape).partial().strict();

export const EXCLUSION_NEEDS_REASON = () =>
  tell(
    'Say why this requirement is excluded (at least 10 characters): the Statement of Applicability must justify every exclusion',
  );
export const INCLUSION_NEEDS_REASON = () =>
  tell('Tick at least one reason for including it: risk assessment, legal, contractual or best practice');

export const decisionInputSchema = z
  .object({
    applicability: z.enum(['applicable', 'excluded'], { error: () => tell('Choose applicable or excluded') }),
    reasons: z.array(z.enum(INCLUSION_REASONS)).max(4),
    justification: text(() => tell('justification'), 2000),
    decidedOn: date(() => tell('decision date')),
  })
  .superRefine((value, ctx) => {
    if (value.applicability === 'excluded' && value.justification.length < 10)
      ctx.addIssue({ code: 'custom', path: ['justification'], message: EXCLUSION_NEEDS_REASON() });
    if (value.applicability === 'applicable' && value.reasons.length === 0)
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: INCLUSION_NEEDS_REASON() });
  });
export type DecisionInput = z.infer<typeof decisionInputSchema>;

const evidenceFileSchema = z
  .object({
    name: required(() => tell('file name'), 255),
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
        message: tell('the file says it is {{claimed}} but its content is {{found}}', {
          claimed: file.mimeType,
          found: check.mimeType,
        }),
      });
    if (file.size !== file.data.byteLength)
      ctx.addIssue({
        code: 'custom',
        path: ['size'],
        message: tell('the stored size does not match the file'),
      });
  });

const httpUrl = z
  .string()
  .trim()
  .max(2048, { error: () => tell('Keep the link under 2,048 characters') })
  .refine(
    (value) => {
      try {
        const { protocol } = new URL(value);
        return protocol === 'https:' || protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: () => tell('Enter the link as a full web address starting with https://') },
  );

export const evidenceFieldsShape = {
  title: required(() => tell('evidence title')),
  date: date(() => tell('evidence date')),
  validUntil: optionalDate(() => tell('valid-until date')),
  providedBy: text(() => tell('provided by'), 200),
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
        message: tell('The valid-until date must be on or after the evidence date'),
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
  date: date(() => tell('review date')),
  reviewer: required(() => tell('reviewer')),
  outcome: z.enum(REVIEW_OUTCOMES, { error: () => tell('Choose the outcome of the review') }),
  note: text(() => tell('note'), 2000),
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
    scope: text(() => tell('scope'), 2000),
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
    version: required(() => tell('version'), 40),
    date: date(() => tell('version date')),
    text: text(() => tell('policy text'), 100_000),
    changeNote: text(() => tell('change note'), 1000),
    acknowledgements: z
      .array(
        z.object({
          trainingRecordId: z.string().min(1),
          person: z.string().max(200),
          date: date(() => tell('acknowledgement date')),
        }),
      )
      .max(10_000),
  }),
} as const;
