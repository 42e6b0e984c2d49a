import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DBCoreCursor, Middleware, DBCore } from 'dexie';
import { CaioDatabase } from '../../../../src/db/core/schema';
import { gateDecisionsForClient, measurementsForClient } from '../../../../src/db/portfolio/useCases';
import { resolvedUseCasesForClient } from '../../../../src/db/portfolio/useCaseSystems';
import {
  latestValidMeasurement,
  portfolioSummaryRecords,
} from '../../../../src/db/portfolio/latestMeasurements';
import {
  KPI_UNITS,
  STAGES,
  kpisCountedForValue,
  portfolioOverview,
  portfolioSummary,
  validMeasurements,
  type Kpi,
  type Measurement,
} from '../../../../src/domain/portfolio';
import {
  CLIENT,
  OTHER_CLIENT,
  TODAY,
  makeKpi,
  makeMeasurement,
  makeUseCase,
} from '../../domain/portfolio/fixtures';

let counter = 0;
/** A fresh database that counts the distinct measurements IndexedDB hands out (queries and cursors). */
async function countingDb() {
  const seen = new Set<unknown>();
  const database = new CaioDatabase(`latest-${Date.now()}-${counter++}`);
  const counting: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'count-measurements',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'kpiMeasurements') return table;
        const wrap = (cursor: DBCoreCursor | null): DBCoreCursor | null =>
          cursor &&
          (Object.create(cursor, {
            key: { get: () => cursor.key },
            primaryKey: { get: () => cursor.primaryKey },
            value: { get: () => (seen.add(cursor.primaryKey), cursor.value) },
          }) as DBCoreCursor);
        return {
          ...table,
          query: (req) =>
            table.query(req).then((res) => {
              if (req.values) for (const m of res.result as Measurement[]) seen.add(m.id);
              return res;
            }),
          openCursor: (req) => table.openCursor(req).then(wrap),
        };
      },
    }),
  };
  database.use(counting);
  await database.open();
  return { database, seen };
}

// Few days and stamps, so that measurements share a day (and a stamp) often; most KPIs count for value.
const DAYS = ['2026-01-05', '2026-03-20', '2026-03-21'];
const measurementArb = fc.record({
  kpi: fc.nat(3),
  date: fc.constantFrom(...DAYS),
  createdAt: fc.constantFrom('2026-01-01T08:00:00.000Z', '2026-03-01T08:00:00.000Z'),
  value: fc.oneof(fc.integer({ min: -50, max: 200 }), fc.constant(Number.NaN)),
  other: fc.boolean(),
  id: fc.string({ minLength: 1, maxLength: 4 }),
});
const kpiArb = fc.record({
  useCase: fc.nat(2),
  unit: fc.oneof(fc.constantFrom(...KPI_UNITS), fc.constantFrom('hours-per-month', 'eur-per-year')),
  tasks: fc.option(fc.integer({ min: 1, max: 500 })),
  baselineValue: fc.option(fc.integer({ min: 0, max: 100 })),
  baselineDate: fc.option(fc.constantFrom(...DAYS)),
});

