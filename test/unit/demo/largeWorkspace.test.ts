import { describe, expect, it } from 'vitest';
import {
  countRecords,
  generateLargeWorkspace,
  loadLargeWorkspace,
  type LargeWorkspace,
} from '../../../src/demo/large/workspace';
import { allocate, createRandom, mulberry32 } from '../../../src/demo/large/random';
import { CaioDatabase, clientOwnedTables } from '../../../src/db/core/schema';
import { clientSchema, type Client } from '../../../src/domain/clients/client';
import { engagementEntryInputSchema } from '../../../src/domain/clients/engagement';
import { REGISTER_IDS, REGISTERS, validateFieldValue, type RegisterId } from '../../../src/domain/governance';
import {
  gateDecisionSchema,
  kpiSchema,
  measurementSchema,
  useCaseSchema,
} from '../../../src/domain/portfolio';
import { reportTextsSchema, slideConfigSchema } from '../../../src/domain/reports';
import { EvaluationSchema, VendorProfileSchema } from '../../../src/domain/vendors';
import { workshopIdeaSchema, workshopSchema } from '../../../src/domain/workshops';
import { freshDb } from '../db/testDb';

const SMALL = { seed: 7, scale: 0.1 } as const;
const small = generateLargeWorkspace(SMALL);

type Row = { id: string } & Record<string, unknown>;
const rows = (w: LargeWorkspace, table: string) => (w.tables[table] ?? []) as Row[];
/** Every k-th record, so the sample covers all clients without validating thousands of records. */
const sample = <T>(list: readonly T[], size = 40) =>
  list.filter((_, i) => i % Math.max(1, Math.floor(list.length / size)) === 0);

describe('seeded randomness', () => {
  it('mulberry32 repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, mulberry32(43))).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('allocate splits a total exactly and proportionally', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(100, [3, 1]).reduce((a, b) => a + b, 0)).toBe(100);
    expect(allocate(7, [])).toEqual([]);
  });

  it('forked streams do not depend on how much the parent was used', () => {
    const r1 = createRandom(5);
    const r2 = createRandom(5);
    r2.next();
    expect(r1.fork('x').next()).toBe(r2.fork('x').next());
  });
});

