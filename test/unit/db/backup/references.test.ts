import { beforeEach, describe, expect, it } from 'vitest';
import { createClientBundle, createWorkspaceBackup } from '../../../../src/db/backup/dump';
import { analyseBackupText, analyseOrThrow } from '../../../../src/db/backup/import';
import { importClient } from '../../../../src/db/backup/apply';
import {
  containsMarkup,
  parseBackupText,
  sealBackup,
  scanJsonShape,
  type BackupFile,
  type ProblemCode,
} from '../../../../src/domain/backup';
import { freshExtendedDb, seedTwoClients, snapshot, type ExtendedDb } from './testKit';

/**
 * Links the name rule cannot see (fields holding ids of several tables, the change history's entity
 * links), what a client file may bring in, tagged values, and inputs built to make checks backtrack.
 */

let source: ExtendedDb;
let workspace: ExtendedDb;
let valid: BackupFile;
let validClient: BackupFile;

beforeEach(async () => {
  source = await freshExtendedDb();
  await seedTwoClients(source);
  await source.table('risks').bulkAdd([
    { id: 'risk-a', clientId: 'client-a', title: 'Ferry schedule bias', createdAt: 'x', updatedAt: 'x' },
    { id: 'risk-b', clientId: 'client-b', title: 'Clinic triage error', createdAt: 'x', updatedAt: 'x' },
  ]);
  await source.table('governanceDecisions').bulkAdd([
    {
      id: 'dec-a',
      clientId: 'client-a',
      decision: 'Pause the pilot',
      relatedIds: ['risk-a'],
      useCaseIds: [],
      createdAt: 'x',
      updatedAt: 'x',
    },
  ]);
  await source.table('changes').add({
    id: 'ch-gone',
    clientId: 'client-a',
    entity: 'risks',
    entityId: 'risk-deleted',
    field: 'notes',
    oldValue: 'text the consultant deleted',
    newValue: '',
    at: '2026-03-02T10:00:00.000Z',
    by: 'consultant',
  });
  valid = (await createWorkspaceBackup(source, '1.0.0')).file;
  validClient = (await createClientBundle(source, 'client-a', '1.0.0')).file;
  workspace = await freshExtendedDb();
});

async function tampered(
  base: BackupFile,
  change: (tables: Record<string, Record<string, unknown>[]>) => void,
): Promise<string> {
  const copy = structuredClone(base) as unknown as BackupFile & {
    tables: Record<string, Record<string, unknown>[]>;
  };
  change(copy.tables);
  const { checksum: _checksum, ...content } = copy;
  return JSON.stringify(await sealBackup(content));
}

async function expectRejected(text: string, code: ProblemCode, message: RegExp): Promise<void> {
  const before = await snapshot(workspace);
  const result = await analyseBackupText(workspace, text);
  expect(result.ok, `expected ${code}`).toBe(false);
  if (result.ok) return;
  const found = result.problems.find((p) => p.code === code);
  expect(found?.message, JSON.stringify(result.problems)).toMatch(message);
  expect(found!.message).not.toMatch(/“undefined”|\[object Object\]/);
  expect(await snapshot(workspace)).toEqual(before);
}

const decision = (t: Record<string, Record<string, unknown>[]>) => t.governanceDecisions[0];

describe('fields that hold ids of several tables (relatedIds)', () => {
  it('accepts links to any of the tables the field may point at', async () => {
    const result = await analyseBackupText(workspace, JSON.stringify(valid));
    expect(result.ok).toBe(true);
  });

  it('refuses a link to a record that is in none of them', async () => {
    await expectRejected(
      await tampered(valid, (t) => (decision(t).relatedIds = ['risk-a', 'nowhere'])),
      'missing-reference',
      /governance decisions record “dec-a” \(Pause the pilot\) refers to .*risks or .* record “nowhere” \(field “relatedIds\[\]”\).*Export the file again/,
    );
  });

  it('refuses a link to another client’s record', async () => {
    await expectRejected(
      await tampered(valid, (t) => (decision(t).relatedIds = ['risk-b'])),
      'foreign-client',
      /refers to risks record “risk-b” of another client \(field “relatedIds\[\]”\)/,
    );
  });
});

