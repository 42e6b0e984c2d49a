import type Dexie from 'dexie';
import type { Table } from 'dexie';
import { applyPatch, differingFields, getPath, topFields, type Patch } from '../../domain/shared/patch';
import { deviceId, nextDeviceSeq } from './device';
import { beginEdit, settleEdit } from './editJournal';
import { isTyping } from './editSource';
import { EditRefusedError } from './errors';
import { changedPaths, extendsTyping, type ChangeKind, type ChangeRecord } from './history';
import { newId, nowIso } from './ids';
import { rulesFor } from './recordRules';
import { recordSchemaFor } from './recordSchemas';
import { clientOwnedTables, type CaioDatabase } from './schema';
import { tell } from '../../domain/shared/language';

/**
 * The one write path for edits of every record. `updateRecord`:
 * 1. journals a plain patch synchronously, before its first await (it survives a reload that comes before
 *    the write commits, and is replayed at the next start);
 * 2. reads the record, applies the change, validates the result with the table's rules
 *    (`recordRules.ts`), writes it and appends its change-history entries, all in one transaction.
 * A refused edit throws `EditRefusedError` (a kind of ValidationError) and writes nothing.
 */

export { EditRefusedError } from './errors';

export class RecordNotFoundError extends EditRefusedError {
  constructor(entity: string) {
    super([
      {
        message: tell('This {{record}} no longer exists. It may have been deleted in another window.', {
          record: tell(entity),
        }),
      },
    ]);
  }
}

interface Versioned {
  id: string;
  updatedAt: string;
  clientId?: string | null;
}

/** A change computed from the record as stored now (for actions that depend on it, e.g. a stage move). */
export type ComputeChange<T> = (current: T, now: string) => { patch: Patch; warnings?: string[] };

export interface EditOptions {
  /** What the record is called in messages ("use case"); defaults to the table's rule. */
  label?: string;
  /** A reason or justification, kept with the history entries. */
  note?: string;
  /** The day rules compare dates with (tests); defaults to today. */
  today?: string;
  /** Who made the change when it is not the consultant, e.g. a questionnaire's respondent. */
  by?: string;
  /** The change arrived through sync from this replica (`src/db/sync/`); its author is `by`. */
  syncedFrom?: string;
}

export interface EditResult<T> {
  record: T;
  /** The top-level fields that changed (empty when the edit changed nothing). */
  changed: string[];
  warnings: string[];
}

/** The tables a write of `tableName` touches, for callers that open an enclosing transaction. */
export function writeScope(database: CaioDatabase, tableName: string): Table[] {
  return [...new Set([tableName, 'changes', ...(rulesFor(tableName).tables ?? [])])].map((name) =>
    database.table(name),
  );
}

export function updateRecord<T extends Versioned>(
  database: CaioDatabase,
  tableName: string,
  id: string,
  change: Partial<T> | Patch | ComputeChange<T>,
  options: EditOptions = {},
): Promise<EditResult<T>> {
  const rules = rulesFor(tableName);
  const label = options.label ?? rules.label;
  const typed = isTyping();
  // Synchronously, before anything is awaited: the journal entry (a computed change is an action, not typing).
  const journal = typeof change === 'function' ? null : beginEdit(tableName, id, change, label);
  const write = database.transaction('rw', writeScope(database, tableName), async () => {
    const table = database.table<T, string>(tableName);
    const before = await table.get(id);
    if (!before) throw new RecordNotFoundError(label);
    const at = nowIso();
    const computed = typeof change === 'function' ? change(before, at) : { patch: change as Patch };
    const draft = applyPatch(before, computed.patch);
    const checked = rules.validate
      ? await rules.validate({
          database,
          before,
          next: draft,
          fields: topFields(computed.patch),
          today: options.today,
        })
      : { ok: true as const, record: draft };
    if (!checked.ok) throw checked.error;
    const next = checked.record as T;
    const fields = differingFields(before, next);
    const warnings = [...(computed.warnings ?? []), ...(checked.warnings ?? [])];
    if (fields.length === 0) return { record: before, changed: [], warnings };
    const saved = { ...next, updatedAt: at };
    await table.put(saved);
    const paths = changedPaths(before, next, Object.keys(computed.patch), fields);
    for (const field of paths) {
      await appendChange(database, {
        kind: 'edit',
        entity: tableName,
        entityId: id,
        clientId: ownerOf(tableName, before),
        field,
        oldValue: getPath(before, field),
        newValue: getPath(next, field),
        at,
        typed,
        note: options.note,
        by: options.by,
        syncedFrom: options.syncedFrom,
      });
    }
    await rules.after?.(database, before, saved);
    return { record: saved, changed: fields, warnings };
  });
  return write.then(
    (result) => {
      settleEdit(journal, true);
      return result;
    },
    (error: unknown) => {
      settleEdit(journal, false);
      throw error;
    },
  );
}

function ownerOf(tableName: string, record: Versioned): string | null {
  return tableName === 'clients' ? record.id : (record.clientId ?? null);
}

type NewChange = Omit<ChangeRecord, 'id' | 'by' | 'deviceId' | 'seq'> & { by?: string };

/**
 * Appends one entry to the change log, inside the caller's transaction. Only a typed edit that follows
 * a typed edit of the same field (the record's latest entry, same device, within seconds) extends it.
 */
