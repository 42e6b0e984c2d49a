/**
 * An idea captured in a workshop: who proposed it, where it applies, how the room scored it and
 * what was decided. Ideas are numbered in the order they were captured (the number labels the map).
 */
import { z } from 'zod';
import { idSchema, oneToFiveSchema, recordBaseShape, validateWith } from '../portfolio/common';
import { IDEA_OUTCOMES, IDEA_SCORE_LABELS, type IdeaScoreKey } from './constants';
import { tell } from '../shared/language';

const ideaScoreSchema = (key: IdeaScoreKey) => oneToFiveSchema(IDEA_SCORE_LABELS[key]);

/** A text field; its messages are written when shown, in the interface's language (`label` is translated too). */
export const textSchema = (label: string, max: number) =>
  z
    .string({ error: () => tell('{{field}} must be text', { field: tell(label) }) })
    .trim()
    .max(max, {
      error: () => tell('{{field}} is too long (at most {{max}} characters)', { field: tell(label), max }),
    });
const text = textSchema;
const votesMessage = () => tell('Votes must be a whole number of 0 or more');

/** Fields of an idea edited in the room or afterwards. */
export const ideaFieldSchemas = {
  title: z
    .string({ error: () => tell('The idea needs a title') })
    .trim()
    .min(1, { error: () => tell('The idea needs a title') })
    .max(300, {
      error: () =>
        tell('{{field}} is too long (at most {{max}} characters)', { field: tell('Title'), max: 300 }),
    }),
  description: text('Description', 4000),
  /** Business process or department the idea applies to. */
  process: text('Process or department', 120),
  proposer: text('Proposer', 120),
  /** Cluster or theme the idea is grouped under; empty = not grouped yet. */
  theme: text('Theme', 80),
  impact: ideaScoreSchema('impact'),
  effort: ideaScoreSchema('effort'),
  votes: z.number({ error: votesMessage }).int({ error: votesMessage }).min(0, { error: votesMessage }),
  outcome: z.enum(IDEA_OUTCOMES, {
    error: () => tell('Outcome must be: becomes a use case, parked, dropped or not decided'),
  }),
  decisionNote: text('Decision note', 1000),
} as const;

export type IdeaField = keyof typeof ideaFieldSchemas;

export const workshopIdeaSchema = z.object({
  ...recordBaseShape,
  workshopId: idSchema('Workshop'),
  /** 1, 2, 3... in capture order within the workshop. */
  number: z.number().int().min(1),
  ...ideaFieldSchemas,
  /** The use case created when the idea was converted (outcome `use-case`). */
  useCaseId: z.string().nullable(),
});
export type WorkshopIdea = z.infer<typeof workshopIdeaSchema>;

export function validateIdea(input: unknown) {
  return validateWith(workshopIdeaSchema, input);
}

export function validateIdeaField<F extends IdeaField>(
  field: F,
  value: unknown,
): { ok: true; value: WorkshopIdea[F] } | { ok: false; message: string } {
  const result = ideaFieldSchemas[field].safeParse(value);
  if (result.success) return { ok: true, value: result.data as WorkshopIdea[F] };
  return { ok: false, message: result.error.issues[0]?.message ?? tell('This value is not valid') };
}

/** What the capture bar sends: a title and, optionally, where it applies and who said it. */
export interface IdeaCapture {
  title: string;
  process?: string;
  proposer?: string;
  theme?: string;
  description?: string;
}

export function newIdea(
  input: IdeaCapture & { id: string; clientId: string; workshopId: string; number: number; now: string },
): WorkshopIdea {
  return {
    id: input.id,
    clientId: input.clientId,
    workshopId: input.workshopId,
    createdAt: input.now,
    updatedAt: input.now,
    number: input.number,
    title: input.title,
    description: input.description ?? '',
    process: input.process ?? '',
    proposer: input.proposer ?? '',
    theme: input.theme ?? '',
    impact: null,
    effort: null,
    votes: 0,
    outcome: 'open',
    decisionNote: '',
    useCaseId: null,
  };
}
