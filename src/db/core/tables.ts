import type Dexie from 'dexie';
import {
  defaultPresentation,
  recordsToCsvRows,
  type StoredRecord,
  type TableDescriptor,
  type TablePresentation,
} from '../../domain/backup';
import { notReferencesFor, presentationFor, recordSchemaFor, referencesFor } from './recordSchemas';

/**
 * Describes every table of a database, from the live schema (`db.tables`), for the code that treats all
 * tables alike (backup, handover, CSV export, vault backups, unlinking a deleted record): new tables
 * are covered without any change here.
 */
export function describeTables(database: Dexie): TableDescriptor[] {
  return database.tables.map((table) => {
    const keyPath = table.schema.primKey.keyPath;
    return {
      name: table.name,
      keyPath: typeof keyPath === 'string' ? keyPath : 'id',
      autoKey: Boolean(table.schema.primKey.auto),
      clientOwned: table.schema.indexes.some((index) => index.name === 'clientId'),
      schema: recordSchemaFor(table.name),
      references: referencesFor(table.name),
      notReferences: notReferencesFor(table.name),
    };
  });
}

/** The Dexie store definitions (`'id, clientId, [clientId+date]'`) as the schema declares them. */
export function storeDefinitions(database: Dexie): Record<string, string> {
  return Object.fromEntries(
    database.tables.map((table) => [
      table.name,
      [table.schema.primKey.src, ...table.schema.indexes.map((i) => i.src)].join(', '),
    ]),
  );
}

export function tablePresentations(database: Dexie): Map<string, TablePresentation> {
  return new Map(
    database.tables.map((table, index) => [
      table.name,
      { ...defaultPresentation(table.name, index), ...presentationFor(table.name) },
    ]),
  );
}

/** Tables in presentation order (for documents and lists). */
export function tablesInOrder(database: Dexie): { name: string; presentation: TablePresentation }[] {
  const presentations = tablePresentations(database);
  return [...presentations]
    .map(([name, presentation]) => ({ name, presentation }))
    .sort((a, b) => a.presentation.order - b.presentation.order);
}

/** CSV rows of one table (Backup screen): a client's records of a client-owned table (its own record of `clients`), or a whole consultant-wide table. */
export async function tableCsvRowsOf(
  database: Dexie,
  tableName: string,
  client: { id: string } | null,
): Promise<string[][]> {
  const table = describeTables(database).find((t) => t.name === tableName);
  if (!table) throw new Error(`Unknown table ${tableName}`);
  const source = database.table(tableName);
  const records =
    tableName === 'clients' && client
      ? [await source.get(client.id)].filter(Boolean)
      : table.clientOwned && client
        ? await source.where('clientId').equals(client.id).toArray()
        : await source.toArray();
  return recordsToCsvRows(records as StoredRecord[]);
}
