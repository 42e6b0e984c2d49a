import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  encodeValue,
  inferredTarget,
  parseBackupText,
  referencesOf,
  referencedLibraryRecords,
  remapClientIds,
  sealBackup,
  validateContent,
  valuesAtPath,
  type BackupFile,
  type TableDescriptor,
} from '../../../../src/domain/backup';

const table = (name: string, extra: Partial<TableDescriptor> = {}): TableDescriptor => ({
  name,
  keyPath: 'id',
  autoKey: false,
  clientOwned: true,
  references: [],
  notReferences: [],
  ...extra,
});
const TABLES = [
  table('clients', {
    clientOwned: false,
    schema: z.object({ id: z.string(), name: z.string().min(1, 'The client needs a name') }),
  }),
  table('useCases'),
  table('policies'),
  table('evaluations', { references: [{ path: 'vendors[].vendorId', target: 'vendorProfiles' }] }),
  table('vendorProfiles', { clientOwned: false }),
  table('settings', { clientOwned: false, keyPath: 'key' }),
];
const names = new Set(TABLES.map((t) => t.name));

function file(tables: Record<string, unknown[]>, kind: BackupFile['kind'] = 'workspace'): BackupFile {
  return {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    kind,
    appVersion: 't',
    schemaVersion: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    clientId: kind === 'client' ? 'c1' : null,
    stores: {},
    tables: tables as Record<string, unknown[]>,
    checksum: { algorithm: 'SHA-256', value: '0'.repeat(64) },
  };
}

describe('references', () => {
  it('are inferred from <singular>Id(s) field names, only for tables that exist', () => {
    expect(inferredTarget('useCaseId', names)).toBe('useCases');
    expect(inferredTarget('policyIds', names)).toBe('policies');
    expect(inferredTarget('workshopIdeaId', names)).toBeNull();
    expect(inferredTarget('clientId', names)).toBeNull();
    expect(inferredTarget('id', names)).toBeNull();
  });

  it('fall back to the name rule when an explicit target table does not exist', () => {
    const useCases = table('useCases', { references: [{ path: 'policyIds[]', target: 'noSuchTable' }] });
    expect(referencesOf({ id: 'u1', policyIds: ['p1'] }, useCases, names)).toEqual([
      { path: 'policyIds[]', targets: ['policies'], id: 'p1' },
    ]);
    const explicit = table('useCases', { references: [{ path: 'policyIds[]', target: 'vendorProfiles' }] });
    expect(referencesOf({ id: 'u1', policyIds: ['p1'] }, explicit, names)).toEqual([
      { path: 'policyIds[]', targets: ['vendorProfiles'], id: 'p1' },
    ]);
  });

  it('are read at nested paths', () => {
    expect(
      valuesAtPath(
        { vendors: [{ vendorId: 'v1' }, { vendorId: '' }, { other: 1 }, { vendorId: 'v2' }] },
        'vendors[].vendorId',
      ),
    ).toEqual(['v1', 'v2']);
    expect(valuesAtPath({ a: null }, 'a.b')).toEqual([]);
  });

  it('must all resolve, within the same client', () => {
    const base = {
      clients: [
        { id: 'c1', name: 'One' },
        { id: 'c2', name: 'Two' },
      ],
      useCases: [
        { id: 'u1', clientId: 'c1', policyIds: ['p1'] },
        { id: 'u2', clientId: 'c2', useCaseId: 'u1' },
      ],
      policies: [{ id: 'p1', clientId: 'c1' }],
      evaluations: [{ id: 'e1', clientId: 'c1', useCaseId: 'u1', vendors: [{ vendorId: 'v9' }] }],
      vendorProfiles: [{ id: 'v1' }],
    };
    const result = validateContent(file(base), { tables: TABLES });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code).sort()).toEqual(['foreign-client', 'missing-reference']);
    expect(result.problems.find((p) => p.code === 'missing-reference')!.message).toContain(
      'vendor profiles record “v9” (field “vendors[].vendorId”)',
    );
  });

  it('to the library may be satisfied by the workspace for a client file', () => {
    const content = {
      clients: [{ id: 'c1', name: 'One' }],
      evaluations: [{ id: 'e1', clientId: 'c1', vendors: [{ vendorId: 'v1' }] }],
    };
    expect(validateContent(file(content, 'client'), { tables: TABLES }).ok).toBe(false);
    expect(
      validateContent(file(content, 'client'), {
        tables: TABLES,
        workspaceLibraryKeys: new Map([['vendorProfiles', new Set(['v1'])]]),
      }).ok,
    ).toBe(true);
  });

  it('select only the library records a client uses', () => {
    const selected = referencedLibraryRecords(
      { evaluations: [{ id: 'e1', clientId: 'c1', vendors: [{ vendorId: 'v2' }] }] },
      { vendorProfiles: [{ id: 'v1' }, { id: 'v2' }] },
      TABLES,
    );
    expect(selected).toEqual({ vendorProfiles: [{ id: 'v2' }] });
  });
});

describe('generic record checks', () => {
  it('apply a registered schema and the settings key path', () => {
    const result = validateContent(
      file({
        clients: [{ id: 'c1', name: '' }],
        settings: [{ key: 'welcomeDone', value: true }, { value: 1 }],
      }),
      { tables: TABLES },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.message)).toEqual([
        'The settings entry 2 has no valid “key” (an id of 1 to 200 characters). Export the file again from CAIO Desk, or use another copy.',
        'The clients record “c1” has an invalid “name”: The client needs a name. Correct the value in the app that made the file and export it again.',
      ]);
    }
  });

  it('list at most 50 problems and count the rest', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ id: `u${i}`, clientId: 'ghost' }));
    const result = validateContent(file({ clients: [], useCases: many }), { tables: TABLES });
    expect(!result.ok && result.problems).toHaveLength(51);
    expect(!result.ok && result.problems.at(-1)!.message).toBe('…and 30 more problems.');
  });
});

describe('import as a copy', () => {
  it('rewrites every id of the client’s records everywhere they appear, keys included, library untouched', () => {
    let n = 0;
    const { records, idMap } = remapClientIds(
      {
        clients: [{ id: 'c1', name: 'One' }],
        useCases: [{ id: 'u1', clientId: 'c1', scores: { u1: 3 }, links: [{ to: 'u1' }] }],
        evaluations: [
          { id: 'e1', clientId: 'c1', vendors: [{ vendorId: 'v1' }], note: 'u1 is not replaced inside text' },
        ],
        vendorProfiles: [{ id: 'v1' }],
      },
      TABLES,
      () => `new-${++n}`,
    );
    expect(idMap.get('c1')).toBe('new-1');
    expect(records.useCases[0]).toEqual({
      id: 'new-2',
      clientId: 'new-1',
      scores: { 'new-2': 3 },
      links: [{ to: 'new-2' }],
    });
    expect(records.evaluations[0]).toMatchObject({
      id: 'new-3',
      vendors: [{ vendorId: 'v1' }],
      note: 'u1 is not replaced inside text',
    });
    expect(records.vendorProfiles).toEqual([{ id: 'v1' }]);
  });
});

describe('reading files', () => {
  it('accepts a pretty-printed file with a byte-order mark (whitespace is not content)', async () => {
    const { checksum: _c, ...content } = file({
      clients: [encodeValue({ id: 'c1', name: 'Ünï' }) as object],
    });
    const sealed = await sealBackup(content);
    const result = await parseBackupText(`\uFEFF${JSON.stringify(sealed, null, 2)}\n`, {
      currentSchemaVersion: 1,
    });
    expect(result.ok).toBe(true);
  });
});
