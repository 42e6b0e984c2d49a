import type { BackupFile, StoredRecord, TableRecords } from './format';
import type { TableDescriptor } from './tables';

/**
 * What a file holds and what confirming it would change, computed before anything is written:
 * the preview the user sees (clients, counts per register, versions, added/replaced/removed).
 */

export interface ClientSummary {
  id: string;
  name: string;
  isDemo: boolean;
  /** Records per client-owned table (change history not counted). */
  counts: Record<string, number>;
}

export interface ContentSummary {
  clients: ClientSummary[];
  /** Records per table, every table of the schema (0 when absent). */
  tableCounts: Record<string, number>;
}

/** Change history is bookkeeping, not a register: counted apart so counts match what users see. */
export const HISTORY_TABLE = 'changes';

/** Records per client id, per client-owned table. */
export type CountsByClient = ReadonlyMap<string, ReadonlyMap<unknown, number>>;

/** The summary from what it counts: the client records, records per table, and per client-owned table the records of each client. */
export function summaryFromCounts(
  clientRecords: readonly StoredRecord[],
  tableCounts: Record<string, number>,
  byClient: CountsByClient,
  tables: TableDescriptor[],
): ContentSummary {
  const clients = clientRecords.map((client) => {
    const id = String(client.id);
    const counts: Record<string, number> = {};
    for (const table of tables) {
      if (!table.clientOwned || table.name === HISTORY_TABLE) continue;
      counts[table.name] = byClient.get(table.name)?.get(id) ?? 0;
    }
    return {
      id,
      name: typeof client.name === 'string' ? client.name : id,
      isDemo: client.isDemo === true,
      counts,
    };
  });
  clients.sort((a, b) => a.name.localeCompare(b.name));
  return { clients, tableCounts };
}

/** How often each value occurs. */
export function countValues(values: Iterable<unknown>): Map<unknown, number> {
  const counts = new Map<unknown, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** One pass over each table (a summary by client must not filter every table once per client). */
export function summariseContent(records: TableRecords, tables: TableDescriptor[]): ContentSummary {
  const tableCounts: Record<string, number> = {};
  const byClient = new Map<string, Map<unknown, number>>();
  for (const table of tables) {
    const rows = records[table.name] ?? [];
    tableCounts[table.name] = rows.length;
    if (table.clientOwned && table.name !== HISTORY_TABLE)
      byClient.set(table.name, countValues(rows.map((r) => r.clientId)));
  }
  return summaryFromCounts(records.clients ?? [], tableCounts, byClient, tables);
}

export interface FileFacts {
  kind: BackupFile['kind'];
  createdAt: string;
  appVersion: string;
  formatVersion: number;
  schemaVersion: number;
}

export function fileFacts(file: BackupFile): FileFacts {
  return {
    kind: file.kind,
    createdAt: file.createdAt,
    appVersion: file.appVersion,
    formatVersion: file.formatVersion,
    schemaVersion: file.schemaVersion,
  };
}

export interface TableChange {
  table: string;
  inFile: number;
  inWorkspace: number;
}

/** Restoring a workspace backup replaces the whole workspace with the file. */
export interface RestorePlan {
  kind: 'workspace';
  clientsAdded: ClientSummary[];
  clientsReplaced: ClientSummary[];
  /** In the workspace but not in the file: removed by the restore. */
  clientsRemoved: { id: string; name: string }[];
  tables: TableChange[];
}

export function planRestore(file: ContentSummary, workspace: ContentSummary): RestorePlan {
  const current = new Map(workspace.clients.map((c) => [c.id, c]));
  const incoming = new Set(file.clients.map((c) => c.id));
  return {
    kind: 'workspace',
    clientsAdded: file.clients.filter((c) => !current.has(c.id)),
    clientsReplaced: file.clients.filter((c) => current.has(c.id)),
    clientsRemoved: workspace.clients
      .filter((c) => !incoming.has(c.id))
      .map(({ id, name }) => ({ id, name })),
    tables: Object.keys(file.tableCounts).map((table) => ({
      table,
      inFile: file.tableCounts[table],
      inWorkspace: workspace.tableCounts[table] ?? 0,
    })),
  };
}

export const CLIENT_IMPORT_MODES = ['new', 'replace', 'copy'] as const;
export type ClientImportMode = (typeof CLIENT_IMPORT_MODES)[number];

/** Importing a client file adds one client (or replaces / copies it when the same client exists). */
export interface ClientImportPlan {
  kind: 'client';
  client: ClientSummary;
  /** The workspace client with the same identity, if any: the user chooses replace or copy. */
  existing: { id: string; name: string; counts: Record<string, number> } | null;
  /** Consultant-wide library records in the file: added when missing, existing ones kept as they are. */
  library: { table: string; added: number; kept: number }[];
}

export function planClientImport(
  file: ContentSummary,
  records: TableRecords,
  tables: TableDescriptor[],
  existing: ClientImportPlan['existing'],
  workspaceLibraryKeys: ReadonlyMap<string, ReadonlySet<string>>,
): ClientImportPlan {
  const library = tables
    .filter((t) => !t.clientOwned && t.name !== 'clients' && (records[t.name]?.length ?? 0) > 0)
    .map((t) => {
      const keys = workspaceLibraryKeys.get(t.name) ?? new Set<string>();
      const rows = records[t.name] ?? [];
      const kept = rows.filter((r: StoredRecord) => keys.has(String(r[t.keyPath]))).length;
      return { table: t.name, added: rows.length - kept, kept };
    });
  return { kind: 'client', client: file.clients[0], existing, library };
}
