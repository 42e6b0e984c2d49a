/** A response as kept after import: who answered what, when, and which register entries it led to. */
import { z } from 'zod';
import type { Answers } from './answers';
import { RespondentSchema } from './respondent';

export const AppliedEntrySchema = z.object({
  table: z.string().min(1),
  /** Target record id (AI system, use case, training record, evaluation). */
  recordId: z.string().min(1),
  label: z.string(),
  action: z.enum(['created', 'updated']),
});
export type AppliedEntry = z.infer<typeof AppliedEntrySchema>;

export const StoredResponseSchema = z.object({
  id: z.string().min(1),
  clientId: z.string().min(1),
  questionnaireId: z.string().min(1),
  questionnaireVersion: z.number().int().min(1),
  respondent: RespondentSchema,
  respondentKey: z.string().min(1),
  submittedAt: z.string(),
  importedAt: z.string(),
  answers: z.record(z.string(), z.unknown()),
  checksum: z.string(),
  applied: z.array(AppliedEntrySchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StoredResponse = Omit<z.infer<typeof StoredResponseSchema>, 'answers'> & { answers: Answers };
