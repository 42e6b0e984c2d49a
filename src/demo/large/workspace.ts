import type { GovernanceData, RegisterId } from '../../domain/governance';
import type { CaioDatabase } from '../../db/core/schema';
import type { DemoContext } from '../dates';
import { generateClient, generateEngagement, largeClientId } from './clients';
import { generateGovernance } from './governance';
import { generatePortfolio, type ClientPortfolio } from './portfolio';
import { allocate, createRandom } from './random';
import { generatePastReports } from './reports';
import { generateEvaluations, generateVendorLibrary } from './vendors';
import { generateWorkshops } from './workshops';

/**
 * A large, deterministic workspace for the performance benchmark and for tests: ten times a real
 * practice at scale 1. The same seed, scale and day always give the same records. Clients differ in
 * size (a few large, many small, as in a real practice), so "the largest client" is a real stress case.
 */

/** Sizes at scale 1. A real practice is about a tenth of this. */
export const LARGE_WORKSPACE_SIZES = {
  clients: 50,
  useCases: 2_500,
  kpiMeasurements: 25_000,
  governanceItems: 5_000,
  vendorProfiles: 500,
  evaluations: 1_500,
  reports: 200,
  workshops: 100,
  workshopIdeas: 2_000,
  /** Measurements of the one use case whose KPI charts the benchmark opens. */
  heavyUseCaseMeasurements: 500,
} as const;

export interface LargeWorkspaceOptions {
  seed?: number;
  /** 1 = the sizes above; 0.02 = a smoke-test workspace. */
  scale?: number;
  /** The day the workspace is generated for (YYYY-MM-DD); dates are relative to it. */
  today?: string;
  /**
   * Gives the largest client the size it has at this scale, whatever the workspace's scale: the scaling
   * curve compares the same-sized client in a smaller and a larger workspace. Without it the largest client
   * grows with the workspace.
   */
  largestClientScale?: number;
}

export interface LargeWorkspaceFacts {
  /** The client with the most records. */
  largestClientId: string;
  /** A use case of the largest client in structural use with the most measurements (500 at scale 1). */
  heavyUseCaseId: string;
  /** The largest governance register of the largest client. */
  largestRegister: { registerId: RegisterId; count: number };
}

export interface LargeWorkspace {
  /** Records per Dexie table name. */
  tables: Record<string, { id: string }[]>;
  facts: LargeWorkspaceFacts;
}

export const DEFAULT_LARGE_WORKSPACE_DAY = '2026-06-15';

const scaled = (value: number, scale: number, min: number) => Math.max(min, Math.round(value * scale));

