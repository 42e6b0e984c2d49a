/**
 * CSV exports of the workshop area: a workshop's ideas, and a client's list of workshops. Headers and labels are
 * in `words`' language (the client's report language, as the other CSVs a client receives); typed text stays as typed.
 */
import { QUADRANT_LABELS } from '../portfolio/constants';
import { toCsv } from '../shared/csv';
import { ideaQuadrant, type IdeaStats } from './analysis';
import { IDEA_OUTCOME_LABELS, WORKSHOP_STATUS_LABELS } from './constants';
import type { WorkshopIdea } from './idea';
import { participantTotal, workshopStatus, type Workshop } from './workshop';
import { agendaTotalMinutes } from './analysis';
import { ENGLISH, type Wording } from '../shared/language';

const score = (value: number | null) => (value === null ? '' : String(value));

export const IDEA_CSV_HEADER = [
  '#',
  'Idea',
  'Description',
  'Process or department',
  'Proposer',
  'Theme',
  'Impact',
  'Effort',
  'Quadrant',
  'Dot votes',
  'Outcome',
  'Decision note',
  'Use case',
];

/** One row per idea in capture order. `useCaseTitles` maps use-case ids to their current titles. */
export function ideasCsvRows(
  ideas: readonly WorkshopIdea[],
  useCaseTitles: ReadonlyMap<string, string> = new Map(),
  { t }: Wording = ENGLISH,
): string[][] {
  const rows = [...ideas]
    .sort((a, b) => a.number - b.number)
    .map((idea) => {
      const quadrant = ideaQuadrant(idea);
      return [
        String(idea.number),
        idea.title,
        idea.description,
        idea.process,
        idea.proposer,
        idea.theme,
        score(idea.impact),
        score(idea.effort),
        quadrant ? t(QUADRANT_LABELS[quadrant]) : '',
        String(idea.votes),
        t(IDEA_OUTCOME_LABELS[idea.outcome]),
        idea.decisionNote,
        idea.useCaseId ? (useCaseTitles.get(idea.useCaseId) ?? t('Use case deleted')) : '',
      ];
    });
  return [IDEA_CSV_HEADER.map((h) => t(h)), ...rows];
}

export function ideasCsv(
  ideas: readonly WorkshopIdea[],
  useCaseTitles: ReadonlyMap<string, string> = new Map(),
  words: Wording = ENGLISH,
): string {
  return toCsv(ideasCsvRows(ideas, useCaseTitles, words));
}

export const WORKSHOP_CSV_HEADER = [
  'Title',
  'Date',
  'Status',
  'Participants',
  'Agenda minutes',
  'Ideas',
  'Scored',
  'Use cases',
  'Parked',
  'Dropped',
  'Not decided',
  'Location',
];

export function workshopsCsv(
  rows: readonly { workshop: Workshop; stats: IdeaStats }[],
  words: Wording = ENGLISH,
): string {
  return toCsv(workshopsCsvRows(rows, words));
}

export function workshopsCsvRows(
  rows: readonly { workshop: Workshop; stats: IdeaStats }[],
  { t }: Wording = ENGLISH,
): string[][] {
  return [
    WORKSHOP_CSV_HEADER.map((h) => t(h)),
    ...rows.map(({ workshop, stats }) => [
      workshop.title,
      workshop.date,
      t(WORKSHOP_STATUS_LABELS[workshopStatus(workshop)]),
      String(participantTotal(workshop)),
      String(agendaTotalMinutes(workshop.agenda)),
      String(stats.ideas),
      String(stats.scored),
      String(stats.outcomes['use-case']),
      String(stats.outcomes.parked),
      String(stats.outcomes.dropped),
      String(stats.outcomes.open),
      workshop.location,
    ]),
  ];
}
