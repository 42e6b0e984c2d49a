import { describe, expect, it } from 'vitest';
import { CaioDatabase } from '../../../../src/db/core/schema';
import {
  PLAIN_FIELD_REASONS,
  plainFieldsOf,
  undocumentedPlainFields,
} from '../../../../src/db/vault/fieldPolicy';

const schemaOf = (t: CaioDatabase['clients']) => ({
  primaryKey: { keyPath: t.schema.primKey.keyPath ?? null },
  indexes: t.schema.indexes.map((i) => ({ keyPath: i.keyPath ?? null })),
});

describe('which fields stay plain in a vault', () => {
  const database = new CaioDatabase('field-policy');
  it('every key and index field of every table has a documented reason (an index on content would leak it)', () => {
    const missing = database.tables.flatMap((t) =>
      undocumentedPlainFields(schemaOf(t as never)).map((f) => `${t.name}.${f}`),
    );
    expect(
      missing,
      'Index on a field without a reason in src/db/vault/fieldPolicy.ts: add the reason, or do not index content',
    ).toEqual([]);
  });
  it('names, titles, notes and descriptions are never plain', () => {
    for (const field of ['name', 'title', 'notes', 'description', 'email', 'logo'])
      expect(field in PLAIN_FIELD_REASONS).toBe(false);
    for (const t of database.tables) expect(plainFieldsOf(schemaOf(t as never)).has('name')).toBe(false);
  });
});
