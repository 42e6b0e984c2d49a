import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBackupFile, dumpWorkspace } from '../../../../src/db/backup/dump';
import { analyseOrThrow } from '../../../../src/db/backup/import';
import { restoreWorkspace } from '../../../../src/db/backup/apply';
import { buildDemoRecords, loadDemoWorkspace } from '../../../../src/demo/workspace';
import { CaioDatabase } from '../../../../src/db/core/schema';
import { decodeRecord, type BackupFile } from '../../../../src/domain/backup';
import { freshDb } from '../testDb';
import { createReport, freezeReport } from '../../../../src/db/reports/reports';
import { liveReportModel } from '../../../../src/db/reports/sources';
import { compareReports } from '../../../../src/domain/reports/deltas';

/**
 * Each schema version has a fixture: a backup file written by that version (test/fixtures/schema-vN.json).
 * Every fixture must open with the current code, through the real import path, with every record intact.
 * To (re)write the fixture of the CURRENT version from the demo workspace:
 *   UPDATE_SCHEMA_FIXTURE=1 npx vitest run test/unit/db/backup/schemaFixtures.test.ts
 * Never rewrite the fixture of a version that has shipped: add the next one instead (see README).
 */

const FIXTURES = 'test/fixtures';
const FIXED_NOW = new Date('2026-01-15T09:00:00.000Z');
const current = new CaioDatabase('fixture-version-probe').verno;

function fixtureFiles(): { version: number; file: string }[] {
  return readdirSync(FIXTURES)
    .map((file) => ({ file, match: /^schema-v(\d+)\.json$/.exec(file) }))
    .filter((f) => f.match)
    .map((f) => ({ version: Number(f.match![1]), file: path.join(FIXTURES, f.file) }))
    .sort((a, b) => a.version - b.version);
}

/** The demo has no board report: one frozen report (with its snapshot) so the reports table is covered. */
async function addFixtureReport(database: CaioDatabase, clientId: string): Promise<void> {
  const client = (await database.clients.get(clientId))!;
  const created = await createReport(database, clientId, '2025-Q4', {
    headlines: ['Pilots on track'],
    overallStatus: 'green',
    decisionsRequested: [],
    nextSteps: ['Scale the job postings pilot'],
    notDoing: [],
  });
  const model = await liveReportModel(database, client, '2025-Q4', '2026-01-15');
  const frozen = await freezeReport(database, created.id, model, compareReports(null, model));
  await database.table('reports').delete(created.id);
  await database.table('reports').add({
    ...frozen,
    id: 'fixture-report-q4',
    createdAt: FIXED_NOW.toISOString(),
    updatedAt: FIXED_NOW.toISOString(),
    exportedAt: FIXED_NOW.toISOString(),
  });
}

async function writeCurrentFixture(): Promise<void> {
  const database = await freshDb();
  await loadDemoWorkspace(database, { today: '2026-01-15', now: FIXED_NOW.toISOString() });
  const clientId = (await database.clients.toCollection().first())!.id;
  await database.changes.add({
    id: 'fixture-change-1',
    clientId,
    entity: 'clients',
    entityId: clientId,
    field: 'notes',
    oldValue: '',
    newValue: 'Notes with ünïcödé, 日本語 and <b>markup</b>',
    at: FIXED_NOW.toISOString(),
    by: 'consultant',
  });
  await database.settings.put({ key: 'welcomeDone', value: true });
  await addFixtureReport(database, clientId);
  const written = await buildBackupFile(database, await dumpWorkspace(database), {
    kind: 'workspace',
    clientId: null,
    appVersion: 'fixture',
    now: FIXED_NOW,
  });
  writeFileSync(
    path.join(FIXTURES, `schema-v${database.verno}.json`),
    `${JSON.stringify(written.file, null, 1)}\n`,
  );
}

describe('schema fixtures', () => {
  it.runIf(process.env.UPDATE_SCHEMA_FIXTURE === '1')(
    'writes the fixture of the current schema version',
    writeCurrentFixture,
  );

  it('has a fixture for every schema version up to the current one', () => {
    expect(fixtureFiles().map((f) => f.version)).toEqual(Array.from({ length: current }, (_, i) => i + 1));
  });

  it.each(fixtureFiles())(
    'opens the fixture of schema version $version with every record intact',
    async ({ version, file }) => {
      const fixture = JSON.parse(readFileSync(file, 'utf8')) as BackupFile;
      expect(fixture.schemaVersion).toBe(version);
      const database = await freshDb();
      const analysis = await analyseOrThrow(database, readFileSync(file, 'utf8'));
      await restoreWorkspace(database, analysis);
      const restored = await dumpWorkspace(database);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const expected = rows.map((r) => decodeRecord(r));
        // Same version: identical. Older versions: add what each migration changes below, per version.
        if (version === current) expect(restored[table], table).toEqual(expected);
        else expect(restored[table]?.length, table).toBe(expected.length);
      }
    },
  );

  it('the current fixture covers every table of the schema, with records wherever the demo has some', () => {
    const latest = fixtureFiles().at(-1)!;
    const fixture = JSON.parse(readFileSync(latest.file, 'utf8')) as BackupFile;
    const database = new CaioDatabase('fixture-coverage-probe');
    const demoTables = buildDemoRecords({ today: '2026-01-15', now: FIXED_NOW.toISOString() });
    for (const table of database.tables) {
      const hint = `table “${table.name}” is missing from ${latest.file}: run UPDATE_SCHEMA_FIXTURE=1 npx vitest run test/unit/db/backup/schemaFixtures.test.ts`;
      expect(Object.keys(fixture.tables), hint).toContain(table.name);
      if ((demoTables.get(table.name)?.length ?? 0) > 0)
        expect(fixture.tables[table.name].length, hint).toBeGreaterThan(0);
    }
    expect(fixture.tables.changes.length).toBeGreaterThan(0);
    expect(fixture.tables.settings.length).toBeGreaterThan(0);
  });
});
