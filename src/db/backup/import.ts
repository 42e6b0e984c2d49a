import type Dexie from 'dexie';
import {
  BackupRejectedError,
  fileFacts,
  parseBackupText,
  planClientImport,
  planRestore,
  problem,
  summariseContent,
  validateContent,
  type BackupFile,
  type Checked,
  type ClientImportPlan,
  type ContentSummary,
  type FileFacts,
  type RestorePlan,
  type TableDescriptor,
  type TableRecords,
} from '../../domain/backup';
import { completeHandoverRecord } from '../../domain/handover/allowList';
import { migrateBackupFile } from './migrate';
import { summariseWorkspace } from './workspaceSummary';
import { describeTables } from '../core/tables';

/**
 * Everything an import or restore needs to know before anything is written: the file read, upgraded
 * and checked in full, its contents summarised and compared with the workspace. Read-only.
 */
export interface ImportAnalysis {
  file: BackupFile;
  facts: FileFacts;
  /** Schema version of the file before it was upgraded, when it was older than this app's. */
  migratedFrom: number | null;
  records: TableRecords;
  summary: ContentSummary;
  plan: RestorePlan | ClientImportPlan;
  /** Text fields with HTML or script markup (imported as inert plain text). */
  markupFields: number;
  /** What a client file held that is left out (library records nothing refers to, history of absent records). */
  notes: string[];
}

/** Where the check is, for a progress bar: a phase in words and, while records are checked, how many. */
export interface ImportProgress {
  phase: 'reading' | 'checking' | 'comparing';
  done: number;
  total: number;
}

export async function workspaceLibraryKeys(
  database: Dexie,
  tables: TableDescriptor[],
): Promise<Map<string, Set<string>>> {
  const keys = new Map<string, Set<string>>();
  for (const table of tables) {
    if (table.clientOwned || table.name === 'clients' || table.keyPath === 'key') continue;
    keys.set(
      table.name,
      new Set((await database.table(table.name).toCollection().primaryKeys()).map(String)),
    );
  }
  return keys;
}

export async function analyseBackupText(
  database: Dexie,
  text: string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<Checked<ImportAnalysis>> {
  try {
    return await analyse(database, text, onProgress);
  } catch (error) {
    // Anything unforeseen (e.g. a structure deep enough to exhaust the stack) is a refusal, never a crash.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [problem('bad-record', `The file could not be checked (${detail}). Nothing was imported.`)],
    };
  }
}

async function analyse(
  database: Dexie,
  text: string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<Checked<ImportAnalysis>> {
  onProgress?.({ phase: 'reading', done: 0, total: 0 });
  const parsed = await parseBackupText(text, { currentSchemaVersion: database.verno });
  if (!parsed.ok) return parsed;
  let file = parsed.value;
  let migratedFrom: number | null = null;
  if (file.schemaVersion < database.verno) {
    const migrated = await migrateBackupFile(
      file,
      (name) => new (database.constructor as new (name: string) => Dexie)(name),
    );
    if (!migrated.ok) return migrated;
    migratedFrom = file.schemaVersion;
    file = migrated.value;
  }
  const tables = describeTables(database);
  const libraryKeys =
    file.kind === 'client' ? await workspaceLibraryKeys(database, tables) : new Map<string, Set<string>>();
  const content = validateContent(file, {
    tables,
    workspaceLibraryKeys: libraryKeys,
    complete: completeHandoverRecord,
    onProgress: (done, total) => onProgress?.({ phase: 'checking', done, total }),
  });
  if (!content.ok) return content;
  onProgress?.({ phase: 'comparing', done: 0, total: 0 });
  const summary = summariseContent(content.value.records, tables);
  const workspace = await summariseWorkspace(database, tables);
  let plan: RestorePlan | ClientImportPlan;
  if (file.kind === 'workspace') plan = planRestore(summary, workspace);
  else {
    const existing = workspace.clients.find((c) => c.id === file.clientId) ?? null;
    plan = planClientImport(summary, content.value.records, tables, existing, libraryKeys);
  }
  return {
    ok: true,
    value: {
      file,
      facts: fileFacts(parsed.value),
      migratedFrom,
      records: content.value.records,
      summary,
      plan,
      markupFields: content.value.markupFields,
      notes: content.value.notes,
    },
  };
}

/** Like `analyseBackupText` but throws `BackupRejectedError` with every problem. */
export async function analyseOrThrow(database: Dexie, text: string): Promise<ImportAnalysis> {
  const result = await analyseBackupText(database, text);
  if (!result.ok) throw new BackupRejectedError(result.problems);
  return result.value;
}
