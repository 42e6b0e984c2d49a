import { referencedLibraryRecords } from '../backup/bundle';
import type { StoredRecord, TableRecords } from '../backup/format';
import { HISTORY_TABLE } from '../backup/preview';
import { keyOf, type TableDescriptor } from '../backup/tables';
import { fieldsThatLeave, type HandoverChoices } from './allowList';

/**
 * What leaves in a handover, from one client's records as stored (`dumpClient`): each table through
 * the allow-list, library records only when the client's remaining fields still refer to them, and
 * (when ticked) only the change history of fields that leave, about records that leave.
 */

function project(record: StoredRecord, fields: ReadonlySet<string>): StoredRecord {
  return Object.fromEntries(Object.entries(record).filter(([field]) => fields.has(field)));
}

function projectTable(
  name: string,
  rows: StoredRecord[] | undefined,
  choices: HandoverChoices,
): StoredRecord[] | null {
  const fields = fieldsThatLeave(name, choices);
  return fields ? (rows ?? []).map((r) => project(r, fields)) : null;
}

/** A change entry leaves when its record leaves and its field does; a whole-record entry keeps only fields that leave. */
function historyThatLeaves(
  history: StoredRecord[],
  result: TableRecords,
  tables: TableDescriptor[],
  choices: HandoverChoices,
): StoredRecord[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const present = new Map(
    Object.entries(result).map(([name, rows]) => [
      name,
      new Set(rows.map((r) => keyOf(r, byName.get(name) ?? { keyPath: 'id' }))),
    ]),
  );
  const kept: StoredRecord[] = [];
  for (const change of history) {
    const entity = String(change.entity);
    const fields = fieldsThatLeave(entity, choices);
    if (!fields || entity === HISTORY_TABLE || !present.get(entity)?.has(change.entityId)) continue;
    const field = String(change.field);
    if (field === '*') {
      const values = (v: unknown) =>
        v !== null && typeof v === 'object' && !Array.isArray(v) ? project(v as StoredRecord, fields) : null;
      kept.push({ ...change, oldValue: values(change.oldValue), newValue: values(change.newValue) });
    } else if (fields.has(field.split('.')[0])) kept.push(change);
  }
  return kept;
}

export function selectHandoverRecords(
  records: TableRecords,
  tables: TableDescriptor[],
  choices: HandoverChoices,
): TableRecords {
  const own: TableRecords = {};
  const library: TableRecords = {};
  for (const table of tables) {
    if (table.name === HISTORY_TABLE) continue;
    const rows = records[table.name];
    if (table.clientOwned || table.name === 'clients') {
      const projected = projectTable(table.name, rows, choices);
      if (projected) own[table.name] = projected;
    } else if (rows) library[table.name] = rows;
  }
  const result: TableRecords = { ...own };
  const used = referencedLibraryRecords(own, library, tables);
  for (const name of Object.keys(library)) {
    const projected = projectTable(name, used[name], choices);
    if (projected) result[name] = projected;
  }
  const history = projectTable(HISTORY_TABLE, records[HISTORY_TABLE], choices);
  if (history) result[HISTORY_TABLE] = historyThatLeaves(history, result, tables, choices);
  return result;
}
