/**
 * Filtering and sorting of the use-case table (the register view of the portfolio).
 */
import {
  QUADRANTS,
  RISK_TIERS,
  STAGES,
  type HardFilterEffect,
  type Quadrant,
  type RiskTier,
  type Stage,
} from './constants';
import { strongestEffect } from './hardFilters';
import { effortFromFeasibility, type RankedUseCase } from './scoring';
import { currentStageSince } from './stageHistory';
import { sortRows, type SortDirection } from '../shared/sortRows';

export const USE_CASE_SORT_KEYS = [
  'rank',
  'title',
  'process',
  'stage',
  'priority',
  'impact',
  'effort',
  'riskTier',
  'businessOwner',
  'since',
] as const;
export type UseCaseSortKey = (typeof USE_CASE_SORT_KEYS)[number];

export type { SortDirection };

export interface UseCaseSort {
  key: UseCaseSortKey;
  direction: SortDirection;
}

/** What the filter bar of the table can ask for; `all` means no filter on that column. */
export interface UseCaseFilter {
  /** Matches title, process, problem statement, owners and affected persons (case- and accent-insensitive). */
  text: string;
  stage: Stage | 'all' | 'open';
  riskTier: RiskTier | 'all';
  quadrant: Quadrant | 'unscored' | 'all';
  /** `none` = no hard filter applies; otherwise the strongest effect must match. */
  hardFilter: HardFilterEffect | 'none' | 'all';
}

export const EMPTY_USE_CASE_FILTER: UseCaseFilter = {
  text: '',
  stage: 'all',
  riskTier: 'all',
  quadrant: 'all',
  hardFilter: 'all',
};

/** Stages a use case is still "open" in (not retired, stopped or parked). */
export const OPEN_STAGES: readonly Stage[] = ['idea', 'assessment', 'pilot', 'evaluation', 'structural'];

/** Order of risk tiers from least to most severe, for sorting. Unclassified sorts before minimal. */
const RISK_ORDER: Record<RiskTier, number> = {
  unclassified: 0,
  minimal: 1,
  limited: 2,
  high: 3,
  prohibited: 4,
};

/** Lower-case text without accents, for searching ("Élodie" matches "elodie"). */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function matchesText(row: RankedUseCase, text: string): boolean {
  const words = searchable(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const u = row.useCase;
  const haystack = searchable(
    [
      u.title,
      u.process,
      u.problemStatement,
      u.intendedUse,
      u.businessOwner,
      u.projectOwner,
      u.sponsor,
      u.users,
      ...u.affectedPersons,
    ].join(' \u0000 '),
  );
  return words.every((word) => haystack.includes(word));
}

export function matchesFilter(row: RankedUseCase, filter: UseCaseFilter): boolean {
  const u = row.useCase;
  if (
    filter.stage === 'open'
      ? !OPEN_STAGES.includes(u.stage)
      : filter.stage !== 'all' && u.stage !== filter.stage
  )
    return false;
  if (filter.riskTier !== 'all' && u.riskTier !== filter.riskTier) return false;
  if (
    filter.quadrant === 'unscored'
      ? row.quadrant !== null
      : filter.quadrant !== 'all' && row.quadrant !== filter.quadrant
  )
    return false;
  if (filter.hardFilter !== 'all') {
    const effect = strongestEffect(row.filters);
    if (filter.hardFilter === 'none' ? effect !== null : effect !== filter.hardFilter) return false;
  }
  return matchesText(row, filter.text);
}

/** The value a row is sorted on; null sorts last whatever the direction. */
function sortValue(row: RankedUseCase, key: UseCaseSortKey): string | number | null {
  const u = row.useCase;
  switch (key) {
    case 'rank':
      return row.rank;
    case 'title':
      return u.title;
    case 'process':
      return u.process.trim() || null;
    case 'stage':
      return STAGES.indexOf(u.stage);
    case 'priority':
      return row.priority.ok ? row.priority.exactScore : null;
    case 'impact':
      return u.scores.impact;
    case 'effort':
      return u.scores.feasibility === null ? null : effortFromFeasibility(u.scores.feasibility);
    case 'riskTier':
      return RISK_ORDER[u.riskTier];
    case 'businessOwner':
      return u.businessOwner.trim() || null;
    case 'since':
      return currentStageSince(u);
  }
}

/** Filters and sorts ranked rows. Ties keep the portfolio rank order; empty values always come last. */
export function queryUseCases(
  rows: readonly RankedUseCase[],
  filter: UseCaseFilter,
  sort: UseCaseSort,
): RankedUseCase[] {
  return sortRows(
    rows.filter((row) => matchesFilter(row, filter)),
    sort,
    sortValue,
    (a, b) => a.rank - b.rank,
  );
}

/** The natural first direction when the user sorts by a column: numbers and dates high first, text A-Z. */
export function defaultSortDirection(key: UseCaseSortKey): SortDirection {
  return key === 'priority' || key === 'impact' || key === 'riskTier' || key === 'since' ? 'desc' : 'asc';
}

export { QUADRANTS, RISK_TIERS };
