import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { importClient, restoreWorkspace } from '../../../../src/db/backup/apply';
import { createClientBundle, createWorkspaceBackup } from '../../../../src/db/backup/dump';
import { analyseBackupText } from '../../../../src/db/backup/import';
import { describeTables } from '../../../../src/db/core/tables';
import { sealBackup, validateContent, type BackupFile } from '../../../../src/domain/backup';
import { freshExtendedDb, seedTwoClients, snapshot } from './testKit';

/**
 * Fuzzing the import with mutations of a real backup (keys, values, structure), the checksum
 * recomputed so the record checks must do the work. Every mutation is either refused with a specific
 * message and the database untouched, or accepted and the result keeps every invariant: it backs up
 * again into a file that passes every check (references, client ownership, schemas). No case may take
 * more than 2 seconds.
 */

type Tables = Record<string, unknown[]>;
type Mutation = (tables: Tables, pick: (n: number) => number) => void;

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(
    { '$caio:date': 'not a date' },
    { '$caio:date': '2026-02-30T00:00:00.000Z' },
    { '$caio:undefined': true },
    { '$caio:bytes': '@@' },
    { '$caio:unknown': 1 },
    '<script>alert(1)</script>',
    '=HYPERLINK("http://x")',
    'data:text/html;base64,PHNjcmlwdD4=',
    `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')}`,
    'client-b',
    'client-a',
    'pb-3',
    'fn-b1',
    null,
    '',
  ),
);
const hostileKey = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    '',
    'id',
    'clientId',
    'playbookId',
    'entity',
    'entityId',
    'relatedIds',
    'a\u0000b',
    '$caio:date',
  ),
);

function records(tables: Tables): { table: string; index: number; record: Record<string, unknown> }[] {
  return Object.entries(tables).flatMap(([table, rows]) =>
    rows.map((record, index) => ({ table, index, record: record as Record<string, unknown> })),
  );
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Values: any field of any record gets a hostile value.
  fc.tuple(hostileKey, hostileValue).map(([key, value]): Mutation => (tables, pick) => {
    const all = records(tables);
    const target = all[pick(all.length)];
    const fields = Object.keys(target.record);
    const field = fields.length && key.length % 2 === 0 ? fields[pick(fields.length)] : key;
    Object.defineProperty(target.record, field, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }),
  // Keys: a field is renamed or deleted.
  hostileKey.map((key): Mutation => (tables, pick) => {
    const all = records(tables);
    const target = all[pick(all.length)].record;
    const fields = Object.keys(target);
    if (fields.length === 0) return;
    const field = fields[pick(fields.length)];
    const value = target[field];
    delete target[field];
    if (key)
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  }),
  // Structure: records duplicated, moved, replaced, wrapped, nested; tables removed or invented.
  fc.constantFrom<Mutation>(
    (tables, pick) => {
      const all = records(tables);
      const target = all[pick(all.length)];
      tables[target.table].push(structuredClone(target.record));
    },
    (tables, pick) => {
      const all = records(tables);
      const target = all[pick(all.length)];
      const names = Object.keys(tables);
      tables[names[pick(names.length)]].push(target.record);
      tables[target.table].splice(target.index, 1);
    },
    (tables, pick) => {
      const all = records(tables);
      const target = all[pick(all.length)];
      tables[target.table][target.index] = { '$caio:undefined': true };
    },
    (tables, pick) => {
      const all = records(tables);
      const target = all[pick(all.length)];
      tables[target.table][target.index] = [target.record];
    },
    (tables, pick) => {
      const all = records(tables);
      let deep: unknown = 'x';
      for (let i = 0; i < 40; i++) deep = { a: deep };
      all[pick(all.length)].record.nested = deep;
    },
    (tables, pick) => {
      const names = Object.keys(tables);
      delete tables[names[pick(names.length)]];
    },
    (tables) => {
      tables.invented = [{ id: 'x' }];
    },
  ),
);

let valid: { workspace: BackupFile; client: BackupFile };

beforeAll(async () => {
  const source = await freshExtendedDb();
  await seedTwoClients(source);
  valid = {
    workspace: (await createWorkspaceBackup(source, '1.0.0')).file,
    client: (await createClientBundle(source, 'client-a', '1.0.0')).file,
  };
});

async function mutated(base: BackupFile, mutations: Mutation[], seed: number): Promise<string | null> {
  const copy = structuredClone(base) as BackupFile & { tables: Tables };
  let state = seed;
  const pick = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return n <= 0 ? 0 : state % n;
  };
  for (const m of mutations) m(copy.tables, pick);
  const { checksum: _checksum, ...content } = copy;
  try {
    return JSON.stringify(await sealBackup(content));
  } catch {
    return null;
  }
}

describe('fuzzing the import with mutated backups', () => {
  it('refuses with a specific message and changes nothing, or accepts with every invariant intact', async () => {
    const workspace = await freshExtendedDb();
    await seedTwoClients(workspace);
    const tables = describeTables(workspace);
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.nat(),
        async (asClient, mutations, seed) => {
          const text = await mutated(asClient ? valid.client : valid.workspace, mutations, seed);
          if (text === null) return;
          const started = performance.now();
          const before = await snapshot(workspace);
          const result = await analyseBackupText(workspace, text);
          if (!result.ok) {
            refused++;
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) {
              expect(p.message.length).toBeGreaterThan(20);
              expect(p.message).not.toMatch(
                /record “undefined”|\[object Object\]|Cannot read properties|could not be checked/,
              );
            }
            expect(await snapshot(workspace)).toEqual(before);
          } else {
            accepted++;
            // The same workspace, written to for real: a client file comes in as a copy (its id is taken).
            const target = await freshExtendedDb();
            await seedTwoClients(target);
            const analysis = await analyseBackupText(target, text);
            expect(analysis.ok).toBe(true);
            if (!analysis.ok) return;
            if (asClient) await importClient(target, analysis.value, 'copy');
            else await restoreWorkspace(target, analysis.value);
            const again = await createWorkspaceBackup(target, '1.0.0');
            const check = validateContent(again.file, { tables });
            expect(check.ok, JSON.stringify(!check.ok && check.problems)).toBe(true);
            target.close();
          }
          expect(performance.now() - started, 'one case took more than 2 s').toBeLessThan(2000);
        },
      ),
      { numRuns: 150 },
    );
    expect(refused).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
  }, 300_000);
});
