import {
  newIdea,
  sessionForAgenda,
  type AgendaItem,
  type IdeaOutcome,
  type Workshop,
  type WorkshopIdea,
} from '../domain/workshops';
import { DEMO_CLIENT_IDS } from './clients';
import { dayOfMonthsAgo, daysFrom, type DemoContext } from './dates';
import { OTHER_USE_CASE_IDS } from './portfolioOthers';
import type { DemoSeed } from './seed';

/**
 * The accountancy practice's first AI ideation workshop (with all staff, 25 days ago): 16 ideas,
 * scored and dot-voted, three converted into the use cases the demo portfolio shows for Van Dijk
 * (booking receipts, year-end notes, routine tax questions); and a planned follow-up session.
 */

const CLIENT = DEMO_CLIENT_IDS.accountancy;
const WORKSHOP_ID = 'demo-ws-vandijk-ideation';
const FOLLOW_UP_ID = 'demo-ws-vandijk-pilot-design';

type IdeaRow = [
  title: string,
  process: string,
  proposer: string,
  theme: string,
  impact: number,
  effort: number,
  votes: number,
  outcome: IdeaOutcome,
  description: string,
  note?: string,
];

const IDEAS: IdeaRow[] = [
  [
    'Book receipts and purchase invoices automatically',
    'Bookkeeping',
    'Petra Smit',
    'Bookkeeping',
    5,
    2,
    7,
    'use-case',
    'Suggest the ledger account and VAT code for each receipt and purchase invoice; an assistant confirms. About 90 minutes per small client per month today.',
  ],
  [
    'Draft the notes of the year-end report',
    'Year-end',
    'Ingrid de Wit',
    'Year-end and audit',
    4,
    3,
    5,
    'use-case',
    'A first draft of the explanatory notes from the working papers and last year’s report; the partner edits and signs.',
  ],
  [
    'Draft answers to routine tax questions',
    'Tax advice',
    'Fatima El Amrani',
    'Client communication',
    4,
    2,
    6,
    'use-case',
    'The same questions arrive by phone and email every week; draft an answer for the adviser to check and send.',
  ],
  [
    'Website chatbot for clients’ tax questions',
    'Client service',
    'Noor Hendriks',
    'Client communication',
    3,
    4,
    2,
    'dropped',
    'Answer common tax questions around the clock.',
    'Liability and confidentiality risk too high for now.',
  ],
  [
    'Read bank statements from PDF',
    'Bookkeeping',
    'Daan Vos',
    'Bookkeeping',
    3,
    2,
    3,
    'parked',
    'Some clients still send PDF statements instead of bank feeds.',
    'Bank feeds already cover most clients; revisit in Q3.',
  ],
  [
    'Summaries of client meetings',
    'Advisory',
    'Joost van Dijk',
    'Client communication',
    3,
    1,
    2,
    'parked',
    'Transcribe and summarise advisory meetings into the client file.',
    'Parked in the room until there is a client-consent rule; Joost added it to the portfolio afterwards to keep it on the list.',
  ],
  [
    'Completeness check of year-end files before review',
    'Year-end',
    'Emma de Boer',
    'Year-end and audit',
    4,
    4,
    2,
    'parked',
    'Flag missing documents and unexplained differences before the partner review.',
  ],
  [
    'Search our procedures and templates in plain language',
    'Internal knowledge',
    'Lotte de Graaf',
    'Internal knowledge',
    2,
    3,
    1,
    'parked',
    'Find the right procedure or template without knowing where it is filed.',
  ],
  [
    'Predict which clients will file late',
    'Planning',
    'Ruben Mulder',
    'Planning',
    2,
    4,
    0,
    'dropped',
    'Use past filing dates to warn early.',
    'Too little history to be useful.',
  ],
  [
    'Draft replies to standard client emails',
    'Client service',
    'Noor Hendriks',
    'Client communication',
    3,
    2,
    1,
    'parked',
    'Address changes, payment plans, document requests.',
    'Combine with the tax-letter use case later.',
  ],
  [
    'Read payroll changes from emails',
    'Payroll',
    'Mark Jansen',
    'Payroll',
    2,
    3,
    0,
    'dropped',
    'Salary changes and new hires arrive by email in many formats.',
    'Payroll software handles this from next year.',
  ],
  [
    'Spot unusual entries in the general ledger',
    'Year-end',
    'Ingrid de Wit',
    'Year-end and audit',
    4,
    5,
    1,
    'parked',
    'Highlight postings that do not fit the client’s usual pattern.',
    'Strategic bet: after the first pilot.',
  ],
  [
    'Translate letters for English-speaking clients',
    'Client service',
    'Emma de Boer',
    'Client communication',
    1,
    1,
    0,
    'dropped',
    'About ten clients prefer English.',
    'Existing translation tool is enough.',
  ],
  [
    'Collect onboarding documents for new clients',
    'Onboarding',
    'Lotte de Graaf',
    'Internal knowledge',
    3,
    3,
    0,
    'parked',
    'Check identification and engagement documents are complete (KYC).',
  ],
  [
    'Posts about tax changes for social media',
    'Marketing',
    'Daan Vos',
    'Marketing',
    1,
    1,
    0,
    'dropped',
    'Draft short posts when tax rules change.',
    'Not a priority for the practice.',
  ],
  [
    'Suggest time entries from the calendar',
    'Internal',
    'Ruben Mulder',
    'Internal knowledge',
    2,
    2,
    0,
    'parked',
    'Pre-fill timesheets from meetings and documents worked on.',
  ],
];

