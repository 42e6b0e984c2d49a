import type { Table } from 'dexie';
import {
  DUE_SOON_DAYS,
  OPEN_INCIDENT_STATUSES,
  REGISTER_IDS,
  addDaysToDate,
  emptyGovernanceData,
  governanceCalendar,
  linkFieldsTo,
  migrateIncident,
  type CalendarItem,
  type GovernanceData,
  type RegisterDefinition,
  type RegisterId,
  type RegisterRecord,
} from '../../domain/governance';
import type { Client } from '../../domain/clients/client';
import type { UseCase } from '../../domain/portfolio';
import { registerTable } from './registers';
import { loadUseCaseFactsForClient } from '../portfolio/useCaseFacts';
import { controlsDueUpTo } from '../controls/due';
import type { CaioDatabase } from '../core/schema';
import { todayIso } from '../../domain/shared/dates';

/** Reads of the governance registers: one client's registers, backlinks, and the cross-client due list. */

/** All eleven registers of one client (small tables, each read through its `clientId` index). */
export async function loadGovernanceData(
  database: CaioDatabase,
  clientId: string,
  /** The client's use cases when the caller has read them already (read here otherwise). */
  clientUseCases?: readonly UseCase[],
): Promise<GovernanceData> {
  const data = emptyGovernanceData() as unknown as Record<RegisterId, RegisterRecord[]>;
  const [facts] = await Promise.all([
    loadUseCaseFactsForClient(database, clientId, clientUseCases),
    ...REGISTER_IDS.map(
      async (id) =>
        (data[id] = await registerTable(database, id).where('clientId').equals(clientId).toArray()),
    ),
  ]);
  const governance = data as unknown as GovernanceData;
  return { ...governance, incidents: governance.incidents.map(migrateIncident), useCaseFacts: facts };
}

/** What the governance area reads once for all its screens: the registers and the use cases to link to, each row read once. */
export async function loadGovernanceArea(
  database: CaioDatabase,
  clientId: string,
): Promise<{ data: GovernanceData; useCases: UseCaseOption[] }> {
  const useCases = await database.useCases.where('clientId').equals(clientId).toArray();
  return {
    data: await loadGovernanceData(database, clientId, useCases),
    useCases: linkableUseCases(useCases),
  };
}

export interface Backlink {
  register: RegisterDefinition;
  fieldLabel: string;
  record: RegisterRecord;
}

/** The records of other registers that link to this one (e.g. the incidents of an AI system). */
export async function backlinksTo(
  database: CaioDatabase,
  registerId: RegisterId,
  id: string,
): Promise<Backlink[]> {
  const found = await Promise.all(
    linkFieldsTo(registerId).map(async ({ register, field }) => {
      const records = await registerTable(database, register.id).where(field.key).equals(id).toArray();
      return records.map((record) => ({ register, fieldLabel: field.label, record }));
    }),
  );
  return found.flat();
}

/** A use case of the portfolio, as far as the governance registers need it. */
export interface UseCaseOption {
  id: string;
  title: string;
  riskTier: string;
}

/**
 * The client's use cases, read from the portfolio's `useCases` table when it exists. Governance
 * does not depend on the portfolio code: it only stores use-case ids and shows their titles.
 */
/** The use cases as link choices: id, title (or "Untitled use case") and risk tier. */
function linkableUseCases(rows: readonly object[]): UseCaseOption[] {
  return (rows as Record<string, unknown>[]).map((row) => ({
    id: String(row.id),
    title: typeof row.title === 'string' && row.title ? row.title : 'Untitled use case',
    riskTier: String(row.riskTier ?? 'unclassified'),
  }));
}

export interface DueItem extends CalendarItem {
  client: Pick<Client, 'id' | 'name' | 'shortName' | 'brandColor' | 'logo'>;
}

export interface DueItemWithOwner extends DueItem {
  /** The record's owner (or business owner), '' when none is named. */
  owner: string;
}

/**
 * Every governance calendar item across clients that are not archived, overdue or due up to
 * `horizonDays` from today, with its owner. Each register is read through its date index up to the horizon.
 */
export async function calendarAcrossClients(
  database: CaioDatabase,
  now: Date,
  horizonDays: number,
): Promise<DueItemWithOwner[]> {
  const horizon = addDaysToDate(todayIso(now), horizonDays);
  const upTo = <T>(table: Table<T, string>, index: string): Promise<T[]> =>
    table.where(index).belowOrEqual(horizon).distinct().toArray();
  const unique = <T extends { id: string }>(...lists: T[][]) => [
    ...new Map(lists.flat().map((r) => [r.id, r])).values(),
  ];

  const [
    reviewSystems,
    obligationSystems,
    privacyRecords,
    riskDue,
    riskReview,
    policies,
    trainingRecords,
    governanceActions,
    incidents,
    clients,
  ] = await Promise.all([
    upTo(database.aiSystems, 'nextReviewDate'),
    upTo(database.aiSystems, 'obligationDates'),
    upTo(database.privacyRecords, 'reviewDate'),
    upTo(database.risks, 'dueDate'),
    upTo(database.risks, 'reviewDate'),
    upTo(database.policies, 'reviewDate'),
    upTo(database.trainingRecords, 'refreshDue'),
    upTo(database.governanceActions, 'dueDate'),
    database.incidents
      .where('status')
      .anyOf([...OPEN_INCIDENT_STATUSES])
      .toArray(),
    database.clients.toArray(),
  ]);
  // The systems open incidents involve decide whether the AI Act clock applies (tier, date, role).
  const linkedIds = [...new Set(incidents.flatMap((incident) => incident.aiSystemIds ?? []))];
  const linkedSystems = (await database.aiSystems.bulkGet(linkedIds)).filter(
    (system) => system !== undefined,
  );
  const data: GovernanceData = {
    ...emptyGovernanceData(),
    aiSystems: unique(reviewSystems, obligationSystems, linkedSystems),
    privacyRecords,
    risks: unique(riskDue, riskReview),
    policies,
    trainingRecords,
    governanceActions,
    incidents: incidents.map(migrateIncident),
  };
  const owners = new Map<string, string>();
  for (const record of Object.values(data).flat() as {
    id: string;
    owner?: unknown;
    businessOwner?: unknown;
  }[]) {
    const owner =
      typeof record.owner === 'string' && record.owner
        ? record.owner
        : typeof record.businessOwner === 'string'
          ? record.businessOwner
          : '';
    owners.set(record.id, owner);
  }
  const controls = await controlsDueUpTo(database, horizon, todayIso(now));
  for (const control of await database.controls.bulkGet([...new Set(controls.map((c) => c.recordId))])) {
    if (control) owners.set(control.id, control.owner ?? '');
  }
  const byId = new Map(clients.filter((c) => c.status !== 'archived').map((c) => [c.id, c]));
  const items = [...governanceCalendar(data, now), ...controls].sort(
    (a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title),
  );
  return items.flatMap((item) => {
    const client = byId.get(item.clientId);
    if (!client || item.date > horizon) return [];
    return [
      {
        ...item,
        owner: owners.get(item.recordId) ?? '',
        client: {
          id: client.id,
          name: client.name,
          shortName: client.shortName,
          brandColor: client.brandColor,
          logo: client.logo,
        },
      },
    ];
  });
}

/** The home screen's cross-client list: everything overdue or due in the next 14 days. */
export async function dueAcrossClients(database: CaioDatabase, now: Date = new Date()): Promise<DueItem[]> {
  return (await calendarAcrossClients(database, now, DUE_SOON_DAYS)).filter(
    (item) => item.status !== 'later',
  );
}
