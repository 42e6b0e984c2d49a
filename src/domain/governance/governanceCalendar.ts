import { viewClassification } from './aiSystemClassification';
import { runningIncidentClocks } from './incidentRegisterClocks';
import { dueLabel, dueStatus, localDateOf, type DueStatus } from './localDates';
import { CLOSED_ACTION_STATUSES } from './registers/constants';
import { isSystemInUse } from './systemFacts';
import type { RegisterId } from './registers/fieldTypes';
import type { GovernanceData } from './registers/recordTypes';
import { todayIso } from '../shared/dates';

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
  const add = (
    item: Omit<CalendarItem, 'status' | 'label' | 'key'> & Partial<Pick<CalendarItem, 'status' | 'label'>>,
    suffix: string,
  ) => {
    items.push({
      status: dueStatus(item.date, today),
      label: dueLabel(item.date, today),
      ...item,
      key: `${item.registerId}:${item.recordId}:${suffix}`,
    });
  };

  for (const system of data.aiSystems ?? []) {
    if (!isSystemInUse(system, data.useCaseFacts)) continue;
    const base = { clientId: system.clientId, registerId: 'aiSystems' as const, recordId: system.id };
    if (system.nextReviewDate)
      add(
        {
          ...base,
          date: system.nextReviewDate,
          kind: 'review',
          title: `Review ${system.name}`,
          detail: 'AI system review',
        },
        'review',
      );
    if (system.classification) {
      const met = new Set(system.obligationsMet);
      const open = viewClassification(system.classification, today).obligations.filter(
        (o) => o.duty === 'own' && !met.has(o.id),
      );
      const byDate = new Map<string, typeof open>();
      for (const o of open) byDate.set(o.appliesFrom, [...(byDate.get(o.appliesFrom) ?? []), o]);
      for (const [date, obligations] of byDate) {
        const inForce = date <= today;
        add(
          {
            ...base,
            date,
            kind: 'obligation',
            title: `${system.name}: ${obligations.length === 1 ? obligations[0].title : `${obligations.length} EU AI Act obligations`}`,
            detail: obligations.map((o) => `${o.article}: ${o.title}`).join('; '),
            ...(inForce ? { status: 'overdue' as const, label: 'In force, not marked as met' } : {}),
          },
          `obligations:${date}`,
        );
      }
    }
  }
  for (const record of data.privacyRecords ?? []) {
    if (record.reviewDate)
      add(
        {
          clientId: record.clientId,
          registerId: 'privacyRecords',
          recordId: record.id,
          date: record.reviewDate,
          kind: 'review',
          title: `Review ${record.title}`,
          detail: 'Processing record review',
        },
        'review',
      );
  }
  for (const risk of data.risks ?? []) {
    if (risk.status === 'closed') continue;
    const base = { clientId: risk.clientId, registerId: 'risks' as const, recordId: risk.id };
    if (risk.dueDate)
      add(
        {
          ...base,
          date: risk.dueDate,
          kind: 'riskTreatment',
          title: `Treat risk: ${risk.title}`,
          detail: risk.owner ? `Owner: ${risk.owner}` : 'No owner',
        },
        'due',
      );
    if (risk.reviewDate)
      add(
        {
          ...base,
          date: risk.reviewDate,
          kind: 'review',
          title: `Review risk: ${risk.title}`,
          detail: 'Risk review',
        },
        'review',
      );
  }
  for (const policy of data.policies ?? []) {
    if (policy.status === 'retired' || !policy.reviewDate) continue;
    add(
      {
        clientId: policy.clientId,
        registerId: 'policies',
        recordId: policy.id,
        date: policy.reviewDate,
        kind: 'review',
        title: `Review policy: ${policy.title}`,
        detail: `Version ${policy.version || '—'}`,
      },
      'review',
    );
  }
  for (const record of data.trainingRecords ?? []) {
    if (!record.refreshDue) continue;
    add(
      {
        clientId: record.clientId,
        registerId: 'trainingRecords',
        recordId: record.id,
        date: record.refreshDue,
        kind: 'trainingRefresh',
        title: `Refresh AI-literacy training: ${record.person}`,
        detail: record.training || 'AI-literacy training',
      },
      'refresh',
    );
  }
  for (const action of data.governanceActions ?? []) {
    if (CLOSED_ACTION_STATUSES.includes(action.status) || !action.dueDate) continue;
    add(
      {
        clientId: action.clientId,
        registerId: 'governanceActions',
        recordId: action.id,
        date: action.dueDate,
        kind: 'action',
        title: action.title,
        detail: action.owner ? `Owner: ${action.owner}` : 'No owner',
      },
      'due',
    );
  }
  for (const incident of data.incidents ?? []) {
    if (incident.status === 'closed') continue;
    for (const clock of runningIncidentClocks(incident, now, data.aiSystems ?? [])) {
      const date = localDateOf(clock.deadline);
      add(
        {
          clientId: incident.clientId,
          registerId: 'incidents',
          recordId: incident.id,
          date,
          kind: 'incidentDeadline',
          title: `Report incident: ${incident.title}`,
          detail: `${clock.title} (${clock.article}) to ${clock.reportTo}`,
          status: clock.overdue ? 'overdue' : dueStatus(date, today),
          label: clock.label,
        },
        clock.kind,
      );
    }
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** What the home screen lists: overdue and due within the next 14 days. */
export function dueSoon(items: readonly CalendarItem[]): CalendarItem[] {
  return items.filter((item) => item.status !== 'later');
}
