import { describe, expect, it } from 'vitest';
import {
  mergeRemote,
  applyOrder,
  conflictFields,
  lastSeq,
  patchTowards,
  touchedRecords,
} from '../../../../src/domain/sync/plan';
import type { SyncPayload } from '../../../../src/domain/sync/documents';

const entry = (entity: string, entityId: string, seq?: number) => ({ entity, entityId, seq });

describe('the sync plan', () => {
  it('sends each touched record once, in the order of the device sequence (last touch counts)', () => {
    const entries = [
      entry('useCases', 'b', 5),
      entry('useCases', 'a', 2),
      entry('kpis', 'k', 3),
      entry('useCases', 'a', 7),
    ];
    expect(touchedRecords(entries)).toEqual([
      { table: 'kpis', id: 'k' },
      { table: 'useCases', id: 'b' },
      { table: 'useCases', id: 'a' },
    ]);
    expect(touchedRecords([])).toEqual([]);
  });

  it('moves the checkpoint to the highest sequence, never back', () => {
    expect(lastSeq([entry('t', 'a', 4), entry('t', 'b', 9), entry('t', 'c')], 3)).toBe(9);
    expect(lastSeq([], 12)).toBe(12);
  });

  it('applies the client record first, then by author time, and the client deletion last', () => {
    const p = (table: string, id: string, at: string, record: object | null = { id }) =>
      ({ table, id, at, record }) as Pick<SyncPayload, 'table' | 'record' | 'at'> & { id: string };
    const order = applyOrder([
      p('useCases', 'late', '2026-01-03'),
      p('clients', 'gone', '2026-01-01', null),
      p('useCases', 'early', '2026-01-01'),
      p('clients', 'c', '2026-01-05'),
    ]).map((x) => x.id);
    expect(order).toEqual(['c', 'early', 'late', 'gone']);
  });

  it('patches only the fields that differ, clears a missing one, leaves bookkeeping alone', () => {
    const local = { id: 'u', title: 'A', notes: 'n', updatedAt: '1', scores: { impact: 2 } };
    const remote = { id: 'u', title: 'B', updatedAt: '2', scores: { impact: 2 } };
    expect(patchTowards(local, remote)).toEqual({ title: 'B', notes: undefined });
    expect(patchTowards(remote, remote)).toEqual({});
  });

  it('lists a conflict field by field', () => {
    const base = { table: 'useCases', id: 'u', origin: 'o', at: 'x' };
    const mine = { ...base, by: 'alice', record: { id: 'u', title: 'Mine', stage: 'idea' } };
    const theirs = { ...base, by: 'bob', record: { id: 'u', title: 'Theirs', stage: 'idea' } };
    expect(conflictFields(mine, theirs)).toEqual([{ field: 'title', mine: 'Mine', theirs: 'Theirs' }]);
    expect(conflictFields(mine, { ...theirs, record: null })).toEqual([
      { field: 'title', mine: 'Mine', theirs: undefined },
      { field: 'stage', mine: 'idea', theirs: undefined },
    ]);
  });
});

describe('a pulled version meeting an edit made during the sync', () => {
  const base = { title: 'Old', process: 'Old process', scores: { impact: 1 } };
  it('takes untouched fields, keeps touched ones, and contests only what both sides changed', () => {
    const current = { ...base, title: 'Mine', scores: { impact: 4 } };
    const remote = { ...base, title: 'Theirs', process: 'Their process', scores: { impact: 2 } };
    expect(mergeRemote(current, remote, [{ field: 'title' }, { field: 'scores.impact' }], base)).toEqual({
      patch: { process: 'Their process' },
      contested: ['title', 'scores'],
    });
  });
  it('does not contest a field the remote left as it was', () => {
    const current = { ...base, title: 'Mine' };
    expect(mergeRemote(current, { ...base, process: 'New' }, [{ field: 'title' }], base)).toEqual({
      patch: { process: 'New' },
      contested: [],
    });
  });
  it('contests every differing field after a whole-record edit, or when the earlier version is unknown', () => {
    const remote = { ...base, title: 'Theirs', process: 'Their process' };
    expect(mergeRemote(base, remote, [{ field: '*' }], base).contested).toEqual(['title', 'process']);
    expect(mergeRemote({ ...base, title: 'Mine' }, remote, [{ field: 'title' }], null)).toEqual({
      patch: { process: 'Their process' },
      contested: ['title'],
    });
  });
});
