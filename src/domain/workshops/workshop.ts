/**
 * The workshop record: an ideation and prioritisation session with one client's team, its
 * participants and agenda, and the live state of the facilitation (agenda item and timer).
 */
import { z } from 'zod';
import { isoDateSchema, recordBaseShape, timestampSchema, validateWith } from '../portfolio/common';
import {
  AGENDA_ACTIVITIES,
  MAX_AGENDA_ITEMS,
  MAX_AGENDA_MINUTES,
  MAX_DOTS_PER_PARTICIPANT,
  MAX_PARTICIPANTS,
  DEFAULT_DOTS_PER_PARTICIPANT,
  type AgendaActivity,
  type WorkshopStatus,
} from './constants';
import { facilitationSessionSchema, sessionForAgenda, type FacilitationSession } from './session';
import { textSchema as text } from './idea';
import { tell } from '../shared/language';

export const participantSchema = z.object({
  id: z.string().min(1),
  name: z
    .string({ error: () => tell('{{field}} must be text', { field: tell('Name') }) })
    .trim()
    .min(1, { error: () => tell('Each participant needs a name') })
    .max(120, { error: () => tell('Name is too long') }),
  role: text('Role', 120),
});
export type Participant = z.infer<typeof participantSchema>;

const minutesMessage = () =>
  tell('Minutes must be a whole number from 1 to {{max}}', { max: MAX_AGENDA_MINUTES });
export const agendaItemSchema = z.object({
  id: z.string().min(1),
  title: z
    .string({ error: () => tell('{{field}} must be text', { field: tell('Agenda item title') }) })
    .trim()
    .min(1, { error: () => tell('Each agenda item needs a title') })
    .max(120, { error: () => tell('Agenda item title is too long') }),
  minutes: z
    .number({ error: minutesMessage })
    .int({ error: minutesMessage })
    .min(1, { error: minutesMessage })
    .max(MAX_AGENDA_MINUTES, { error: minutesMessage }),
  activity: z.enum(AGENDA_ACTIVITIES, { error: () => tell('Choose what happens during this agenda item') }),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

const countMessage = () =>
  tell('Number of participants must be a whole number from 1 to {{max}}', { max: MAX_PARTICIPANTS });
const dotsMessage = () =>
  tell('Dots per participant must be a whole number from 0 to {{max}}', { max: MAX_DOTS_PER_PARTICIPANT });

/** Schemas of the fields edited one by one in the plan. */
export const workshopFieldSchemas = {
  title: z
    .string({ error: () => tell('Title is required') })
    .trim()
    .min(1, { error: () => tell('Title is required') })
    .max(200, {
      error: () =>
        tell('{{field}} is too long (at most {{max}} characters)', { field: tell('Title'), max: 200 }),
    }),
  date: isoDateSchema('Date'),
  startTime: z.union([
    z.literal(''),
    z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: () => tell('Start time must be a time such as 09:30') }),
  ]),
  location: text('Location', 200),
  facilitator: text('Facilitator', 120),
  objective: text('Objective', 2000),
  participants: z
    .array(participantSchema)
    .max(MAX_PARTICIPANTS, { error: () => tell('At most {{max}} participants', { max: MAX_PARTICIPANTS }) }),
  participantCount: z
    .number({ error: countMessage })
    .int({ error: countMessage })
    .min(1, { error: countMessage })
    .max(MAX_PARTICIPANTS, { error: countMessage })
    .nullable(),
  agenda: z
    .array(agendaItemSchema)
    .min(1, { error: () => tell('The agenda needs at least one item') })
    .max(MAX_AGENDA_ITEMS, { error: () => tell('At most {{max}} agenda items', { max: MAX_AGENDA_ITEMS }) }),
  dotsPerParticipant: z
    .number({ error: dotsMessage })
    .int({ error: dotsMessage })
    .min(0, { error: dotsMessage })
    .max(MAX_DOTS_PER_PARTICIPANT, { error: dotsMessage }),
  nextSteps: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(300, {
          error: () => tell('A next step is too long (at most {{max}} characters)', { max: 300 }),
        }),
    )
    .max(30, { error: () => tell('At most {{max}} next steps', { max: 30 }) }),
  notes: z
    .string({ error: () => tell('{{field}} must be text', { field: tell('Notes') }) })
    .max(20_000, { error: () => tell('Notes are too long') }),
} as const;

export type WorkshopField = keyof typeof workshopFieldSchemas;

export const workshopSchema = z.object({
  ...recordBaseShape,
  ...workshopFieldSchemas,
  /** When facilitation first started, and when the facilitator closed the workshop. */
  startedAt: timestampSchema('Started at').nullable(),
  endedAt: timestampSchema('Ended at').nullable(),
  /** Live facilitation state: agenda item, timer, selected idea. Saved on every change so a reload resumes. */
  session: facilitationSessionSchema,
});
export type Workshop = z.infer<typeof workshopSchema>;

