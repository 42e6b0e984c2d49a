/**
 * CSV exports of the workshop area: a workshop's ideas, and a client's list of workshops.
 */
import { QUADRANT_LABELS } from '../portfolio/constants';
import { toCsv } from '../shared/csv';
import { ideaQuadrant, type IdeaStats } from './analysis';
import { IDEA_OUTCOME_LABELS, WORKSHOP_STATUS_LABELS } from './constants';
import type { WorkshopIdea } from './idea';
import { participantTotal, workshopStatus, type Workshop } from './workshop';
import { agendaTotalMinutes } from './analysis';

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
        quadrant ? QUADRANT_LABELS[quadrant] : '',
        String(idea.votes),
        IDEA_OUTCOME_LABELS[idea.outcome],
        idea.decisionNote,
        idea.useCaseId ? (useCaseTitles.get(idea.useCaseId) ?? 'Use case deleted') : '',
      ];
    });
  return [IDEA_CSV_HEADER, ...rows];
}

export function ideasCsv(
  ideas: readonly WorkshopIdea[],
  useCaseTitles: ReadonlyMap<string, string> = new Map(),
): string {
  return toCsv(ideasCsvRows(ideas, useCaseTitles));
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

export function workshopsCsv(rows: readonly { workshop: Workshop; stats: IdeaStats }[]): string {
  return toCsv(workshopsCsvRows(rows));
}

export function workshopsCsvRows(rows: readonly { workshop: Workshop; stats: IdeaStats }[]): string[][] {
  return [
    WORKSHOP_CSV_HEADER,
    ...rows.map(({ workshop, stats }) => [
      workshop.title,
      workshop.date,
      WORKSHOP_STATUS_LABELS[workshopStatus(workshop)],
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