describe('the change history', () => {
  it('refuses an entry about another client’s record', async () => {
    await expectRejected(
      await tampered(valid, (t) => (t.changes.find((c) => c.id === 'ch-a1')!.entityId = 'client-b')),
      'foreign-client',
      /change history entry|changes record “ch-a1”.*records a change of clients record “client-b”, which belongs to another client/,
    );
    await expectRejected(
      await tampered(valid, (t) =>
        Object.assign(
          t.changes.find((c) => c.id === 'ch-a1')!,
          { entity: 'risks', entityId: 'risk-b' },
        ),
      ),
      'foreign-client',
      /change of risks record “risk-b”, which belongs to another client/,
    );
  });

  it('refuses an entry about a table that does not exist', async () => {
    await expectRejected(
      await tampered(valid, (t) => (t.changes[0].entity = 'secrets')),
      'invalid-field',
      /about table “secrets”, which is not a table of CAIO Desk \(field “entity”\)/,
    );
  });

  it('keeps the history of deleted records in a workspace backup', async () => {
    const analysis = await analyseOrThrow(workspace, JSON.stringify(valid));
    expect(analysis.records.changes.map((c) => c.id)).toContain('ch-gone');
  });
});

describe('a client file brings only what the client needs', () => {
  it('leaves out library records nothing refers to and history of records not in the file, with a note', async () => {
    const text = await tampered(validClient, (t) => {
      t.playbooks.push({ id: 'pb-2', title: 'Unused playbook' });
      t.changes.push({
        id: 'ch-x',
        clientId: 'client-a',
        entity: 'engagementLog',
        entityId: 'e-b1',
        field: 'note',
        oldValue: 'B text',
        newValue: '',
        at: '2026-03-02T10:00:00.000Z',
        by: 'consultant',
      });
    });
    const analysis = await analyseOrThrow(workspace, text);
    expect(analysis.records.playbooks.map((p) => p.id)).toEqual(['pb-1']);
    expect(analysis.records.changes.map((c) => c.id)).not.toContain('ch-x');
    expect(analysis.records.changes.map((c) => c.id)).not.toContain('ch-gone');
    expect(analysis.notes).toEqual([
      '1 playbooks record that nothing of this client refers to was left out.',
      expect.stringMatching(/^2 change-history entries about records that are not in the file/),
    ]);
    await importClient(workspace, analysis, 'new');
    expect(await workspace.table('playbooks').get('pb-2')).toBeUndefined();
    expect(await workspace.table('changes').get('ch-x')).toBeUndefined();
  });
});

describe('tagged values', () => {
  it('refuses a record that is itself a tagged value', async () => {
    await expectRejected(
      await tampered(valid, (t) => (t.fieldNotes[0] = { '$caio:undefined': true })),
      'tagged-record',
      /field notes entry 1 is a single tagged value \(“\$caio:undefined”\), not a record/,
    );
    await expectRejected(
      await tampered(valid, (t) => (t.fieldNotes[0] = { '$caio:date': '2026-01-01T00:00:00.000Z' })),
      'tagged-record',
      /not a record/,
    );
  });

  it('refuses dates that cannot be read and tags CAIO Desk does not write', async () => {
    for (const bad of ['Invalid Date', '2026-02-30T00:00:00.000Z', 'tomorrow', 42]) {
      await expectRejected(
        await tampered(valid, (t) => (t.fieldNotes[0].seenAt = { '$caio:date': bad })),
        'bad-tagged-value',
        /field notes record “fn-a1” holds “seenAt”: the date .* is not a valid date and time/,
      );
    }
    await expectRejected(
      await tampered(valid, (t) => (t.fieldNotes[0].seenAt = { '$caio:regexp': '.*' })),
      'bad-tagged-value',
      /“\$caio:regexp” is not a kind of value CAIO Desk writes/,
    );
  });
});

describe('inputs built to make checks backtrack run in linear time', () => {
  // With the old regular expressions each of these took minutes; the test's own timeout catches a regression.
  const size = 400_000;
  it('the markup check', () => {
    for (const text of [
      '<'.repeat(size),
      `<a${' '.repeat(size)}`,
      'on'.repeat(size),
      ` on${'a'.repeat(size)}`,
      `< /${' '.repeat(size)}`,
    ])
      expect(typeof containsMarkup(text)).toBe('boolean');
    expect(containsMarkup('<b>bold</b>')).toBe(true);
    expect(containsMarkup('a onclick = "x"')).toBe(true);
    expect(containsMarkup('JavaScript:alert(1)')).toBe(true);
    expect(containsMarkup('2 < 3 and 4 > 1')).toBe(false);
    expect(containsMarkup('Sponsor: Ron (Operations)')).toBe(false);
  });

  it('the truncation and depth scan', async () => {
    expect(scanJsonShape(`{"a":"${'\\"'.repeat(size)}`)).toMatchObject({ unclosed: true, openString: true });
    const unterminated = `{"format":"caio-desk-backup","x":[${'"a\\"b,'.repeat(size / 4)}`;
    const result = await parseBackupText(unterminated, { currentSchemaVersion: 1 });
    expect(!result.ok && result.problems[0].code).toBe('truncated');
  });
});