export function validateWorkshop(input: unknown) {
  return validateWith(workshopSchema, input);
}

export function validateWorkshopField<F extends WorkshopField>(
  field: F,
  value: unknown,
): { ok: true; value: Workshop[F] } | { ok: false; message: string } {
  const result = workshopFieldSchemas[field].safeParse(value);
  if (result.success) return { ok: true, value: result.data as Workshop[F] };
  return { ok: false, message: result.error.issues[0]?.message ?? tell('This value is not valid') };
}

/** The agenda every new workshop starts with (105 minutes); its titles in the interface's language (`defaultAgenda`). */
export const DEFAULT_AGENDA: readonly { title: string; minutes: number; activity: AgendaActivity }[] = [
  { title: 'Introduction', minutes: 10, activity: 'talk' },
  { title: 'Pain points', minutes: 20, activity: 'talk' },
  { title: 'Idea capture', minutes: 30, activity: 'capture' },
  { title: 'Scoring', minutes: 20, activity: 'score' },
  { title: 'Decisions', minutes: 15, activity: 'decide' },
  { title: 'Next steps', minutes: 10, activity: 'next-steps' },
];

/** The default agenda with fresh item ids (`newId` is injected so the domain stays pure). */
export function defaultAgenda(newId: () => string): AgendaItem[] {
  return DEFAULT_AGENDA.map((item) => ({ id: newId(), ...item, title: tell(item.title) }));
}

export interface NewWorkshopInput {
  id: string;
  clientId: string;
  title: string;
  date: string;
  now: string;
  newId: () => string;
}

/** A planned workshop with the default agenda, no participants yet and three dots per participant. */
export function newWorkshop(input: NewWorkshopInput): Workshop {
  const agenda = defaultAgenda(input.newId);
  return {
    id: input.id,
    clientId: input.clientId,
    createdAt: input.now,
    updatedAt: input.now,
    title: input.title.trim(),
    date: input.date,
    startTime: '',
    location: '',
    facilitator: '',
    objective: '',
    participants: [],
    participantCount: null,
    agenda,
    dotsPerParticipant: DEFAULT_DOTS_PER_PARTICIPANT,
    nextSteps: [],
    notes: '',
    startedAt: null,
    endedAt: null,
    session: sessionForAgenda(agenda, 0),
  };
}

/** How many people take part: the named participants, or else the count given. */
export function participantTotal(workshop: Pick<Workshop, 'participants' | 'participantCount'>): number {
  return workshop.participants.length > 0 ? workshop.participants.length : (workshop.participantCount ?? 0);
}

export function workshopStatus(workshop: Pick<Workshop, 'startedAt' | 'endedAt'>): WorkshopStatus {
  if (workshop.endedAt) return 'held';
  return workshop.startedAt ? 'running' : 'planned';
}

/** The most recent workshop that took place (or is under way), and the next one planned from `today` on. */
export function pickWorkshops(
  workshops: readonly Workshop[],
  today: string,
): { last: Workshop | null; next: Workshop | null } {
  const happened = workshops
    .filter((w) => workshopStatus(w) !== 'planned' || w.date < today)
    .sort((a, b) => b.date.localeCompare(a.date));
  const upcoming = workshops
    .filter((w) => workshopStatus(w) === 'planned' && w.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  return { last: happened[0] ?? null, next: upcoming[0] ?? null };
}

/** Splits a textarea into next steps: one per non-empty line. */
export function parseNextSteps(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-*•]\s*/, '').trim())
    .filter(Boolean);
}

export type { FacilitationSession };

/**
 * A workshop ends after it starts: its agenda, from the start time, ends on the same day, and a
 * facilitation that was closed was closed after it started. Null when the times agree.
 */
export function workshopTimesProblem(
  workshop: Pick<Workshop, 'startTime' | 'agenda' | 'startedAt' | 'endedAt'>,
): { field: WorkshopField | 'endedAt'; message: string } | null {
  const match = /^(\d{2}):(\d{2})$/.exec(workshop.startTime);
  if (match) {
    const startMinutes = Number(match[1]) * 60 + Number(match[2]);
    const total = workshop.agenda.reduce((sum, item) => sum + item.minutes, 0);
    if (startMinutes + total > 24 * 60) {
      return {
        field: 'startTime',
        message: tell(
          'The agenda ({{total}} minutes) starting at {{time}} would end after midnight: start earlier or shorten the agenda',
          { total, time: workshop.startTime },
        ),
      };
    }
  }
  if (workshop.startedAt && workshop.endedAt && workshop.endedAt < workshop.startedAt) {
    return {
      field: 'endedAt',
      message: tell('The workshop cannot be closed before its facilitation started'),
    };
  }
  return null;
}
