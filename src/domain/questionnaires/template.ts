/**
 * Questionnaire templates: data, versioned. A template is sections of questions; a question may be
 * shown only when an earlier answer matches (`showIf`), may be required, and may say where its answer
 * goes in the registers (`mapTo`) or which question of another instrument it answers too (`reuseKey`).
 */
import { z } from 'zod';

export const QUESTION_TYPES = [
  'single',
  'multiple',
  'scale',
  'number',
  'date',
  'shortText',
  'longText',
  'yesNo',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single: 'Single choice',
  multiple: 'Multiple choice',
  scale: 'Rating scale',
  number: 'Number',
  date: 'Date',
  shortText: 'Short text',
  longText: 'Long text',
  yesNo: 'Yes / no with “explain”',
};

/** Where an answer lands in the registers when a response is applied (see mapping.ts). */
export const MAP_TARGETS = [
  'aiSystem.names',
  'aiSystem.otherNames',
  'aiSystem.purpose',
  'aiSystem.dataCategories',
  'aiSystem.personalData',
  'respondent.department',
  'respondent.role',
  'useCase.title',
  'useCase.problem',
  'training.systems',
  'training.course',
  'training.date',
  'training.step',
  'vendor.ddAnswer',
  'vendor.evidence',
] as const;
export type MapTarget = (typeof MAP_TARGETS)[number];

export const TEMPLATE_KINDS = [
  'shadowAi',
  'literacy',
  'vendorDueDiligence',
  'dpia',
  'fria',
  'custom',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  shadowAi: 'AI-use intake',
  literacy: 'AI literacy',
  vendorDueDiligence: 'Vendor due diligence',
  dpia: 'DPIA',
  fria: 'FRIA',
  custom: 'Custom',
};

export const LIMITS = {
  shortText: 300,
  longText: 5000,
  label: 500,
  options: 40,
  questions: 200,
  respondentName: 120,
} as const;

const id = z.string().min(1).max(80);
const label = z.string().trim().min(1, 'A question needs a text').max(LIMITS.label);

export const OptionSchema = z.object({ value: id, label: label });
export type QuestionOption = z.infer<typeof OptionSchema>;

export const ConditionSchema = z.object({
  /** An earlier question of the same questionnaire. */
  questionId: id,
  /** Shown when that answer is (or, for multiple choice, contains) one of these values; yes/no answers are "yes" / "no". */
  anyOf: z.array(z.string().max(80)).min(1).max(LIMITS.options),
});
export type Condition = z.infer<typeof ConditionSchema>;

export const QuestionSchema = z.object({
  id,
  type: z.enum(QUESTION_TYPES),
  label,
  help: z.string().max(1000).default(''),
  required: z.boolean().default(false),
  options: z.array(OptionSchema).max(LIMITS.options).default([]),
  scale: z
    .object({
      min: z.number().int().min(0).max(1),
      max: z.number().int().min(2).max(10),
      minLabel: z.string().max(80),
      maxLabel: z.string().max(80),
    })
    .optional(),
  showIf: ConditionSchema.optional(),
  mapTo: z.enum(MAP_TARGETS).optional(),
  /** For `vendor.ddAnswer` / `vendor.evidence`: the due-diligence question of the evaluation; for `training.step`: the step. */
  mapKey: z.string().max(80).optional(),
  /** Same key in two instruments (DPIA and FRIA) = one answer fills both. */
  reuseKey: z.string().max(80).optional(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const SectionSchema = z.object({
  id,
  title: z.string().trim().min(1).max(200),
  intro: z.string().max(2000).default(''),
  questions: z.array(QuestionSchema).max(LIMITS.questions),
});
export type Section = z.infer<typeof SectionSchema>;

/** The content shared by a library template and a client's questionnaire (its snapshot). */
export const TemplateContentShape = {
  kind: z.enum(TEMPLATE_KINDS),
  title: z.string().trim().min(1, 'A questionnaire needs a title').max(200),
  intro: z.string().max(4000),
  /** Who fills it in, e.g. "client staff", "the vendor". */
  audience: z.string().max(200),
  sections: z.array(SectionSchema).min(1).max(40),
};

export const TemplateSchema = z.object({
  id,
  ...TemplateContentShape,
  /** Increases when the template's questions change after it has been used. */
  version: z.number().int().min(1),
  builtIn: z.boolean(),
  copiedFrom: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type QuestionnaireTemplate = z.infer<typeof TemplateSchema>;
export type TemplateContent = Pick<
  QuestionnaireTemplate,
  'kind' | 'title' | 'intro' | 'audience' | 'sections'
>;

export function allQuestions(content: { sections: readonly Section[] }): Question[] {
  return content.sections.flatMap((s) => s.questions);
}