const PARTICIPANTS: [string, string][] = [
  ['Joost van Dijk', 'Managing partner'],
  ['Ingrid de Wit', 'Partner, audit'],
  ['Petra Smit', 'Head of bookkeeping'],
  ['Fatima El Amrani', 'Tax adviser'],
  ['Daan Vos', 'Assistant accountant'],
  ['Lotte de Graaf', 'Office manager'],
  ['Mark Jansen', 'Payroll specialist'],
  ['Emma de Boer', 'Junior accountant'],
  ['Ruben Mulder', 'IT and systems'],
  ['Noor Hendriks', 'Client service'],
];

/** The use cases of the demo portfolio the three converted ideas became, in idea order. */
const CONVERTED_TO = [
  OTHER_USE_CASE_IDS.receipts,
  OTHER_USE_CASE_IDS.yearEnd,
  OTHER_USE_CASE_IDS.taxQuestions,
];
/** Ids of the converted ideas (the portfolio can point its use cases back at them). */
export const DEMO_CONVERTED_IDEA_IDS = [
  'demo-idea-vandijk-1',
  'demo-idea-vandijk-2',
  'demo-idea-vandijk-3',
] as const;

function agenda(prefix: string, items: [string, number, AgendaItem['activity']][]): AgendaItem[] {
  return items.map(([title, minutes, activity], i) => ({
    id: `${prefix}-agenda-${i + 1}`,
    title,
    minutes,
    activity,
  }));
}

function ideationWorkshop(ctx: DemoContext): Workshop {
  const date = daysFrom(ctx, -25);
  const items = agenda(WORKSHOP_ID, [
    ['Introduction: what AI can and cannot do', 10, 'talk'],
    ['Pain points in the year', 20, 'talk'],
    ['Idea capture', 30, 'capture'],
    ['Scoring and dot votes', 20, 'score'],
    ['Decisions', 15, 'decide'],
    ['Next steps', 10, 'next-steps'],
  ]);
  return {
    id: WORKSHOP_ID,
    clientId: CLIENT,
    createdAt: `${daysFrom(ctx, -40)}T15:00:00.000Z`,
    updatedAt: `${date}T10:50:00.000Z`,
    title: 'Where can AI help us? Ideation with all staff',
    date,
    startTime: '09:00',
    location: 'Van Dijk & Partners, meeting room',
    facilitator: 'Fractional Chief AI Officer',
    objective:
      'Collect where AI could save time in year-end work and client service, without risking client confidentiality, and pick at most three ideas to work out.',
    participants: PARTICIPANTS.map(([name, role], i) => ({ id: `${WORKSHOP_ID}-p${i + 1}`, name, role })),
    participantCount: null,
    agenda: items,
    dotsPerParticipant: 3,
    nextSteps: [
      'Send this summary to all staff',
      'Receipts and invoices: draft a pilot charter with Petra Smit as business owner',
      'Year-end notes and tax answers: check the data and confidentiality questions with Ingrid and Fatima',
      'Agree an acceptable-use rule for AI tools before any pilot starts',
    ],
    notes:
      'Energy dropped after the break; keep the next session under two hours. Ruben asked about Microsoft Copilot licences.',
    startedAt: `${date}T08:00:00.000Z`,
    endedAt: `${date}T09:50:00.000Z`,
    session: { ...sessionForAgenda(items, 5), selectedIdeaId: null },
  };
}

function ideas(workshop: Workshop): WorkshopIdea[] {
  return IDEAS.map(
    ([title, process, proposer, theme, impact, effort, votes, outcome, description, note], i) => {
      const stamp = `${workshop.date}T08:${String(35 + i).padStart(2, '0')}:00.000Z`;
      const converted =
        outcome === 'use-case'
          ? CONVERTED_TO[IDEAS.slice(0, i).filter((row) => row[7] === 'use-case').length]
          : null;
      return {
        ...newIdea({
          id: `demo-idea-vandijk-${i + 1}`,
          clientId: CLIENT,
          workshopId: workshop.id,
          number: i + 1,
          title,
          process,
          proposer,
          theme,
          description,
          now: stamp,
        }),
        impact,
        effort,
        votes,
        outcome,
        decisionNote: note ?? '',
        useCaseId: converted,
        updatedAt: `${workshop.date}T09:40:00.000Z`,
      };
    },
  );
}

function followUpWorkshop(ctx: DemoContext): Workshop {
  const items = agenda(FOLLOW_UP_ID, [
    ['Recap of the ideation workshop', 10, 'talk'],
    ['Booking receipts: how it works today', 25, 'talk'],
    ['Risks and stop conditions', 20, 'capture'],
    ['Pilot KPIs and baseline', 25, 'decide'],
    ['Next steps', 10, 'next-steps'],
  ]);
  return {
    id: FOLLOW_UP_ID,
    clientId: CLIENT,
    createdAt: `${daysFrom(ctx, -20)}T11:00:00.000Z`,
    updatedAt: `${daysFrom(ctx, -20)}T11:00:00.000Z`,
    title: 'Pilot design: booking receipts and invoices',
    date: dayOfMonthsAgo(ctx, -1, 10),
    startTime: '14:00',
    location: 'Van Dijk & Partners, meeting room',
    facilitator: 'Fractional Chief AI Officer',
    objective:
      'Turn the receipts-and-invoices use case into a pilot charter: hypothesis, baseline, KPIs and stop conditions.',
    participants: [],
    participantCount: 5,
    agenda: items,
    dotsPerParticipant: 0,
    nextSteps: [],
    notes: '',
    startedAt: null,
    endedAt: null,
    session: sessionForAgenda(items, 0),
  };
}

export const workshopsDemoSeed: DemoSeed = (ctx) => {
  const workshop = ideationWorkshop(ctx);
  return { workshops: [workshop, followUpWorkshop(ctx)], workshopIdeas: ideas(workshop) };
};
