import { docIdOf, openDocument, type SyncPayload } from '../../domain/sync/documents';
import { isKeyDocument } from '../../domain/sync/keys';
import { conflictFields, patchTowards, type FieldDifference } from '../../domain/sync/plan';
import { addRecord, deleteRecord, recordEvent, updateRecord } from '../core/records';
import type { SyncContext } from './context';

/**
 * Conflicts, never lost: when two devices changed one record concurrently, the engine keeps both versions
 * as revisions of its document and picks the same winner everywhere (the app shows and applies it). Here the
 * versions are listed field by field with author and time, and the user's choice per field is applied
 * through the one write path (logged with a note that says what was kept), and the other revisions are
 * removed from the replica, so the next sync sends the resolution everywhere.
 */

export interface ConflictVersion {
  rev: string;
  by: string;
  at: string;
  record: Record<string, unknown> | null;
}

export interface Conflict {
  docId: string;
  table: string;
  id: string;
  /** The version the engine picked (the one the app shows). */
  winner: ConflictVersion;
  /** The concurrent version(s) kept beside it. */
  others: ConflictVersion[];
  /** What differs between the winner and the first other version, field by field. */
  fields: FieldDifference[];
}

const version = (rev: string, payload: SyncPayload): ConflictVersion => ({
  rev,
  by: payload.by,
  at: payload.at,
  record: payload.record,
});

/** How many records of the replica have concurrent versions waiting (nothing is decrypted). */
export async function countConflicts(local: SyncContext['local']): Promise<number> {
  const { rows } = await local.allDocs({ include_docs: true, conflicts: true });
  return rows.filter((row) => row.doc?._conflicts?.length).length;
}

export async function listConflicts(context: SyncContext): Promise<Conflict[]> {
  const { local, key, clientId } = context;
  const { rows } = await local.allDocs({ include_docs: true, conflicts: true });
  const conflicts: Conflict[] = [];
  for (const row of rows) {
    const revs = row.doc?._conflicts ?? [];
    if (!row.doc || revs.length === 0 || isKeyDocument(row.id)) continue;
    const winner = openDocument(key, clientId, row.doc);
    const others = [];
    for (const rev of revs)
      others.push(version(rev, openDocument(key, clientId, await local.get(row.id, { rev })).payload));
    conflicts.push({
      docId: row.id,
      table: winner.payload.table,
      id: winner.payload.id,
      winner: version(winner.envelope._rev, winner.payload),
      others,
      fields: conflictFields(winner.payload, { ...winner.payload, record: others[0]!.record }),
    });
  }
  return conflicts;
}

/** Per field: keep the winner's value or take the other version's. A field not named keeps the winner's. */
export type FieldChoices = Record<string, 'winner' | 'other'>;

export async function resolveConflict(context: SyncContext, conflict: Conflict, choices: FieldChoices) {
  const { database, local } = context;
  const other = conflict.others[0]!;
  const taken = conflict.fields.filter((f) => choices[f.field] === 'other');
  const kept = conflict.fields.filter((f) => choices[f.field] !== 'other');
  const merged = mergeVersions(
    conflict.winner.record,
    other.record,
    taken.map((f) => f.field),
  );
  const note = resolutionNote(conflict, taken, kept, other);
  const options = { by: context.author, note };
  const current = (await database.table(conflict.table).get(conflict.id)) as
    Record<string, unknown> | undefined;
  if (!merged) {
    if (current) await deleteRecord(database, conflict.table, conflict.id, options);
  } else if (!current) {
    await addRecord(database, conflict.table, merged as never, options);
  } else {
    const patch = patchTowards(current, merged);
    if (Object.keys(patch).length) await updateRecord(database, conflict.table, conflict.id, patch, options);
    else
      await recordEvent(database, 'edit', conflict.table, current as never, '*', null, null, note, options);
  }
  const losers = conflict.others.map((o) => ({ _id: docIdOf(conflict), _rev: o.rev, _deleted: true }));
  await local.bulkDocs(losers);
}

function mergeVersions(
  winner: Record<string, unknown> | null,
  other: Record<string, unknown> | null,
  fromOther: string[],
): Record<string, unknown> | null {
  if (!winner || !other) return fromOther.length ? other : winner;
  const merged = { ...winner };
  for (const field of fromOther) {
    if (field in other) merged[field] = other[field];
    else delete merged[field];
  }
  return merged;
}

function resolutionNote(
  conflict: Conflict,
  taken: FieldDifference[],
  kept: FieldDifference[],
  other: ConflictVersion,
) {
  const list = (fields: FieldDifference[]) => fields.map((f) => f.field).join(', ') || 'nothing';
  return `Sync conflict resolved: kept ${conflict.winner.by}'s ${list(kept)}; took ${other.by}'s ${list(taken)} (versions of ${conflict.winner.at} and ${other.at}).`;
}
