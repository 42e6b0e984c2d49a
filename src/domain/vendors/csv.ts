import { compareVendors, type ComparisonRow } from './comparison';
import { GATE_RESULT_LABELS, VENDOR_DECISION_LABELS } from './constants';
import type { Evaluation } from './evaluation';
import type { VendorRef } from './profile';
import type { CriterionStatus } from './scoring';

/**
 * CSV rows of one evaluation (turn them into text with `toCsv` from `src/domain/shared/csv.ts`).
 * Per vendor, in rank order: one row per criterion, the totals, one row per knock-out gate, the
 * due-diligence and unverified counts, and the decision.
 */

export const EVALUATION_CSV_HEADER = [
  'Vendor',
  'Rank',
  'Section',
  'Item',
  'Weight (%)',
  'Value',
  'Weighted points',
  'Evidence / note',
  'Status',
] as const;

const CRITERION_STATUS_LABELS: Record<CriterionStatus, string> = {
  verified: 'Verified',
  unverified: 'Unverified (no evidence)',
  'not-scored': 'Not scored',
};

const num = (value: number | null): string => (value === null ? '' : String(value));

function vendorRows(row: ComparisonRow, evaluation: Evaluation): string[][] {
  const lead = [row.vendorName, String(row.rank)];
  const { score } = row;
  const scoreStatus = row.knockedOut
    ? 'Ruled out by knock-out gate'
    : score.complete
      ? 'Complete'
      : `Incomplete (${score.scoredCount} of ${score.criteriaCount} scored)`;
  const rows: string[][] = score.criteria.map((c) => [
    ...lead,
    'Criterion',
    c.name,
    num(c.weight),
    num(c.score),
    num(c.weightedPoints),
    c.evidence,
    CRITERION_STATUS_LABELS[c.status],
  ]);
  rows.push([
    ...lead,
    'Total',
    'Weighted average (1-5)',
    num(score.scoredWeight),
    num(score.average),
    '',
    '',
    scoreStatus,
  ]);
  rows.push([
    ...lead,
    'Total',
    'Weighted score (0-100%)',
    num(score.scoredWeight),
    num(score.percent),
    '',
    '',
    scoreStatus,
  ]);
  for (const gate of evaluation.gates) {
    const result = row.gateResults[gate.id] ?? 'unknown';
    const note = evaluation.vendors.find((v) => v.vendorId === row.vendorId)?.gates[gate.id]?.note ?? '';
    rows.push([
      ...lead,
      'Knock-out gate',
      gate.name,
      '',
      GATE_RESULT_LABELS[result],
      '',
      note,
      result === 'fail' ? 'Ruled out' : '',
    ]);
  }
  const dd = row.dueDiligence;
  const ddNote = `${dd.answered} of ${dd.total} answered; ${dd.unsatisfactory} not satisfactory`;
  rows.push([...lead, 'Due diligence', 'Open questions', '', String(dd.open), '', ddNote, '']);
  rows.push([...lead, 'Evidence', 'Unverified scores', '', String(row.unverifiedCount), '', '', '']);
  const decision = row.decision;
  rows.push([
    ...lead,
    'Decision',
    'Decision',
    '',
    decision ? VENDOR_DECISION_LABELS[decision.outcome] : 'Not decided',
    '',
    decision?.rationale ?? '',
    decision?.date ?? '',
  ]);
  return rows;
}

/** Header plus the rows of every vendor, in rank order. Numbers use a decimal point. */
export function evaluationCsvRows(evaluation: Evaluation, vendors: readonly VendorRef[]): string[][] {
  const comparison = compareVendors(evaluation, vendors);
  return [[...EVALUATION_CSV_HEADER], ...comparison.rows.flatMap((row) => vendorRows(row, evaluation))];
}