export async function appendChange(database: CaioDatabase, change: NewChange): Promise<ChangeRecord> {
  const fresh: ChangeRecord = {
    ...change,
    id: newId(),
    by: change.by ?? 'consultant',
    deviceId: deviceId(),
    seq: nextDeviceSeq(),
  };
  if (!fresh.typed) delete fresh.typed;
  if (fresh.note === undefined) delete fresh.note;
  if (fresh.syncedFrom === undefined) delete fresh.syncedFrom;
  if (fresh.typed) {
    const entries = await database.changes
      .where('[entity+entityId]')
      .equals([change.entity, change.entityId])
      .toArray();
    const latest = entries.sort(byTime).at(-1);
    if (extendsTyping(latest, fresh)) {
      const extended = { ...latest, newValue: fresh.newValue, at: fresh.at, seq: fresh.seq };
      await database.changes.put(extended);
      return extended;
    }
  }
  await database.changes.add(fresh);
  return fresh;
}

/** Oldest first: by time, then by this device's sequence. */
export function byTime(a: ChangeRecord, b: ChangeRecord): number {
  return a.at.localeCompare(b.at) || (a.seq ?? 0) - (b.seq ?? 0);
}

/** Records an event that is not a field edit of an existing record (a new gate decision, a deletion...). */
export function recordEvent(
  database: CaioDatabase,
  kind: ChangeKind,
  entity: string,
  record: Versioned,
  field: string,
  oldValue: unknown,
  newValue: unknown,
  note?: string,
  origin: Pick<EditOptions, 'by' | 'syncedFrom'> = {},
) {
  return appendChange(database, {
    ...origin,
    kind,
    entity,
    entityId: record.id,
    clientId: ownerOf(entity, record),
    field,
    oldValue,
    newValue,
    at: nowIso(),
    note,
  });
}

/**
 * Deletes a record and logs its last state, so it can be restored (`restoreRecord`) and the history
 * panel can show it. `alsoDelete` are dependent records (a KPI's measurements...), logged the same way.
 */
export async function deleteRecord(
  database: CaioDatabase,
  tableName: string,
  id: string,
  options: EditOptions = {},
): Promise<ChangeRecord | null> {
  return database.transaction('rw', [database.table(tableName), database.changes], async () => {
    const record = await database.table<Versioned, string>(tableName).get(id);
    if (!record) return null;
    await database.table(tableName).delete(id);
    return recordEvent(database, 'delete', tableName, record, '*', record, null, options.note, options);
  });
}

/**
 * Adds a record that arrives whole (from another device through sync), checked like an imported record
 * (`recordSchemas.ts`), and logs its creation with its author. Refused when the record exists.
 */
export async function addRecord(
  database: CaioDatabase,
  tableName: string,
  record: Versioned,
  options: EditOptions = {},
): Promise<void> {
  const checked = recordSchemaFor(tableName)?.safeParse(record);
  if (checked && !checked.success)
    throw new EditRefusedError([
      {
        message: tell('This {{record}} is not valid: {{reason}}', {
          record: tell(rulesFor(tableName).label),
          reason: checked.error.message,
        }),
      },
    ]);
  await database.transaction('rw', [database.table(tableName), database.changes], async () => {
    const table = database.table<Versioned, string>(tableName);
    if (await table.get(record.id))
      throw new EditRefusedError([{ message: tell('This record exists already.') }]);
    await table.add(record);
    await recordEvent(database, 'create', tableName, record, '*', null, record, options.note, options);
  });
}

/** Puts a deleted record back as it was when deleted (refused when a record with its id exists again). */
export async function restoreRecord(database: CaioDatabase, deletionId: string): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    const deletion = await database.changes.get(deletionId);
    if (!deletion || deletion.kind !== 'delete')
      throw new EditRefusedError([{ message: tell('There is nothing to restore.') }]);
    const table = database.table<Versioned, string>(deletion.entity);
    if (await table.get(deletion.entityId))
      throw new EditRefusedError([{ message: tell('This record exists already; it was restored before.') }]);
    const record = deletion.oldValue as Versioned;
    if (record.clientId && !(await database.clients.get(record.clientId)))
      throw new EditRefusedError([{ message: tell('Its client was deleted, so it cannot be restored.') }]);
    await table.add(record);
    await recordEvent(database, 'restore', deletion.entity, record, '*', null, record);
  });
}

/** Deletes a client and every record that belongs to it, in one transaction, and nothing else. */
export async function deleteClientCascade(database: CaioDatabase, clientId: string): Promise<void> {
  const owned = clientOwnedTables(database);
  await database.transaction('rw', [database.clients, ...owned], async () => {
    for (const table of owned) await table.where('clientId').equals(clientId).delete();
    await database.clients.delete(clientId);
  });
  // Crypto-shredding: the client's data key was on its record, now deleted; forget it in memory too.
  database.vault.forgetClient(clientId);
}

/** Counts a client's records per table, not counting its change history (used by delete confirmation). */
export async function countClientRecords(database: Dexie, clientId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of clientOwnedTables(database)) {
    if (table.name === 'changes') continue;
    counts[table.name] = await table.where('clientId').equals(clientId).count();
  }
  return counts;
}
