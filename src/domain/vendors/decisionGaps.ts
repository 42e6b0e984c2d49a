import { tell } from '../shared/language';
import { vendorName } from './comparison';
import type { Evaluation } from './evaluation';
import type { VendorRef } from './profile';

/**
 * What is still open when a vendor is decided: gates not confirmed, due-diligence questions without an
 * answer, answers judged unsatisfactory. Deciding with any of them needs an explicit confirmation, and
 * the decision keeps the list (so the board and the next consultant see what was decided on).
 */
export type VendorGaps = {
  vendorId: string;
  vendorName: string;
  unknownGates: string[];
  openQuestions: string[];
  unsatisfactoryAnswers: string[];
};

export function vendorGaps(
  evaluation: Evaluation,
  vendorId: string,
  vendors: readonly VendorRef[] = [],
): VendorGaps {
  const vendor = evaluation.vendors.find((v) => v.vendorId === vendorId);
  const gaps: VendorGaps = {
    vendorId,
    vendorName: vendorName(vendorId, vendors),
    unknownGates: [],
    openQuestions: [],
    unsatisfactoryAnswers: [],
  };
  if (!vendor) return gaps;
  for (const gate of evaluation.gates)
    if ((vendor.gates[gate.id]?.result ?? 'unknown') === 'unknown') gaps.unknownGates.push(gate.name);
  for (const q of evaluation.ddQuestions) {
    const answer = vendor.ddAnswers[q.id];
    if (!answer || answer.answer.trim() === '') gaps.openQuestions.push(q.question);
    else if (answer.satisfactory === false) gaps.unsatisfactoryAnswers.push(q.question);
  }
  return gaps;
}

export function hasGaps(gaps: VendorGaps): boolean {
  return gaps.unknownGates.length + gaps.openQuestions.length + gaps.unsatisfactoryAnswers.length > 0;
}

/** The open points as lines, e.g. "Knock-out gates not confirmed (2): No DPA offered; Data leaves the EU". */
export function gapLines(gaps: VendorGaps): string[] {
  const lines: string[] = [];
  if (gaps.unknownGates.length)
    lines.push(
      tell('Knock-out gates not confirmed ({{count}}): {{list}}', {
        count: gaps.unknownGates.length,
        list: gaps.unknownGates.join('; '),
      }),
    );
  if (gaps.unsatisfactoryAnswers.length)
    lines.push(
      tell('Unsatisfactory due-diligence answers ({{count}}): {{list}}', {
        count: gaps.unsatisfactoryAnswers.length,
        list: gaps.unsatisfactoryAnswers.join(' / '),
      }),
    );
  if (gaps.openQuestions.length)
    lines.push(
      tell('Due-diligence questions without an answer ({{count}}): {{list}}', {
        count: gaps.openQuestions.length,
        list: gaps.openQuestions.join(' / '),
      }),
    );
  return lines;
}

/** One short line per vendor: "Summa HR: 2 gates unknown, 35 questions open, 1 unsatisfactory answer". */
export function gapSummary(gaps: VendorGaps): string {
  const parts = [
    gaps.unknownGates.length ? tell('{{count}} gates unknown', { count: gaps.unknownGates.length }) : '',
    gaps.openQuestions.length ? tell('{{count}} questions open', { count: gaps.openQuestions.length }) : '',
    gaps.unsatisfactoryAnswers.length
      ? tell('{{count}} unsatisfactory answers', { count: gaps.unsatisfactoryAnswers.length })
      : '',
  ].filter(Boolean);
  return `${gaps.vendorName}: ${parts.join(', ')}`;
}

/** The gaps of every vendor that is not rejected (a rejection needs no complete file). */
export function evaluationGaps(evaluation: Evaluation, vendors: readonly VendorRef[] = []): VendorGaps[] {
  return evaluation.vendors
    .filter((v) => v.decision?.outcome !== 'rejected')
    .map((v) => vendorGaps(evaluation, v.vendorId, vendors))
    .filter(hasGaps);
}

export const CONFIRM_GAPS_MESSAGE =
  'Confirm that you decide with these open points; they are recorded with the decision.';