describe('generateLargeWorkspace', () => {
  it('is deterministic: the same seed gives the same workspace, another seed another one', () => {
    expect(JSON.stringify(generateLargeWorkspace(SMALL))).toBe(JSON.stringify(small));
    expect(JSON.stringify(generateLargeWorkspace({ ...SMALL, seed: 8 }))).not.toBe(JSON.stringify(small));
  });

  it('has the sizes of the issue at a tenth of the scale', () => {
    const counts = countRecords(small);
    expect(counts.clients).toBe(5);
    expect(counts.useCases).toBe(250);
    expect(counts.kpiMeasurements).toBe(2_500);
    expect(REGISTER_IDS.reduce((sum, id) => sum + (counts[id] ?? 0), 0)).toBe(500);
    expect(counts.vendorProfiles).toBe(50);
    expect(counts.evaluations).toBe(150);
    expect(counts.reports).toBe(20);
    expect(counts.workshops).toBe(10);
    expect(counts.workshopIdeas).toBe(200);
    const smoke = countRecords(generateLargeWorkspace({ seed: 1, scale: 0.02 }));
    expect([smoke.clients, smoke.useCases, smoke.kpiMeasurements, smoke.vendorProfiles]).toEqual([
      1, 50, 500, 10,
    ]);
  });

  it('keeps the largest client the same size in a larger workspace when it is anchored to a scale', () => {
    const ownCounts = (w: LargeWorkspace) =>
      Object.fromEntries(
        Object.keys(w.tables).map((t) => [
          t,
          rows(w, t).filter((r) => r.clientId === w.facts.largestClientId).length,
        ]),
      );
    const larger = generateLargeWorkspace({ ...SMALL, scale: 0.2, largestClientScale: SMALL.scale });
    expect(countRecords(larger).clients).toBe(10);
    expect(countRecords(larger).useCases).toBe(500);
    const sameSized = ownCounts(larger);
    const unanchored = ownCounts(generateLargeWorkspace({ ...SMALL, scale: 0.2 }));
    // Unanchored, the largest client's share shrinks slower than the workspace grows: it is larger.
    expect(unanchored.useCases).toBeGreaterThan(sameSized.useCases);
    const original = ownCounts(small);
    for (const table of ['useCases', 'kpiMeasurements', 'evaluations', 'reports', 'workshops'])
      expect(sameSized[table]).toBe(original[table]);
  }, 30_000);

  it('names the benchmark targets: the largest client, its heavy use case and largest register', () => {
    const { largestClientId, heavyUseCaseId, largestRegister } = small.facts;
    const perClient = new Map<string, number>();
    for (const uc of rows(small, 'useCases'))
      perClient.set(String(uc.clientId), (perClient.get(String(uc.clientId)) ?? 0) + 1);
    expect(Math.max(...perClient.values())).toBe(perClient.get(largestClientId));
    const heavy = rows(small, 'useCases').find((uc) => uc.id === heavyUseCaseId)!;
    expect(heavy.clientId).toBe(largestClientId);
    expect(heavy.stage).toBe('structural');
    const heavyMeasurements = rows(small, 'kpiMeasurements').filter(
      (m) => m.useCaseId === heavyUseCaseId,
    ).length;
    const perUseCase = new Map<string, number>();
    for (const m of rows(small, 'kpiMeasurements'))
      if (m.useCaseId !== heavyUseCaseId)
        perUseCase.set(String(m.useCaseId), (perUseCase.get(String(m.useCaseId)) ?? 0) + 1);
    const others = Math.max(...perUseCase.values());
    expect(heavyMeasurements).toBeGreaterThan(others);
    const ownRegister = rows(small, largestRegister.registerId).filter((r) => r.clientId === largestClientId);
    expect(ownRegister.length).toBe(largestRegister.count);
  });

  it('gives every client-owned record a clientId of an existing client, and links inside that client', () => {
    const clientIds = new Set(rows(small, 'clients').map((c) => c.id));
    const owned = clientOwnedTables(new CaioDatabase('large-workspace-schema')).map((t) => t.name);
    expect(owned).toContain('kpiMeasurements');
    for (const table of owned)
      for (const row of rows(small, table))
        expect(clientIds.has(String(row.clientId)), `${table} ${row.id}`).toBe(true);
    const clientOf = new Map(rows(small, 'useCases').map((uc) => [uc.id, uc.clientId]));
    const kpiOf = new Map(rows(small, 'kpis').map((k) => [k.id, k]));
    for (const k of rows(small, 'kpis')) expect(clientOf.get(String(k.useCaseId))).toBe(k.clientId);
    for (const m of rows(small, 'kpiMeasurements'))
      expect(kpiOf.get(String(m.kpiId))?.useCaseId).toBe(m.useCaseId);
    for (const risk of rows(small, 'risks'))
      for (const id of risk.useCaseIds as string[]) expect(clientOf.get(id)).toBe(risk.clientId);
    const workshopClient = new Map(rows(small, 'workshops').map((w) => [w.id, w.clientId]));
    for (const idea of rows(small, 'workshopIdeas')) {
      expect(workshopClient.get(String(idea.workshopId))).toBe(idea.clientId);
      if (idea.useCaseId) expect(clientOf.get(String(idea.useCaseId))).toBe(idea.clientId);
    }
    const vendorIds = new Set(rows(small, 'vendorProfiles').map((v) => v.id));
    for (const e of rows(small, 'evaluations'))
      for (const id of e.vendorIds as string[]) expect(vendorIds.has(id)).toBe(true);
    const ids = Object.values(small.tables)
      .flat()
      .map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes records that pass the domain schemas', () => {
    const check = (
      schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
      table: string,
    ) => {
      for (const row of sample(rows(small, table))) {
        const result = schema.safeParse(row);
        expect(result.success, `${table} ${row.id}: ${JSON.stringify(result.error)}`).toBe(true);
      }
    };
    check(clientSchema, 'clients');
    check(useCaseSchema, 'useCases');
    check(kpiSchema, 'kpis');
    check(measurementSchema, 'kpiMeasurements');
    check(gateDecisionSchema, 'gateDecisions');
    check(VendorProfileSchema, 'vendorProfiles');
    check(EvaluationSchema, 'evaluations');
    check(engagementEntryInputSchema, 'engagementLog');
    check(workshopSchema, 'workshops');
    check(workshopIdeaSchema, 'workshopIdeas');
    for (const report of sample(rows(small, 'reports'))) {
      expect(reportTextsSchema.safeParse(report.texts).success).toBe(true);
      expect(slideConfigSchema.safeParse(report.slides).success).toBe(true);
      expect((report.snapshot as { model: { client: { id: string } } }).model.client.id).toBe(
        report.clientId,
      );
    }
    for (const registerId of REGISTER_IDS as readonly RegisterId[]) {
      const register = REGISTERS[registerId];
      for (const record of sample(rows(small, registerId), 15)) {
        for (const key of Object.keys(register.shape)) {
          const outcome = validateFieldValue(register, key, record[key]);
          expect(
            outcome.ok,
            `${registerId}.${key} of ${record.id}: ${outcome.ok ? '' : outcome.message}`,
          ).toBe(true);
        }
        const issues =
          register.checks?.(record, { today: '2026-06-15', isNew: false, changed: new Set() }) ?? [];
        expect(issues, `${registerId} ${record.id}`).toEqual([]);
      }
    }
  });

  it('loads into the database table by table', async () => {
    const tiny = generateLargeWorkspace({ seed: 3, scale: 0.02 });
    const database = await freshDb();
    await database.clients.put({ ...(rows(tiny, 'clients')[0] as unknown as Client), id: 'left-over' });
    await loadLargeWorkspace(database, tiny);
    for (const [table, count] of Object.entries(countRecords(tiny)))
      expect(await database.table(table).count(), table).toBe(count);
    expect(await database.clients.get('left-over')).toBeUndefined();
  });
});
