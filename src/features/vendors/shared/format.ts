import { format } from 'date-fns';
import type { CriterionStatus, EvaluationStatus, GateResult, VendorDecisionValue } from '../../../domain/vendors';

/** Dates are shown one way everywhere (`domain/shared/dates.ts`). */
export { formatDay as formatDate, formatDayTime as formatDateTime } from '../../../domain/shared/dates';

export function today(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

/** Distinct, colour-blind-friendly series colours for vendors in charts (in rank order). */
export const VENDOR_COLORS = ['#2f5bea', '#0e9f6e', '#d97706', '#9333ea', '#0891b2', '#be185d', '#4b5563'];

export const STATUS_TONE: Record<EvaluationStatus, string> = { draft: 'muted', 'in-review': 'info', decided: 'success' };
export const DECISION_TONE: Record<VendorDecisionValue, string> = { selected: 'success', shortlisted: 'info', rejected: 'danger' };
export const GATE_TONE: Record<GateResult, string> = { pass: 'success', fail: 'danger', unknown: 'muted' };
export const CRITERION_STATUS_TONE: Record<CriterionStatus, string> = { verified: 'success', unverified: 'warning', 'not-scored': 'muted' };

export function formatScore(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "For: <use case>" in words, from the linked use case's title or the free-text field. */
export function useCaseText(evaluation: { useCaseName: string; useCaseId?: string }): string {
  if (evaluation.useCaseName.trim()) return `For: ${evaluation.useCaseName.trim()}`;
  return evaluation.useCaseId ? 'For a linked use case' : 'No use case linked';
}

/** One failed gate in words: "Fails “No DPA offered”: <reason>". */
export function knockOutReason(k: { gateName: string; reason: string }): string {
  return k.reason === k.gateName ? `Fails the knock-out gate “${k.gateName}”.` : `Fails the knock-out gate “${k.gateName}”: ${k.reason}`;
}
