import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newDataKey, DecryptionError } from '../../../../src/domain/vault/aead';
import {
  docIdOf,
  openDocument,
  refOf,
  sealPayload,
  SyncDocumentError,
  type SyncPayload,
} from '../../../../src/domain/sync/documents';

const payload = (record: Record<string, unknown> | null, id = 'u1'): SyncPayload => ({
  table: 'useCases',
  id,
  record,
  by: 'alice',
  origin: 'replica-a',
  at: '2026-12-03T09:00:00.000Z',
});

const doc = (key: Uint8Array, clientId: string, p: SyncPayload) => ({
  _id: docIdOf(p),
  _rev: '1-abc',
  ...sealPayload(key, clientId, p),
});

describe('sync documents', () => {
  it('open to the payload that was sealed, for any record', () => {
    const key = newDataKey();
    fc.assert(
      // Any field name a record can have: an own "__proto__" is dropped on opening (JSON.parse semantics), on purpose.
      fc.property(
        fc.dictionary(
          fc.string().filter((name) => name !== '__proto__'),
          fc.jsonValue(),
        ),
        (record) => {
          const p = payload({ ...record, id: 'u1' });
          expect(openDocument(key, 'client-1', doc(key, 'client-1', p)).payload).toEqual(p);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('keep bytes, dates and undefined as the app stored them, and a deletion as null', () => {
    const key = newDataKey();
    const record = {
      id: 'u1',
      bytes: new Uint8Array([1, 2, 3]),
      when: new Date('2026-01-02T00:00:00Z'),
      gone: undefined,
    };
    expect(openDocument(key, 'c', doc(key, 'c', payload(record))).payload.record).toEqual(record);
    expect(openDocument(key, 'c', doc(key, 'c', payload(null))).payload.record).toBeNull();
  });

  it('hold no plain content: only the id, the revision and ciphertext', () => {
    const key = newDataKey();
    const sealed = doc(key, 'c', payload({ id: 'u1', title: 'Secret pilot plan' }));
    expect(Object.keys(sealed).sort()).toEqual(['_id', '_rev', 'c', 'v']);
    expect(JSON.stringify(sealed)).not.toMatch(/Secret|alice|replica-a/);
  });

  it('do not open with another key, in another client, or moved to another document', () => {
    const key = newDataKey();
    const sealed = doc(key, 'c', payload({ id: 'u1' }));
    expect(() => openDocument(newDataKey(), 'c', sealed)).toThrow(DecryptionError);
    expect(() => openDocument(key, 'other-client', sealed)).toThrow(DecryptionError);
    expect(() => openDocument(key, 'c', { ...sealed, _id: 'useCases:u2' })).toThrow(DecryptionError);
  });

  it('refuse what is not a document of the app, or names another record inside', () => {
    const key = newDataKey();
    expect(() => openDocument(key, 'c', { _id: 'x', _rev: '1-a', title: 'plain' })).toThrow(
      SyncDocumentError,
    );
    expect(() => openDocument(key, 'c', { _id: 'x', _rev: '1-a', v: 2, c: 'AAAA' })).toThrow(
      SyncDocumentError,
    );
    expect(() => openDocument(key, 'c', null)).toThrow(SyncDocumentError);
    const inner = payload({ id: 'u2' }, 'u2');
    const wrongId = { ...doc(key, 'c', inner), _id: 'useCases:u1' };
    expect(() => openDocument(key, 'c', wrongId)).toThrow(DecryptionError); // bound by the additional data
  });

  it('name a record by table and id', () => {
    expect(docIdOf({ table: 'useCases', id: 'a:b' })).toBe('useCases:a:b');
    expect(refOf('useCases:a:b')).toEqual({ table: 'useCases', id: 'a:b' });
    expect(refOf('plain')).toBeNull();
    expect(refOf('useCases:')).toBeNull();
  });
});
