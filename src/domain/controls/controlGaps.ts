import { addMonths, format, parseISO } from 'date-fns';
import type { CalendarItem } from '../governance/governanceCalendar';
import { daysUntil, dueLabel, dueStatus } from '../governance/localDates';
import { dayIn, ENGLISH, tell, type Wording } from '../shared/language';
import { frameworkById } from './frameworkPack';
import {
  CONTROL_STATUS_LABELS,
  evidenceCurrent,
  evidenceExpired,
  type ClientControl,
  type EvidenceItem,
} from './records';
import type { ControlsRecords, RequirementState } from './coverage';
import type { FrameworkId } from './types';

/**
 * What is missing in a client's controls programme: requirements not decided or without a control,
 * overdue control reviews, implemented controls whose evidence expired or is missing. They feed the
 * governance gaps, the calendar and the home screen's due list.
 */

export const CONTROL_GAP_KINDS = [
  'undecided',
  'noControl',
  'controlReviewOverdue',
  'evidenceExpired',
  'noEvidence',
] as const;
export type ControlGapKind = (typeof CONTROL_GAP_KINDS)[number];
export const CONTROL_GAP_LABELS: Record<ControlGapKind, string> = {
  undecided: 'Applicability not decided',
  noControl: 'Applicable, no control',
  controlReviewOverdue: 'Control review overdue',
  evidenceExpired: 'Evidence expired',
  noEvidence: 'Implemented, no evidence',
};

export interface ControlGap {
  kind: ControlGapKind;
  /** The control to open, when the gap is about one. */
  controlId?: string;
  framework?: FrameworkId;
  subject: string;
  message: string;
}

export function controlGaps(
  records: ControlsRecords,
  states: readonly RequirementState[],
  frameworks: readonly FrameworkId[],
  today: string,
  { t, lang }: Wording = ENGLISH,
): ControlGap[] {
  const gaps: ControlGap[] = [];
  const refs = (list: readonly RequirementState[]) =>
    list
      .slice(0, 4)
      .map((s) => s.requirement.ref)
      .join(', ') + (list.length > 4 ? '…' : '');
  for (const framework of frameworks) {
    const own = states.filter((s) => s.requirement.framework === framework);
    const undecided = own.filter((s) => s.undecided);
    const name = t(frameworkById(framework).shortName);
    if (undecided.length > 0) {
      gaps.push({
        kind: 'undecided',
        framework,
        subject: name,
        message: t('{{count}} requirements not decided: {{refs}}.', {
          count: undecided.length,
          refs: refs(undecided),
        }),
      });
    }
    const uncovered = own.filter((s) => s.inScope && s.status === 'noControl');
    if (uncovered.length > 0) {
      gaps.push({
        kind: 'noControl',
        framework,
        subject: name,
        message: t('{{count}} applicable requirements without a control: {{refs}}.', {
          count: uncovered.length,
          refs: refs(uncovered),
        }),
      });
    }
  }
  for (const control of records.controls) {
    const base = { controlId: control.id, subject: control.title };
    if (control.nextReviewDate && control.nextReviewDate < today) {
      gaps.push({
        ...base,
        kind: 'controlReviewOverdue',
        message: t('Review was due on {{date}} ({{count}} days ago).', {
          date: dayIn(lang, control.nextReviewDate),
          count: -daysUntil(control.nextReviewDate, today),
        }),
      });
    }
    if (control.status !== 'implemented') continue;
    const own = records.evidence.filter((e) => e.controlId === control.id);
    if (own.some((e) => evidenceCurrent(e, today))) continue;
    const expired = own
      .filter((e) => evidenceExpired(e, today))
      .sort((a, b) => (b.validUntil ?? '').localeCompare(a.validUntil ?? ''))[0];
    if (expired)
      gaps.push({
        ...base,
        kind: 'evidenceExpired',
        message: t('“{{evidence}}” expired on {{date}}; add current evidence.', {
          evidence: expired.title,
          date: dayIn(lang, expired.validUntil),
        }),
      });
    else
      gaps.push({
        ...base,
        kind: 'noEvidence',
        message: t('{{implemented}}, but no evidence shows it.', {
          implemented: t(CONTROL_STATUS_LABELS.implemented),
        }),
      });
  }
  return gaps;
}

/** A calendar item of the controls programme: opens the control (`recordId`). */
export type ControlDueItem = CalendarItem & {
  registerId: 'controls';
  kind: 'controlReview' | 'evidenceExpiry';
};

/**
 * Dates of the controls programme: control reviews, and the "valid until" of each control's latest
 * evidence (older evidence replaced by newer does not count). Expired evidence shows as overdue.
 */
export function controlDueItems(
  controls: readonly ClientControl[],
  evidence: readonly EvidenceItem[],
  today: string,
): ControlDueItem[] {
  const items: ControlDueItem[] = [];
  const byId = new Map(controls.map((c) => [c.id, c]));
  for (const control of controls) {
    if (!control.nextReviewDate) continue;
    items.push({
      key: `controls:${control.id}:review`,
      clientId: control.clientId,
      registerId: 'controls',
      recordId: control.id,
      date: control.nextReviewDate,
      kind: 'controlReview',
      title: tell('Review control: {{title}}', { title: control.title }),
      detail: control.owner ? tell('Owner: {{name}}', { name: control.owner }) : tell('No owner'),
      status: dueStatus(control.nextReviewDate, today),
      label: dueLabel(control.nextReviewDate, today),
    });
  }
  for (const item of latestEvidence(evidence)) {
    const control = byId.get(item.controlId);
    if (!control || item.validUntil === null) continue;
    const expired = item.validUntil < today;
    items.push({
      key: `evidence:${item.id}:expiry`,
      clientId: item.clientId,
      registerId: 'controls',
      recordId: control.id,
      date: item.validUntil,
      kind: 'evidenceExpiry',
      title: expired
        ? tell('Evidence expired: {{title}}', { title: item.title })
        : tell('Evidence expires: {{title}}', { title: item.title }),
      detail: tell('Control: {{title}}', { title: control.title }),
      status: dueStatus(item.validUntil, today),
      label: expired
        ? tell('Expired {{count}} days ago', { count: -daysUntil(item.validUntil, today) })
        : dueLabel(item.validUntil, today),
    });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** Per control, the evidence that lasts longest (no "valid until" lasts forever). */
export function latestEvidence(evidence: readonly EvidenceItem[]): EvidenceItem[] {
  const best = new Map<string, EvidenceItem>();
  const end = (e: EvidenceItem) => e.validUntil ?? '9999-12-31';
  for (const item of evidence) {
    const current = best.get(item.controlId);
    if (!current || end(item) > end(current) || (end(item) === end(current) && item.date > current.date))
      best.set(item.controlId, item);
  }
  return [...best.values()];
}

/** The next review after a review on `date`, given the control's interval in months. */
export function nextReviewAfter(date: string, intervalMonths: number): string {
  return format(addMonths(parseISO(date), intervalMonths), 'yyyy-MM-dd');
}
