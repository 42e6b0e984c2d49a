/**
 * A client's questionnaire: a snapshot of a library template (its questions at that version), sent to
 * the client's staff or a vendor as a form file. Responses name its id and version.
 */
import { z } from 'zod';
import type { Answers } from './answers';
import { TemplateContentShape, type QuestionnaireTemplate } from './template';

export const QuestionnaireSchema = z.object({
  id: z.string().min(1),
  clientId: z.string().min(1),
  templateId: z.string().min(1),
  /** The template's version the questions were taken from; a response must carry the same. */
  version: z.number().int().min(1),
  ...TemplateContentShape,
  /** How many people it was sent to (for the response rate); null while unknown. */
  expectedResponses: z.number().int().min(1).max(100_000).nullable(),
  /** For vendor due diligence: the evaluation and vendor the answers land in. */
  evaluationId: z.string().optional(),
  vendorId: z.string().optional(),
  /** Answers already known (e.g. from the DPIA for a FRIA), filled into the form for the respondent to check. */
  prefill: z.record(z.string(), z.unknown()).default({}),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Questionnaire = Omit<z.infer<typeof QuestionnaireSchema>, 'prefill'> & { prefill: Answers };

export interface NewQuestionnaireInput {
  id: string;
  clientId: string;
  template: QuestionnaireTemplate;
  now: string;
  expectedResponses?: number | null;
  evaluationId?: string;
  vendorId?: string;
  prefill?: Answers;
}

export function newQuestionnaire(input: NewQuestionnaireInput): Questionnaire {
  const { template } = input;
  return {
    id: input.id,
    clientId: input.clientId,
    templateId: template.id,
    version: template.version,
    kind: template.kind,
    title: template.title,
    intro: template.intro,
    audience: template.audience,
    sections: structuredClone(template.sections),
    expectedResponses: input.expectedResponses ?? null,
    ...(input.evaluationId ? { evaluationId: input.evaluationId } : {}),
    ...(input.vendorId ? { vendorId: input.vendorId } : {}),
    prefill: input.prefill ?? {},
    createdAt: input.now,
    updatedAt: input.now,
  };
}
