import { addDays, endOfMonth, format, startOfMonth } from 'date-fns';
import Dexie from 'dexie';
import type { CaioDatabase } from '../src/db/core/schema';
import type { LargeWorkspaceFacts } from '../src/demo/large/workspace';
import { REGISTER_IDS } from '../src/domain/governance';

/**
 * The floor of each benchmarked screen: the rows it shows, read straight from IndexedDB with Dexie
 * through the best index, and nothing else (no React, no domain logic). A screen's time divided by
 * its floor says how much the app adds on top of reading its data. Each read returns the rows read, by list.
 */

export interface BenchTargets extends LargeWorkspaceFacts {
  reportId: string;
  /** A draft report (the typing measure edits it). */
  draftReportId: string;
}

/** A screen's rows by what they are (the read-and-draw floor draws each list). */
export type RowLists = Record<string, Row[]>;
export type Row = Record<string, unknown>;
type RawRead = (db: CaioDatabase, t: BenchTargets) => Promise<RowLists>;

export const countRows = (lists: RowLists) =>
  Object.values(lists).reduce((sum, list) => sum + list.length, 0);

const named = async (parts: Record<string, Promise<unknown[]>>): Promise<RowLists> =>
  Object.fromEntries(
    await Promise.all(Object.entries(parts).map(async ([name, read]) => [name, (await read) as Row[]])),
  );

const one = async (read: Promise<unknown>): Promise<unknown[]> => {
  const row = await read;
  return row ? [row] : [];
};

async function clientRegisters(
  db: CaioDatabase,
  clientId: string,
): Promise<Record<string, Promise<unknown[]>>> {
  return Object.fromEntries(
    REGISTER_IDS.map((id) => [id, db.table(id).where('clientId').equals(clientId).toArray()]),
  );
}

export const RAW_READS: Record<string, RawRead> = {
  /** Clients, this month's hours, and the governance items with a date up to 14 days ahead (the due list's index ranges). */
  home: async (db) => {
    const now = new Date();
    const horizon = format(addDays(now, 14), 'yyyy-MM-dd');
    const upTo = (table: string, index: string) =>
      db.table(table).where(index).belowOrEqual(horizon).toArray();
    const month = [format(startOfMonth(now), 'yyyy-MM-dd'), format(endOfMonth(now), 'yyyy-MM-dd')];
    // By table name, so that the bare cold-start page can read with Dexie alone (no schema of the app).
    return named({
      clients: db.table('clients').toArray(),
      hours: db.table('engagementLog').where('date').between(month[0], month[1], true, true).toArray(),
      aiSystems: upTo('aiSystems', 'nextReviewDate'),
      privacyRecords: upTo('privacyRecords', 'reviewDate'),
      risksDue: upTo('risks', 'dueDate'),
      risksReview: upTo('risks', 'reviewDate'),
      policies: upTo('policies', 'reviewDate'),
      training: upTo('trainingRecords', 'refreshDue'),
      actions: upTo('governanceActions', 'dueDate'),
      incidents: db
        .table('incidents')
        .where('status')
        .anyOf(['open', 'investigating', 'mitigated'])
        .toArray(),
    });
  },
  /** One client's profile, hours, portfolio (with each KPI's latest measurements), evaluations (with their vendors), workshops and registers: what the overview cards summarise. */
  clientOverview: async (db, t) => {
    const c = t.largestClientId;
    const evaluations = await db.evaluations.where('clientId').equals(c).toArray();
    const vendors = await db.vendorProfiles.bulkGet([...new Set(evaluations.flatMap((e) => e.vendorIds))]);
    const kpis = await db.kpis.where('clientId').equals(c).toArray();
    return named({
      evaluations: Promise.resolve(evaluations),
      vendors: Promise.resolve(vendors.filter(Boolean)),
      client: one(db.clients.get(c)),
      hours: db.engagementLog.where('clientId').equals(c).toArray(),
      useCases: db.useCases.where('clientId').equals(c).toArray(),
      kpis: Promise.resolve(kpis),
      // Value realised needs each KPI's latest measurement, which the overview reads through the [kpiId+date]
      // index from the newest end (two rows per KPI), not the client's whole measurement log.
      measurements: Promise.all(
        kpis.map((k) =>
          db.kpiMeasurements
            .where('[kpiId+date]')
            .between([k.id, Dexie.minKey], [k.id, Dexie.maxKey])
            .reverse()
            .limit(2)
            .toArray(),
        ),
      ).then((lists) => lists.flat()),
      gateDecisions: db.gateDecisions.where('clientId').equals(c).toArray(),
      workshops: db.workshops.where('clientId').equals(c).toArray(),
      ideas: db.workshopIdeas.where('clientId').equals(c).toArray(),
      ...(await clientRegisters(db, c)),
    });
  },
  /** The register table: the client's use cases and their KPIs (for the hard filters). */
  portfolioTable: (db, t) =>
    named({
      useCases: db.useCases.where('clientId').equals(t.largestClientId).toArray(),
      kpis: db.kpis.where('clientId').equals(t.largestClientId).toArray(),
    }),
  /** The map: the client's use cases. */
  portfolioMap: (db, t) =>
    named({ useCases: db.useCases.where('clientId').equals(t.largestClientId).toArray() }),
  /** The largest register of the client (its list and, for risks, the heat map). */
  registerList: (db, t) =>
    named({
      records: db.table(t.largestRegister.registerId).where('clientId').equals(t.largestClientId).toArray(),
    }),
  /** One use case, its KPIs, its measurements and gate decisions. */
  useCaseDetail: (db, t) =>
    named({
      useCase: one(db.useCases.get(t.heavyUseCaseId)),
      kpis: db.kpis.where('useCaseId').equals(t.heavyUseCaseId).toArray(),
      measurements: db.kpiMeasurements.where('useCaseId').equals(t.heavyUseCaseId).toArray(),
      gateDecisions: db.gateDecisions
        .where('[useCaseId+date]')
        .between([t.heavyUseCaseId, ''], [t.heavyUseCaseId, '\uffff'])
        .toArray(),
    }),
  /** The frozen report the exports print. */
  report: (db, t) => named({ report: one(db.reports.get(t.reportId)) }),
  /** Every row of every table (what a full backup must read). */
  everything: async (db) =>
    named(Object.fromEntries(db.tables.map((table) => [table.name, table.toArray()]))),
};
