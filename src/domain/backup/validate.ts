import type { z } from 'zod';
import { decodeRecord } from './encoding';
import type { BackupFile, StoredRecord, TableRecords } from './format';
import { containsMarkup, dataUrlImageProblem, forEachString } from './images';
import { MAX_LISTED_PROBLEMS, problem, type BackupProblem, type Checked } from './problems';
import { keyOf, referencesOf, tableWords, type TableDescriptor } from './tables';

/**
 * Checks every record of a parsed file before anything is written: shape, primary key, duplicates,
 * the table's registered schema, the owning client, every reference between records, and images.
 * Generic: works for any table of the schema, named nowhere.
 */

export interface ValidationContext {
  tables: TableDescriptor[];
  /** Keys already in the workspace per consultant-wide table (a client bundle may refer to them). */
  workspaceLibraryKeys?: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface ValidatedContent {
  records: TableRecords;
  /** Text fields that contain HTML or script markup (imported as inert plain text). */
  markupFields: number;
}

function label(table: string, record: StoredRecord, key: unknown): string {
  const title = [record.title, record.name].find((v) => typeof v === 'string' && v.trim());
  return `${tableWords(table)} record “${String(key)}”${title ? ` (${String(title).slice(0, 60)})` : ''}`;
}

function schemaProblem(where: string, error: z.ZodError): BackupProblem {
  const issue = error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : '';
  const missing = issue?.code === 'invalid_type' && /received undefined/.test(issue.message);
  if (missing) return problem('missing-field', `The ${where} is missing the required field “${field}”.`);
  return problem('invalid-field', `The ${where} has an invalid ${field ? `“${field}”` : 'value'}: ${issue?.message ?? 'not valid'}.`);
}

function decodeTables(file: BackupFile, byName: Map<string, TableDescriptor>, problems: BackupProblem[]): TableRecords {
  const records: TableRecords = {};
  for (const [name, rows] of Object.entries(file.tables)) {
    if (!byName.has(name)) {
      problems.push(problem('unknown-table', `The file has a table “${name}” that this version of CAIO Desk does not know. It may come from a newer or a different app.`));
      continue;
    }
    records[name] = [];
    rows.forEach((row, index) => {
      if (row === null || typeof row !== 'object' || Array.isArray(row)) {
        problems.push(problem('bad-record', `Entry ${index + 1} of ${tableWords(name)} is not a record.`));
        return;
      }
      try {
        records[name].push(decodeRecord(row) as StoredRecord);
      } catch {
        problems.push(problem('bad-record', `Entry ${index + 1} of ${tableWords(name)} holds a value that cannot be read.`));
      }
    });
  }
  return records;
}

export function validateContent(file: BackupFile, context: ValidationContext): Checked<ValidatedContent> {
  const problems: BackupProblem[] = [];
  const byName = new Map(context.tables.map((t) => [t.name, t]));
  const tableNames = new Set(byName.keys());
  const records = decodeTables(file, byName, problems);

  // Primary keys and duplicates first: references are checked against these sets.
  const keys = new Map<string, Map<unknown, StoredRecord>>();
  for (const [name, rows] of Object.entries(records)) {
    const table = byName.get(name)!;
    const seen = new Map<unknown, StoredRecord>();
    rows.forEach((record, index) => {
      const key = keyOf(record, table);
      const validKey = (typeof key === 'string' && key.length > 0 && key.length <= 200) || (table.autoKey && typeof key === 'number' && Number.isFinite(key));
      if (!validKey) problems.push(problem('missing-field', `Entry ${index + 1} of ${tableWords(name)} has no valid “${table.keyPath}”.`));
      else if (seen.has(key)) problems.push(problem('duplicate-id', `Two ${tableWords(name)} records have the same ${table.keyPath} “${String(key)}”.`));
      else seen.set(key, record);
    });
    keys.set(name, seen);
  }

  const clientIds = new Set([...(keys.get('clients')?.keys() ?? [])]);
  if (file.kind === 'client' && (clientIds.size !== 1 || !clientIds.has(file.clientId))) {
    problems.push(problem('foreign-client', `A client file must hold exactly its own client “${file.clientId}”; this one holds ${clientIds.size} client record(s).`));
  }

  let markupFields = 0;
  for (const [name, rows] of Object.entries(records)) {
    const table = byName.get(name)!;
    for (const record of rows) {
      const key = keyOf(record, table);
      const where = label(name, record, key);
      if (table.clientOwned) {
        const owner = record.clientId;
        if (owner === undefined) problems.push(problem('missing-field', `The ${where} is missing the required field “clientId”.`));
        else if (owner !== null && typeof owner !== 'string') problems.push(problem('invalid-field', `The ${where} has an invalid “clientId”.`));
        else if (file.kind === 'client' && owner !== file.clientId) problems.push(problem('foreign-client', `The ${where} belongs to another client (“${String(owner)}”); a client file may only hold its own client's records.`));
        else if (typeof owner === 'string' && !clientIds.has(owner)) problems.push(problem('unknown-client', `The ${where} belongs to client “${owner}”, which is not in the file.`));
      }
      if (table.schema) {
        const parsed = table.schema.safeParse(record);
        if (!parsed.success) problems.push(schemaProblem(where, parsed.error));
      }
      for (const ref of referencesOf(record, table, tableNames)) {
        const target = byName.get(ref.target)!;
        const inFile = keys.get(ref.target)?.get(ref.id);
        const inWorkspace = !target.clientOwned && context.workspaceLibraryKeys?.get(ref.target)?.has(ref.id);
        if (!inFile && !inWorkspace) {
          problems.push(problem('missing-reference', `The ${where} refers to ${tableWords(ref.target)} record “${ref.id}” (field “${ref.path}”), which does not exist in the file.`));
        } else if (inFile && target.clientOwned && typeof record.clientId === 'string' && inFile.clientId !== record.clientId) {
          problems.push(problem('foreign-client', `The ${where} refers to ${tableWords(ref.target)} record “${ref.id}” of another client; records may only link within their own client.`));
        }
      }
      forEachString(record, (text, path) => {
        const image = dataUrlImageProblem(text);
        if (image) problems.push(problem('bad-image', `The ${where}: “${path}” ${image}.`));
        else if (containsMarkup(text)) markupFields++;
      });
      if (problems.length > MAX_LISTED_PROBLEMS * 4) break;
    }
  }

  if (problems.length > 0) return { ok: false, problems: summarise(problems) };
  return { ok: true, value: { records, markupFields } };
}

function summarise(problems: BackupProblem[]): BackupProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const rest = problems.length - MAX_LISTED_PROBLEMS;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), problem(problems[MAX_LISTED_PROBLEMS].code, `…and ${rest} more problem${rest === 1 ? '' : 's'}.`)];
}
