import { viewClassification } from './aiSystemClassification';
import { runningIncidentClocks } from './incidentRegisterClocks';
import { dueLabel, dueStatus, localDateOf, type DueStatus } from './localDates';
import { CLOSED_ACTION_STATUSES } from './registers/constants';
import { isSystemInUse } from './systemFacts';
import type { RegisterId } from './registers/fieldTypes';
import type { GovernanceData } from './registers/recordTypes';
import { todayIso } from '../shared/dates';
import { tell } from '../shared/language';

/**
 * Everything due in the governance registers, as one calendar: review dates, obligation dates,
 * incident reporting deadlines, action, treatment and training-refresh dates. Dates are local
 * calendar days; incident deadlines are moments and count down to the minute.
 */

export const CALENDAR_KINDS = [
  'review',
  'obligation',
  'incidentDeadline',
  'action',
  'riskTreatment',
  'trainingRefresh',
  'controlReview',
  'evidenceExpiry',
] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];
export const CALENDAR_KIND_LABELS: Record<CalendarKind, string> = {
  review: 'Review',
  obligation: 'EU AI Act obligation',
  incidentDeadline: 'Incident reporting deadline',
  action: 'Action',
  riskTreatment: 'Risk treatment',
  trainingRefresh: 'Training refresh',
  controlReview: 'Control review',
  evidenceExpiry: 'Evidence expiry',
};

/** Where a calendar item opens: a register record, or a control of the AI management system. */
export type CalendarTarget = RegisterId | 'controls';

export interface CalendarItem {
  /** Unique within the calendar. */
  key: string;
  clientId: string;
  /** Local calendar day it is due. */
  date: string;
  kind: CalendarKind;
  title: string;
  detail: string;
  registerId: CalendarTarget;
  recordId: string;
  status: DueStatus;
  /** "Due in 3 days", "2 days overdue", or for incident clocks "1 day 4 h left". */
  label: string;
}

export function governanceCalendar(data: Partial<GovernanceData>, now: Date): CalendarItem[] {
  const today = todayIso(now);
  const items: CalendarItem[] = [];
  type Extra = Partial<Pick<CalendarItem, 'status' | 'label'>>;
  /** One item of the calendar: what is due on `date` for a record of a register (nothing without a date). */
  const due = (
    registerId: CalendarTarget,
    record: { id: string; clientId: string },
    date: string | null | undefined,
    what: { kind: CalendarKind; title: string; detail: string; suffix: string } & Extra,
  ) => {
    if (!date) return;
    const { suffix, ...item } = what;
    items.push({
      status: dueStatus(date, today),
      label: dueLabel(date, today),
      clientId: record.clientId,
      registerId,
      recordId: record.id,
      date,
      ...item,
      key: `${registerId}:${record.id}:${suffix}`,
    });
  };

  for (const system of data.aiSystems ?? []) {
    if (!isSystemInUse(system, data.useCaseFacts)) continue;
    due('aiSystems', system, system.nextReviewDate, {
      kind: 'review',
      title: tell('Review {{name}}', { name: system.name }),
      detail: tell('AI system review'),
      suffix: 'review',
    });
    if (system.classification) {
      const met = new Set(system.obligationsMet);
      const open = viewClassification(system.classification, today).obligations.filter(
        (o) => o.duty === 'own' && !met.has(o.id),
      );
      const byDate = new Map<string, typeof open>();
      for (const o of open) byDate.set(o.appliesFrom, [...(byDate.get(o.appliesFrom) ?? []), o]);
      for (const [date, obligations] of byDate) {
        const inForce = date <= today;
        due('aiSystems', system, date, {
          kind: 'obligation',
          title: `${system.name}: ${obligations.length === 1 ? tell(obligations[0].title) : tell('{{count}} EU AI Act obligations', { count: obligations.length })}`,
          detail: obligations.map((o) => `${o.article}: ${tell(o.title)}`).join('; '),
          suffix: `obligations:${date}`,
          ...(inForce ? { status: 'overdue' as const, label: tell('In force, not marked as met') } : {}),
        });
      }
    }
  }
  for (const record of data.privacyRecords ?? [])
    due('privacyRecords', record, record.reviewDate, {
      kind: 'review',
      title: tell('Review {{name}}', { name: record.title }),
      detail: tell('Processing record review'),
      suffix: 'review',
    });
  for (const risk of (data.risks ?? []).filter((r) => r.status !== 'closed')) {
    const owner = risk.owner ? tell('Owner: {{owner}}', { owner: risk.owner }) : tell('No owner');
    due('risks', risk, risk.dueDate, {
      kind: 'riskTreatment',
      title: tell('Treat risk: {{title}}', { title: risk.title }),
      detail: owner,
      suffix: 'due',
    });
    due('risks', risk, risk.reviewDate, {
      kind: 'review',
      title: tell('Review risk: {{title}}', { title: risk.title }),
      detail: tell('Risk review'),
      suffix: 'review',
    });
  }
  for (const policy of (data.policies ?? []).filter((p) => p.status !== 'retired'))
    due('policies', policy, policy.reviewDate, {
      kind: 'review',
      title: tell('Review policy: {{title}}', { title: policy.title }),
      detail: tell('Version {{version}}', { version: policy.version || '—' }),
      suffix: 'review',
    });
  for (const record of data.trainingRecords ?? [])
    due('trainingRecords', record, record.refreshDue, {
      kind: 'trainingRefresh',
      title: tell('Refresh AI-literacy training: {{person}}', { person: record.person }),
      detail: record.training || tell('AI-literacy training'),
      suffix: 'refresh',
    });
  for (const action of data.governanceActions ?? []) {
    if (CLOSED_ACTION_STATUSES.includes(action.status)) continue;
    due('governanceActions', action, action.dueDate, {
      kind: 'action',
      title: action.title,
      detail: action.owner ? tell('Owner: {{owner}}', { owner: action.owner }) : tell('No owner'),
      suffix: 'due',
    });
  }
  for (const incident of data.incidents ?? []) {
    if (incident.status === 'closed') continue;
    for (const clock of runningIncidentClocks(incident, now, data.aiSystems ?? [])) {
      const date = localDateOf(clock.deadline);
      due('incidents', incident, date, {
        kind: 'incidentDeadline',
        title: tell('Report incident: {{title}}', { title: incident.title }),
        detail: tell('{{clock}} ({{article}}) to {{authority}}', {
          clock: tell(clock.title),
          article: clock.article,
          authority: tell(clock.reportTo),
        }),
        suffix: clock.kind,
        status: clock.overdue ? 'overdue' : dueStatus(date, today),
        label: clock.label,
      });
    }
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** What the home screen lists: overdue and due within the next 14 days. */
export function dueSoon(items: readonly CalendarItem[]): CalendarItem[] {
  return items.filter((item) => item.status !== 'later');
}
