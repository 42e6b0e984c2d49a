import { addDays, endOfMonth, format, startOfMonth } from 'date-fns';
import type { CaioDatabase } from '../src/db/core/schema';
import type { LargeWorkspaceFacts } from '../src/demo/large/workspace';
import { REGISTER_IDS } from '../src/domain/governance';

/**
 * The floor of each benchmarked screen: the rows it shows, read straight from IndexedDB with Dexie
 * through the best index, and nothing else (no React, no domain logic). A screen's time divided by
 * its floor says how much the app adds on top of reading its data. Each read returns the rows read.
 */

export interface BenchTargets extends LargeWorkspaceFacts {
  reportId: string;
}

type RawRead = (db: CaioDatabase, t: BenchTargets) => Promise<number>;

const count = (lists: unknown[][]) => lists.reduce((sum, list) => sum + list.length, 0);

async function clientRegisters(db: CaioDatabase, clientId: string): Promise<unknown[][]> {
  return Promise.all(REGISTER_IDS.map((id) => db.table(id).where('clientId').equals(clientId).toArray()));
}

export const RAW_READS: Record<string, RawRead> = {
  /** Clients, this month's hours, and the governance items with a date up to 14 days ahead (the due list's index ranges). */
  home: async (db) => {
    const now = new Date();
    const horizon = format(addDays(now, 14), 'yyyy-MM-dd');
    const upTo = (table: string, index: string) =>
      db.table(table).where(index).belowOrEqual(horizon).toArray();
    return count(
      await Promise.all([
        db.clients.toArray(),
        db.engagementLog
          .where('date')
          .between(format(startOfMonth(now), 'yyyy-MM-dd'), format(endOfMonth(now), 'yyyy-MM-dd'), true, true)
          .toArray(),
        upTo('aiSystems', 'nextReviewDate'),
        upTo('privacyRecords', 'reviewDate'),
        upTo('risks', 'dueDate'),
        upTo('risks', 'reviewDate'),
        upTo('policies', 'reviewDate'),
        upTo('trainingRecords', 'refreshDue'),
        upTo('governanceActions', 'dueDate'),
        db.incidents.where('status').anyOf(['open', 'investigating', 'mitigated']).toArray(),
      ]),
    );
  },
  /** One client's profile, hours, portfolio, evaluations (with their vendors) and registers: what the overview cards summarise. */
  clientOverview: async (db, t) => {
    const c = t.largestClientId;
    const evaluations = await db.evaluations.where('clientId').equals(c).toArray();
    const vendors = await db.vendorProfiles.bulkGet([...new Set(evaluations.flatMap((e) => e.vendorIds))]);
    const rest = await Promise.all([
      db.clients.get(c).then((x) => [x]),
      db.engagementLog.where('clientId').equals(c).toArray(),
      db.useCases.where('clientId').equals(c).toArray(),
      db.kpis.where('clientId').equals(c).toArray(),
      db.kpiMeasurements.where('clientId').equals(c).toArray(),
      db.gateDecisions.where('clientId').equals(c).toArray(),
      ...(await clientRegisters(db, c)).map(async (x) => x),
    ]);
    return evaluations.length + vendors.length + count(rest);
  },
  /** The register table: the client's use cases and their KPIs (for the hard filters). */
  portfolioTable: async (db, t) =>
    count(
      await Promise.all([
        db.useCases.where('clientId').equals(t.largestClientId).toArray(),
        db.kpis.where('clientId').equals(t.largestClientId).toArray(),
      ]),
    ),
  /** The map: the client's use cases. */
  portfolioMap: async (db, t) =>
    (await db.useCases.where('clientId').equals(t.largestClientId).toArray()).length,
  /** The largest register of the client (its list and, for risks, the heat map). */
  registerList: async (db, t) =>
    (await db.table(t.largestRegister.registerId).where('clientId').equals(t.largestClientId).toArray())
      .length,
  /** One use case, its KPIs, its measurements and gate decisions. */
  useCaseDetail: async (db, t) =>
    count(
      await Promise.all([
        db.useCases.get(t.heavyUseCaseId).then((x) => [x]),
        db.kpis.where('useCaseId').equals(t.heavyUseCaseId).toArray(),
        db.kpiMeasurements.where('useCaseId').equals(t.heavyUseCaseId).toArray(),
        db.gateDecisions
          .where('[useCaseId+date]')
          .between([t.heavyUseCaseId, ''], [t.heavyUseCaseId, '\uffff'])
          .toArray(),
      ]),
    ),
  /** The frozen report the exports print. */
  report: async (db, t) => ((await db.reports.get(t.reportId)) ? 1 : 0),
  /** Every row of every table (what a full backup must read). */
  everything: async (db) => count(await Promise.all(db.tables.map((table) => table.toArray()))),
};
