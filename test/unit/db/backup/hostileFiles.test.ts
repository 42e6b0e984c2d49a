import { beforeEach, describe, expect, it } from 'vitest';
import { createClientBundle, createWorkspaceBackup } from '../../../../src/db/backup/dump';
import { analyseBackupText, analyseOrThrow } from '../../../../src/db/backup/import';
import { importClient, restoreWorkspace } from '../../../../src/db/backup/apply';
import {
  MAX_BACKUP_BYTES,
  sealBackup,
  type BackupFile,
  type ProblemCode,
} from '../../../../src/domain/backup';
import { freshExtendedDb, seedTwoClients, snapshot, type ExtendedDb } from './testKit';

/**
 * Malformed and hostile files: each is refused with its own message, and the workspace is exactly as
 * it was (a full dump before and after is compared).
 */

let workspace: ExtendedDb;
let valid: BackupFile;
let validClient: BackupFile;

beforeEach(async () => {
  const source = await freshExtendedDb();
  await seedTwoClients(source);
  valid = (await createWorkspaceBackup(source, '1.0.0')).file;
  validClient = (await createClientBundle(source, 'client-a', '1.0.0')).file;
  workspace = await freshExtendedDb();
  await seedTwoClients(workspace);
  await workspace.clients.update('client-a', { notes: 'Workspace state before the import' });
});

/** A tampered copy with a correct checksum, so the record checks (not the checksum) must catch it. */
async function tampered(
  base: BackupFile,
  change: (tables: Record<string, Record<string, unknown>[]>, file: Record<string, unknown>) => void,
): Promise<string> {
  const copy = structuredClone(base) as unknown as Record<string, unknown> & {
    tables: Record<string, Record<string, unknown>[]>;
  };
  change(copy.tables, copy);
  const { checksum: _checksum, ...content } = copy as unknown as BackupFile;
  return JSON.stringify(await sealBackup(content));
}

async function expectRejected(text: string, code: ProblemCode, message: RegExp): Promise<void> {
  const before = await snapshot(workspace);
  const result = await analyseBackupText(workspace, text);
  expect(result.ok, `expected ${code}`).toBe(false);
  if (result.ok) return;
  expect(result.problems.map((p) => p.code)).toContain(code);
  expect(result.problems.find((p) => p.code === code)!.message).toMatch(message);
  // The import path as the UI uses it refuses too, and writes nothing.
  await expect(analyseOrThrow(workspace, text)).rejects.toThrow();
  expect(await snapshot(workspace)).toEqual(before);
}

describe('files that are not backups', () => {
  it.each([
    ['a PDF', '%PDF-1.7\n%âãÏÓ\n1 0 obj', 'not-json', /not JSON text/],
    ['binary garbage', '\u0000\u0001PK\u0003\u0004garbage', 'not-json', /not JSON text/],
    ['an empty file', '   \n', 'empty', /empty/],
    ['JSON that is not a backup', '{"hello": "world"}', 'not-backup', /not a CAIO Desk backup/],
    ['a JSON array', '[1, 2, 3]', 'not-backup', /not a CAIO Desk backup/],
    [
      'broken JSON in the middle',
      '{"format": "caio-desk-backup", "x": [1, 2,, 3]}',
      'not-json',
      /not valid JSON/,
    ],
  ])('refuses %s', async (_name, text, code, message) => {
    await expectRejected(text, code as ProblemCode, message);
  });

  it('refuses a truncated file', async () => {
    const text = JSON.stringify(valid);
    for (const cut of [0.3, 0.6, 0.99])
      await expectRejected(text.slice(0, Math.floor(text.length * cut)), 'truncated', /incomplete.*cut off/);
  });

  it('refuses an oversized file before parsing it', async () => {
    const huge = `{"format":"caio-desk-backup","pad":"${'x'.repeat(MAX_BACKUP_BYTES)}"}`;
    await expectRejected(huge, 'too-large', /100\.0 MB/);
  });
});