export function generateLargeWorkspace(options: LargeWorkspaceOptions = {}): LargeWorkspace {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  const today = options.today ?? DEFAULT_LARGE_WORKSPACE_DAY;
  const ctx: DemoContext = { today, now: `${today}T12:00:00.000Z` };
  const random = createRandom(seed);
  const S = LARGE_WORKSPACE_SIZES;

  const clientCount = scaled(S.clients, scale, 1);
  // A few large clients and a long tail: weight 1 / sqrt(rank + 1) (the largest has ~8% of everything at scale 1, the smallest ~1%).
  const weightsOf = (count: number) => Array.from({ length: count }, (_, i) => 1 / Math.sqrt(i + 1));
  const weights = weightsOf(clientCount);
  const anchor = options.largestClientScale;
  /** `value` at this scale split over the clients; with an anchor, the largest client's part is its part at the anchor's scale. */
  const parts = (value: number, min: (clients: number) => number) => {
    const total = scaled(value, scale, min(clientCount));
    if (anchor === undefined || clientCount < 2) return allocate(total, weights);
    const anchorClients = scaled(S.clients, anchor, 1);
    const first = allocate(scaled(value, anchor, min(anchorClients)), weightsOf(anchorClients))[0];
    return [first, ...allocate(Math.max(0, total - first), weights.slice(1))];
  };
  const useCases = parts(S.useCases, (n) => n).map((n) => Math.max(1, n));
  const governance = parts(S.governanceItems, (n) => n * 11);
  const evaluationCounts = parts(S.evaluations, () => 1);
  const reportCounts = parts(S.reports, () => 1);
  const workshopCounts = parts(S.workshops, () => 1);
  const ideaCounts = parts(S.workshopIdeas, () => 1);
  const measurementCounts = parts(S.kpiMeasurements, () => 1);
  const heavyMeasurements = Math.min(S.heavyUseCaseMeasurements, Math.floor(measurementCounts[0] / 2));

  const library = generateVendorLibrary(ctx, random.fork('vendors'), scaled(S.vendorProfiles, scale, 4));
  const tables: Record<string, { id: string }[]> = {
    clients: [],
    engagementLog: [],
    useCases: [],
    kpis: [],
    kpiMeasurements: [],
    gateDecisions: [],
    vendorProfiles: library,
    evaluations: [],
    reports: [],
    workshops: [],
    workshopIdeas: [],
  };
  const push = (table: string, rows: readonly { id: string }[]) => {
    const list = (tables[table] ??= []);
    for (const row of rows) list.push(row);
  };

  let carried = 0;
  let largestRegister: LargeWorkspaceFacts['largestRegister'] = { registerId: 'risks', count: 0 };
  const heavyUseCaseId = `${largeClientId(0)}-uc-heavy`;
  // The smallest clients first, so measurements a small client has no KPI for move on to a larger one.
  for (let i = clientCount - 1; i >= 0; i--) {
    const r = random.fork(`client-${i}`);
    const client = generateClient(ctx, r.fork('profile'), i, useCases[i]);
    const engagement = generateEngagement(ctx, r.fork('engagement'), client, i < 10 ? 4 : 2);
    // An anchored largest client takes no measurements over from the smaller ones: its size is fixed.
    const budget = measurementCounts[i] + (i === 0 && anchor !== undefined ? 0 : carried);
    const portfolio: ClientPortfolio = generatePortfolio(ctx, r.fork('portfolio'), client, {
      useCases: useCases[i],
      measurements: budget,
      heavy: i === 0 ? { id: heavyUseCaseId, measurements: heavyMeasurements } : undefined,
    });
    carried = portfolio.unplaced;
    const registers = generateGovernance(ctx, r.fork('governance'), {
      clientId: client.id,
      items: governance[i],
      useCases: portfolio.useCases,
    });
    const ideation = generateWorkshops(ctx, r.fork('workshops'), {
      clientId: client.id,
      workshops: workshopCounts[i],
      ideas: ideaCounts[i],
      useCases: portfolio.useCases,
    });
    const evaluations = generateEvaluations(ctx, r.fork('evaluations'), {
      clientId: client.id,
      count: evaluationCounts[i],
      library,
      useCases: portfolio.useCases,
    });
    const reports = generatePastReports(ctx, {
      client,
      count: reportCounts[i],
      portfolio,
      governance: registers as unknown as GovernanceData,
      evaluations,
      library,
      engagement,
    });
    push('clients', [client]);
    push('engagementLog', engagement);
    push('useCases', portfolio.useCases);
    push('kpis', portfolio.kpis);
    push('kpiMeasurements', portfolio.kpiMeasurements);
    push('gateDecisions', portfolio.gateDecisions);
    for (const [registerId, rows] of Object.entries(registers) as [RegisterId, { id: string }[]][]) {
      push(registerId, rows);
      if (i === 0 && rows.length > largestRegister.count)
        largestRegister = { registerId, count: rows.length };
    }
    push('evaluations', evaluations);
    push('workshops', ideation.workshops);
    push('workshopIdeas', ideation.workshopIdeas);
    push('reports', reports);
  }
  tables.clients.reverse();
  return { tables, facts: { largestClientId: largeClientId(0), heavyUseCaseId, largestRegister } };
}

/** Number of records per table. */
export function countRecords(workspace: LargeWorkspace): Record<string, number> {
  return Object.fromEntries(Object.entries(workspace.tables).map(([name, rows]) => [name, rows.length]));
}

/**
 * Writes the workspace into the database, replacing what is there (every table is cleared first),
 * in one transaction per table so a 25,000-row table does not hold one huge transaction open.
 */
export async function loadLargeWorkspace(database: CaioDatabase, workspace: LargeWorkspace): Promise<void> {
  for (const table of database.tables) await table.clear();
  for (const [name, rows] of Object.entries(workspace.tables)) {
    const table = database.table(name);
    for (let i = 0; i < rows.length; i += 5_000) await table.bulkAdd(rows.slice(i, i + 5_000));
  }
}
