import { compareVendors, type ComparisonRow } from './comparison';
import { GATE_RESULT_LABELS, VENDOR_DECISION_LABELS } from './constants';
import type { Evaluation } from './evaluation';
import type { VendorRef } from './profile';
import type { CriterionStatus } from './scoring';
import { ENGLISH, type Translate, type Wording } from '../shared/language';

/**
 * CSV rows of one evaluation (turn them into text with `toCsv` from `src/domain/shared/csv.ts`).
 * Per vendor, in rank order: one row per criterion, the totals, one row per knock-out gate, the
 * due-diligence and unverified counts, and the decision. Headers and labels are in `words`' language (the
 * client's report language); what was typed stays as typed.
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

export const CRITERION_STATUS_LABELS: Record<CriterionStatus, string> = {
  verified: 'Verified',
  unverified: 'Unverified (no evidence)',
  'not-scored': 'Not scored',
};

const num = (value: number | null): string => (value === null ? '' : String(value));

function vendorRows(row: ComparisonRow, evaluation: Evaluation, t: Translate): string[][] {
  const lead = [row.vendorName, String(row.rank)];
  const { score } = row;
  const scoreStatus = row.knockedOut
    ? t('Ruled out by knock-out gate')
    : score.complete
      ? t('Complete')
      : t('Incomplete ({{scored}} of {{total}} scored)', {
          scored: score.scoredCount,
          total: score.criteriaCount,
        });
  const rows: string[][] = score.criteria.map((c) => [
    ...lead,
    t('Criterion'),
    c.name,
    num(c.weight),
    num(c.score),
    num(c.weightedPoints),
    c.evidence,
    t(CRITERION_STATUS_LABELS[c.status]),
  ]);
  rows.push([
    ...lead,
    t('Total'),
    t('Weighted average (1-5)'),
    num(score.scoredWeight),
    num(score.average),
    '',
    '',
    scoreStatus,
  ]);
  rows.push([
    ...lead,
    t('Total'),
    t('Weighted score (0-100%)'),
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
      t('Knock-out gate'),
      gate.name,
      '',
      t(GATE_RESULT_LABELS[result]),
      '',
      note,
      result === 'fail' ? t('Ruled out') : '',
    ]);
  }
  const dd = row.dueDiligence;
  const ddNote = t('{{answered}} of {{total}} answered; {{unsatisfactory}} not satisfactory', {
    answered: dd.answered,
    total: dd.total,
    unsatisfactory: dd.unsatisfactory,
  });
  rows.push([...lead, t('Due diligence'), t('Open questions'), '', String(dd.open), '', ddNote, '']);
  rows.push([...lead, t('Evidence'), t('Unverified scores'), '', String(row.unverifiedCount), '', '', '']);
  const decision = row.decision;
  rows.push([
    ...lead,
    t('Decision'),
    t('Decision'),
    '',
    decision ? t(VENDOR_DECISION_LABELS[decision.outcome]) : t('Not decided'),
    '',
    decision?.rationale ?? '',
    decision?.date ?? '',
  ]);
  return rows;
}

/** Header plus the rows of every vendor, in rank order. Numbers use a decimal point. */
export function evaluationCsvRows(
  evaluation: Evaluation,
  vendors: readonly VendorRef[],
  { t }: Wording = ENGLISH,
): string[][] {
  const comparison = compareVendors(evaluation, vendors);
  return [
    EVALUATION_CSV_HEADER.map((h) => t(h)),
    ...comparison.rows.flatMap((row) => vendorRows(row, evaluation, t)),
  ];
}