describe('the overview reads the latest valid measurement of each KPI through its index', () => {
  it('gives the same portfolio card figures as the overview over every measurement of the client', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom(...STAGES), fc.constant('pilot' as const)), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.array(kpiArb, { minLength: 1, maxLength: 4 }),
        fc.array(measurementArb, { maxLength: 40 }),
        async (stages, kpiSpecs, measurementSpecs) => {
          const { database } = await countingDb();
          const useCases = stages.map((stage, i) =>
            makeUseCase({ id: `uc-${i}`, stage, stageHistory: [{ stage, date: '2026-01-01' }] }),
          );
          const kpis: Kpi[] = kpiSpecs.map((k, i) =>
            makeKpi({
              id: `kpi-${i}`,
              useCaseId: `uc-${k.useCase}`,
              unit: k.unit,
              tasksPerMonth: k.tasks,
              baselineValue: k.baselineValue,
              baselineDate: k.baselineDate,
            }),
          );
          const byId = new Map<string, Measurement>();
          for (const s of measurementSpecs) {
            const kpi = kpis[s.kpi % kpis.length];
            const m = makeMeasurement(kpi, s.date, s.value, { createdAt: s.createdAt, id: `m-${s.id}` });
            byId.set(m.id, s.other ? { ...m, clientId: OTHER_CLIENT } : m);
          }
          await database.useCases.bulkAdd(useCases);
          await database.kpis.bulkAdd(kpis);
          await database.kpiMeasurements.bulkAdd([...byId.values()]);

          // Before: the card read every measurement of the client and took the overview of them.
          const [resolved, all, decisions] = await Promise.all([
            resolvedUseCasesForClient(database, CLIENT),
            measurementsForClient(database, CLIENT),
            gateDecisionsForClient(database, CLIENT),
          ]);
          const before = portfolioOverview(resolved, kpis, all, decisions, 2, TODAY);
          const records = await portfolioSummaryRecords(database, CLIENT, TODAY);
          const now = portfolioSummary(
            records.useCases,
            records.kpis,
            (kpi) => records.latest.get(kpi.id),
            records.decisions,
            2,
            TODAY,
          );
          const { overrides, activeKpiStatusCounts, ...summaryBefore } = before;
          void overrides;
          void activeKpiStatusCounts;
          expect(now).toEqual(summaryBefore);
          for (const kpi of kpisCountedForValue(resolved, kpis))
            expect(await latestValidMeasurement(database, CLIENT, kpi, TODAY)).toEqual(
              validMeasurements(kpi, all, TODAY).at(-1),
            );
          database.close();
          await database.delete();
        },
      ),
      { numRuns: 80 },
    );
  }, 120_000);

  it('on a day with several measurements, the one recorded last counts, as in validMeasurements', async () => {
    const { database } = await countingDb();
    const kpi = makeKpi({ baselineDate: null });
    const stamp = (day: string) => ({ createdAt: `${day}T08:00:00.000Z` });
    const log = [
      makeMeasurement(kpi, '2026-03-01', 1, { id: 'm-a', ...stamp('2026-03-03') }),
      makeMeasurement(kpi, '2026-03-01', 2, { id: 'm-b', ...stamp('2026-03-02') }),
      makeMeasurement(kpi, '2026-03-01', 3, { id: 'm-c', ...stamp('2026-03-02') }),
      makeMeasurement(kpi, '2026-02-01', 4, { id: 'm-d' }),
      makeMeasurement(kpi, '2026-02-10', Number.NaN, { id: 'm-e' }),
      makeMeasurement(kpi, '2026-02-11', 6, { id: 'm-f', clientId: OTHER_CLIENT }),
    ];
    await database.kpiMeasurements.bulkAdd(log);
    const own = log.filter((m) => m.clientId === CLIENT);
    expect(validMeasurements(kpi, own, TODAY).at(-1)?.id).toBe('m-a');
    expect((await latestValidMeasurement(database, CLIENT, kpi, TODAY))?.id).toBe('m-a');
    await database.kpiMeasurements.delete('m-a');
    expect((await latestValidMeasurement(database, CLIENT, kpi, TODAY))?.id).toBe('m-c');
    // A newer row that does not count (no number, another client's) is passed over.
    await database.kpiMeasurements.bulkAdd([
      makeMeasurement(kpi, '2026-03-15', Number.NaN, { id: 'm-g' }),
      makeMeasurement(kpi, '2026-03-16', 7, { id: 'm-h', clientId: OTHER_CLIENT }),
    ]);
    expect((await latestValidMeasurement(database, CLIENT, kpi, TODAY))?.id).toBe('m-c');
  });

  it('reads two measurements per counted KPI, not its whole log', async () => {
    const { database, seen } = await countingDb();
    const useCase = makeUseCase({
      id: 'uc-heavy',
      stage: 'structural',
      stageHistory: [{ stage: 'structural', date: '2025-06-01' }],
    });
    const kpi = makeKpi({ useCaseId: useCase.id, unit: 'hours-per-week', baselineDate: '2025-06-01' });
    const log = Array.from({ length: 300 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 5, 2 + i)).toISOString().slice(0, 10);
      return makeMeasurement(kpi, day, 45 - i / 10);
    });
    await database.useCases.add(useCase);
    await database.kpis.add(kpi);
    await database.kpiMeasurements.bulkAdd(log);

    const records = await portfolioSummaryRecords(database, CLIENT, TODAY);
    expect(records.latest.get(kpi.id)).toEqual(validMeasurements(kpi, log, TODAY).at(-1));
    expect(seen.size).toBeLessThanOrEqual(2);
  });
});