describe('header, versions and checksum', () => {
  it('refuses a file from a newer format version', async () => {
    await expectRejected(
      JSON.stringify({ ...valid, formatVersion: 2 }),
      'newer-format',
      /newer version of CAIO Desk \(backup format 2; this version reads format 1\)/,
    );
  });

  it('refuses data from a newer database version', async () => {
    await expectRejected(
      JSON.stringify({ ...valid, schemaVersion: 7 }),
      'newer-schema',
      /database version 7; this version has 1/,
    );
  });

  it('refuses a file whose content no longer matches its checksum', async () => {
    const text = JSON.stringify(valid).replace('Brightwater Clinics', 'Brightwater Clinicz');
    await expectRejected(text, 'bad-checksum', /checksum does not match/);
  });

  it('refuses a damaged header', async () => {
    await expectRejected(
      await tampered(valid, (_t, f) => (f.createdAt = 'yesterday')),
      'bad-header',
      /“createdAt”/,
    );
    await expectRejected(
      await tampered(validClient, (_t, f) => (f.clientId = null)),
      'bad-header',
      /client file must name its client/,
    );
  });
});

describe('records', () => {
  it('refuses a record missing a required field', async () => {
    await expectRejected(
      await tampered(valid, (t) => delete t.clients[0].name),
      'missing-field',
      /clients record “client-a”.*missing the required field “name”/,
    );
  });

  it('refuses a record with an invalid field', async () => {
    await expectRejected(
      await tampered(valid, (t) => (t.clients[1].pilotLimit = 99)),
      'invalid-field',
      /“pilotLimit”: The pilot limit must be a whole number from 1 to 20/,
    );
  });

  it('refuses a record without an id, a duplicate id and a non-record', async () => {
    await expectRejected(
      await tampered(valid, (t) => delete t.fieldNotes[0].id),
      'missing-field',
      /field notes entry 1 has no valid “id”.*Export the file again/,
    );
    await expectRejected(
      await tampered(valid, (t) => t.engagementLog.push({ ...t.engagementLog[0] })),
      'duplicate-id',
      /Two engagement log records have the same id “e-a1”/,
    );
    await expectRejected(
      await tampered(valid, (t) => (t.playbooks as unknown[]).push('just text')),
      'bad-record',
      /The playbooks entry 4 is not a record. Use a backup or client file exported by CAIO Desk./,
    );
    await expectRejected(
      await tampered(valid, (t) => (t.fieldNotes[0].blob = { '$caio:bytes': '!!' })),
      'bad-tagged-value',
      /field notes record “fn-a1” holds “blob”: the binary data is not valid base64/,
    );
  });

  it('refuses a table this version does not know', async () => {
    await expectRejected(
      await tampered(valid, (t) => (t.secretStuff = [{ id: 'x' }])),
      'unknown-table',
      /table “secretStuff”/,
    );
  });

  it('refuses a reference to a record that does not exist', async () => {
    await expectRejected(
      await tampered(valid, (t) => (t.fieldNotes[0].playbookId = 'pb-missing')),
      'missing-reference',
      /refers to playbooks record “pb-missing” \(field “playbookId”\), which does not exist/,
    );
  });

  it('refuses a record of a client that is not in the file', async () => {
    await expectRejected(
      await tampered(valid, (t) => (t.engagementLog[0].clientId = 'client-ghost')),
      'unknown-client',
      /belongs to client “client-ghost”, which is not in the file/,
    );
  });

  it('refuses links between two clients’ records', async () => {
    await expectRejected(
      await tampered(valid, (t) => (t.fieldNotes[0].fieldNoteId = 'fn-b1')),
      'foreign-client',
      /refers to field notes record “fn-b1” of another client/,
    );
  });

  it('refuses a client file carrying another client’s records', async () => {
    await expectRejected(
      await tampered(validClient, (t) =>
        t.engagementLog.push({
          id: 'e-x',
          clientId: 'client-b',
          date: '2026-01-01',
          hours: 1,
          activity: 'x',
          note: '',
          createdAt: 'x',
          updatedAt: 'x',
        }),
      ),
      'foreign-client',
      /belongs to another client/,
    );
    await expectRejected(
      await tampered(validClient, (t) => t.clients.push({ ...t.clients[0], id: 'client-b' })),
      'foreign-client',
      /exactly its own client/,
    );
  });

  it('refuses an image that is not an image', async () => {
    const fakePng = `data:image/png;base64,${btoa('this is plain text, not a PNG')}`;
    await expectRejected(
      await tampered(valid, (t) => (t.clients[0].logo = fakePng)),
      'bad-image',
      /“logo” holds an image that is not valid: This file is not an image/,
    );
    const scriptSvg = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')}`;
    await expectRejected(
      await tampered(valid, (t) => (t.clients[0].logo = scriptSvg)),
      'bad-image',
      /contains scripts/,
    );
    await expectRejected(
      await tampered(valid, (t) => (t.fieldNotes[0].attachment = 'data:text/html;base64,PHNjcmlwdD4=')),
      'bad-image',
      /“text\/html” data where only PNG, JPEG or SVG/,
    );
    const jpegLabelledPng = `data:image/png;base64,${btoa(String.fromCharCode(0xff, 0xd8, 0xff, 0xe0, 1, 2, 3))}`;
    await expectRejected(
      await tampered(valid, (t) => (t.clients[0].logo = jpegLabelledPng)),
      'bad-image',
      /says it holds a image\/png image but the content is image\/jpeg/,
    );
  });
});

