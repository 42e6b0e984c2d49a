/**
 * CSV export of the use-case table (RFC 4180).
 * The UI writes `CSV_BOM + toCsv(csvRowsOfUseCases(useCases, kpis))` to a `.csv` file so that
 * spreadsheet programs read it as UTF-8.
 */
import { RISK_TIER_LABELS, QUADRANT_LABELS, STAGE_LABELS } from './constants';
import { describeFilters, hardFilters } from './hardFilters';
import type { Kpi } from './kpiRecords';
import { computePriority, effortFromFeasibility, quadrantForScores } from './scoring';
import { currentStageSince } from './stageHistory';
import type { UseCase } from './useCase';
import { ENGLISH, type Wording } from '../shared/language';

/**
 * RFC 4180 writing (quote fields with comma, quote or line break; double inner quotes; CRLF between
 * records; no trailing line break) comes from the shared CSV writer, re-exported here.
 */
export { CSV_BOM, csvField, toCsv } from '../shared/csv';

/** Free text as written; the shared writer neutralises formula-like cells when the file is made. */
const safeText = (value: string | null | undefined): string => value ?? '';

const num = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export const USE_CASE_CSV_HEADER = [
  'ID',
  'Title',
  'Process / department',
  'Stage',
  'In stage since',
  'Business owner',
  'Project owner',
  'Sponsor',
  'Impact',
  'Reach',
  'Feasibility',
  'Effort',
  'Data readiness',
  'Confidence',
  'Risk tier',
  'Priority (0-100)',
  'Quadrant',
  'Hard filters',
  'KPIs',
  'Problem statement',
  'Intended use',
  'Out-of-scope use',
  'Users',
  'Affected persons',
  'Pilot hypothesis',
  'Pilot start',
  'Pilot planned end',
  'Budget planned (EUR)',
  'Budget actual (EUR)',
  'Pilot limit override',
  'Created',
  'Updated',
] as const;

/**
 * The use-case table as rows of strings, header first. Pass the client's KPIs to fill the "KPIs"
 * column and to include the "no measurable KPI" filter; without them both are left out. Headers and labels are
 * in `words`' language (the client's report language); typed text stays as typed.
 */
export function csvRowsOfUseCases(
  useCases: readonly UseCase[],
  kpis?: readonly Kpi[],
  { t }: Wording = ENGLISH,
): string[][] {
  const rows: string[][] = [USE_CASE_CSV_HEADER.map((h) => t(h))];
  for (const u of useCases) {
    const priority = computePriority(u.scores, u.riskTier);
    const quadrant = quadrantForScores(u.scores);
    const filters = hardFilters(u, kpis ?? []).filter(
      (f) => kpis !== undefined || f.id !== 'no-measurable-kpi',
    );
    const kpiNames = kpis ? kpis.filter((k) => k.useCaseId === u.id).map((k) => k.name) : [];
    rows.push([
      u.id,
      safeText(u.title),
      safeText(u.process),
      t(STAGE_LABELS[u.stage]),
      currentStageSince(u),
      safeText(u.businessOwner),
      safeText(u.projectOwner),
      safeText(u.sponsor),
      num(u.scores.impact),
      num(u.scores.reach),
      num(u.scores.feasibility),
      num(u.scores.feasibility === null ? null : effortFromFeasibility(u.scores.feasibility)),
      num(u.scores.dataReadiness),
      num(u.scores.confidence),
      t(RISK_TIER_LABELS[u.riskTier]),
      priority.ok ? String(priority.score) : '',
      quadrant ? t(QUADRANT_LABELS[quadrant]) : '',
      describeFilters(filters, t),
      safeText(kpiNames.join('; ')),
      safeText(u.problemStatement),
      safeText(u.intendedUse),
      safeText(u.outOfScopeUse),
      safeText(u.users),
      safeText(u.affectedPersons.join('; ')),
      safeText(u.charter.hypothesis),
      u.charter.startDate ?? '',
      u.charter.plannedEndDate ?? '',
      num(u.charter.budgetPlanned),
      num(u.charter.budgetActual),
      u.pilotLimitOverride
        ? safeText(`${u.pilotLimitOverride.reason} (${u.pilotLimitOverride.at.slice(0, 10)})`)
        : '',
      u.createdAt,
      u.updatedAt,
    ]);
  }
  return rows;
}