describe('structures built to break the reader', () => {
  it('refuses absurdly deep nesting without crashing', async () => {
    const depth = 200_000;
    const text = JSON.stringify(valid).replace(
      '"text":"Straße"',
      `"text":${'['.repeat(depth)}"x"${']'.repeat(depth)}`,
    );
    expect(text.length).toBeGreaterThan(depth * 2);
    await expectRejected(
      text,
      'too-deep',
      /nested 200\d{3} levels deep.*at most 32 levels deep.*use a backup or client file exported by CAIO Desk/,
    );
  });

  it('refuses nesting deep enough to exhaust the checker, without crashing', async () => {
    for (const depth of [3_000, 8_000]) {
      let deep: unknown = 'x';
      for (let i = 0; i < depth; i++) deep = { a: deep };
      const text = await tampered(valid, (t) => (t.fieldNotes[0].nested = deep as never)).catch(() => null);
      if (text) await expectRejected(text, 'too-deep', /nested \d+ levels deep/);
    }
    expect(await snapshot(workspace)).toBeDefined();
  });

  it('refuses field names that would break documents and spreadsheets ("__proto__", control characters)', async () => {
    const proto = await tampered(validClient, (t) => {
      t.fieldNotes[0] = JSON.parse(
        `{"id":"fn-a1","clientId":"client-a","playbookId":"pb-1","__proto__":{"isAdmin":true}}`,
      );
    });
    await expectRejected(proto, 'bad-field-name', /field notes entry 1 has a field named “__proto__”/);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    await expectRejected(
      await tampered(valid, (t) => (t.fieldNotes[0]['bad\u0007name'] = 1)),
      'bad-field-name',
      /field named “bad\?name”/,
    );
    await expectRejected(
      await tampered(valid, (t) => (t.fieldNotes[0].nested = { constructor: { x: 1 } })),
      'bad-field-name',
      /key “constructor” inside “nested”/,
    );
  });
});

describe('imports that would collide', () => {
  it('refuses a client id that collides unless the user chose replace or copy', async () => {
    const before = await snapshot(workspace);
    const analysis = await analyseOrThrow(workspace, JSON.stringify(validClient));
    await expect(importClient(workspace, analysis, 'new')).rejects.toThrow(/same identity/);
    expect(await snapshot(workspace)).toEqual(before);
  });

  it('refuses to restore a client file as a workspace, or import a workspace as a client', async () => {
    const before = await snapshot(workspace);
    await expect(
      restoreWorkspace(workspace, await analyseOrThrow(workspace, JSON.stringify(validClient))),
    ).rejects.toThrow(/client file/);
    await expect(
      importClient(workspace, await analyseOrThrow(workspace, JSON.stringify(valid)), 'new'),
    ).rejects.toThrow(/workspace backup/);
    expect(await snapshot(workspace)).toEqual(before);
  });

  it('writes nothing when a write fails half-way (one transaction)', async () => {
    const before = await snapshot(workspace);
    const analysis = await analyseOrThrow(workspace, JSON.stringify(valid));
    // Sabotage: a record that IndexedDB cannot store (a function) in the last table written.
    const tables = Object.keys(analysis.records);
    analysis.records[tables[tables.length - 1]].push({
      id: 'poison',
      key: 'poison',
      value: () => 1,
    } as never);
    await expect(restoreWorkspace(workspace, analysis)).rejects.toThrow();
    expect(await snapshot(workspace)).toEqual(before);
  });
});

describe('text with HTML or script', () => {
  it('is imported as plain text, exactly as written, and counted for the preview', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(document.cookie)</script>';
    const text = await tampered(validClient, (t) => {
      t.clients[0].notes = hostile;
      t.fieldNotes[0].text = `javascript:alert(1) ${hostile}`;
    });
    const target = await freshExtendedDb();
    const analysis = await analyseOrThrow(target, text);
    expect(analysis.markupFields).toBe(2);
    await importClient(target, analysis, 'new');
    expect((await target.clients.get('client-a'))?.notes).toBe(hostile);
  });
});
