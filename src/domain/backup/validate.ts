import type { z } from 'zod';
import { pruneClientFile } from './clientFilePrune';
import { EncodingError, decodeRecord, isTaggedValue } from './encoding';
import { fieldNameProblem } from './fieldNames';
import type { BackupFile, StoredRecord, TableRecords } from './format';
import { dataUrlImageProblem, forEachString } from './images';
import { containsMarkup } from './scan';
import { HISTORY_TABLE } from './preview';
import { MAX_LISTED_PROBLEMS, problem, type BackupProblem, type Checked, type ProblemCode } from './problems';
import { recordLabel, shownValue, withAdvice } from './recordLabels';
import { keyOf, referencesOf, tableWords, type TableDescriptor } from './tables';

/**
 * Checks every record of a parsed file before anything is written: shape, field names, tagged values,
 * primary key, duplicates, the table's registered schema, the owning client, every reference between
 * records (fields that may point at several tables too), the change history's links, and images.
 * Every message names the table, the record by its label and what to do. Generic: no table is named.
 */

export interface ValidationContext {
  tables: TableDescriptor[];
  /** Keys already in the workspace per consultant-wide table (a client bundle may refer to them). */
  workspaceLibraryKeys?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Called now and then while records are checked (for a progress bar). */
  onProgress?(checked: number, total: number): void;
  /** Fills in what a record of a client file may lack (the fields a handover keeps back), before any check. */
  complete?(table: string, record: StoredRecord): StoredRecord;
}

export interface ValidatedContent {
  records: TableRecords;
  /** Text fields that contain HTML or script markup (imported as inert plain text). */
  markupFields: number;
  /** What a client file held that is left out (unreferenced library records, history of absent records). */
  notes: string[];
}

function schemaProblem(where: string, error: z.ZodError): BackupProblem {
  const issue = error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : '';
  const missing = issue?.code === 'invalid_type' && /received undefined/.test(issue.message);
  if (missing)
    return recordProblem('missing-field', `The ${where} is missing the required field “${field}”.`);
  return recordProblem(
    'invalid-field',
    `The ${where} has an invalid ${field ? `“${field}”` : 'value'}: ${issue?.message ?? 'not valid'}.`,
  );
}

function recordProblem(code: ProblemCode, message: string): BackupProblem {
  return problem(code, withAdvice(code, message));
}

interface Entry {
  record: StoredRecord;
  index: number;
}

function decodeTables(
  file: BackupFile,
  byName: Map<string, TableDescriptor>,
  problems: BackupProblem[],
  complete?: ValidationContext['complete'],
): Map<string, Entry[]> {
  const tables = new Map<string, Entry[]>();
  for (const [name, rows] of Object.entries(file.tables)) {
    if (!byName.has(name)) {
      problems.push(
        problem(
          'unknown-table',
          `The file has a table “${name.slice(0, 60)}” that this version of CAIO Desk does not know. It may come from a newer or a different app: update CAIO Desk, or use a file it exported.`,
        ),
      );
      continue;
    }
    const entries: Entry[] = [];
    tables.set(name, entries);
    rows.forEach((row, index) => {
      const where = `${tableWords(name)} entry ${index + 1}`;
      if (row === null || typeof row !== 'object' || Array.isArray(row))
        return problems.push(recordProblem('bad-record', `The ${where} is not a record.`));
      if (isTaggedValue(row))
        return problems.push(
          recordProblem(
            'tagged-record',
            `The ${where} is a single tagged value (“${Object.keys(row)[0].slice(0, 40)}”), not a record.`,
          ),
        );
      const names = fieldNameProblem(row as Record<string, unknown>);
      if (names) return problems.push(recordProblem('bad-field-name', `The ${where} ${names}.`));
      try {
        const record = decodeRecord(row) as StoredRecord;
        entries.push({ record: complete ? complete(name, record) : record, index });
      } catch (error) {
        const reason =
          error instanceof EncodingError ? `“${error.path}”: ${error.reason}` : 'a value that cannot be read';
        problems.push(
          recordProblem(
            'bad-tagged-value',
            `The ${recordLabel(name, row as StoredRecord, (row as StoredRecord)[byName.get(name)!.keyPath], index)} holds ${reason}.`,
          ),
        );
      }
    });
  }
  return tables;
}

export function validateContent(file: BackupFile, context: ValidationContext): Checked<ValidatedContent> {
  const problems: BackupProblem[] = [];
  const byName = new Map(context.tables.map((t) => [t.name, t]));
  const tableNames = new Set(byName.keys());
  const decoded = decodeTables(file, byName, problems, file.kind === 'client' ? context.complete : undefined);
  const total = [...decoded.values()].reduce((n, rows) => n + rows.length, 0);

  // Primary keys and duplicates first: references are checked against these sets.
  const keys = new Map<string, Map<unknown, StoredRecord>>();
  for (const [name, rows] of decoded) {
    const table = byName.get(name)!;
    const seen = new Map<unknown, StoredRecord>();
    for (const { record, index } of rows) {
      const key = keyOf(record, table);
      const validKey =
        (typeof key === 'string' && key.length > 0 && key.length <= 200) ||
        (table.autoKey && typeof key === 'number' && Number.isFinite(key));
      if (!validKey)
        problems.push(
          recordProblem(
            'missing-field',
            `The ${recordLabel(name, record, undefined, index)} has no valid “${table.keyPath}” (an id of 1 to 200 characters).`,
          ),
        );
      else if (seen.has(key))
        problems.push(
          recordProblem(
            'duplicate-id',
            `Two ${tableWords(name)} records have the same ${table.keyPath} “${shownValue(key, 80)}”.`,
          ),
        );
      else seen.set(key, record);
    }
    keys.set(name, seen);
  }

  const clientIds = new Set([...(keys.get('clients')?.keys() ?? [])]);
  if (file.kind === 'client' && (clientIds.size !== 1 || !clientIds.has(file.clientId))) {
    problems.push(
      recordProblem(
        'foreign-client',
        `A client file must hold exactly its own client “${shownValue(file.clientId)}”; this one holds ${clientIds.size} client record(s).`,
      ),
    );
  }

  let markupFields = 0;
  let checked = 0;
  for (const [name, rows] of decoded) {
    const table = byName.get(name)!;
    for (const { record, index } of rows) {
      const where = recordLabel(name, record, keyOf(record, table), index);
      if (table.clientOwned) {
        const owner = record.clientId;
        if (owner === undefined)
          problems.push(
            recordProblem('missing-field', `The ${where} is missing the required field “clientId”.`),
          );
        else if (owner !== null && typeof owner !== 'string')
          problems.push(
            recordProblem(
              'invalid-field',
              `The ${where} has an invalid “clientId” (it must be the id of a client).`,
            ),
          );
        else if (file.kind === 'client' && owner !== file.clientId)
          problems.push(
            recordProblem(
              'foreign-client',
              `The ${where} belongs to another client (“${shownValue(owner, 80)}”); a client file may only hold its own client's records.`,
            ),
          );
        else if (typeof owner === 'string' && !clientIds.has(owner))
          problems.push(
            recordProblem(
              'unknown-client',
              `The ${where} belongs to client “${owner.slice(0, 80)}”, which is not in the file.`,
            ),
          );
      }
      if (table.schema) {
        const parsed = table.schema.safeParse(record);
        if (!parsed.success) problems.push(schemaProblem(where, parsed.error));
      }
      for (const ref of referencesOf(record, table, tableNames)) {
        const inFile = ref.targets.map((t) => ({ t, found: keys.get(t)?.get(ref.id) })).find((r) => r.found);
        const inWorkspace = ref.targets.some(
          (t) =>
            !byName.get(t)!.clientOwned &&
            t !== 'clients' &&
            context.workspaceLibraryKeys?.get(t)?.has(ref.id),
        );
        const targetWords = ref.targets.map(tableWords).join(' or ');
        if (!inFile && !inWorkspace) {
          problems.push(
            recordProblem(
              'missing-reference',
              `The ${where} refers to ${targetWords} record “${ref.id.slice(0, 80)}” (field “${ref.path}”), which does not exist in the file.`,
            ),
          );
        } else if (
          inFile &&
          byName.get(inFile.t)!.clientOwned &&
          typeof record.clientId === 'string' &&
          inFile.found!.clientId !== record.clientId
        ) {
          problems.push(
            recordProblem(
              'foreign-client',
              `The ${where} refers to ${tableWords(inFile.t)} record “${ref.id.slice(0, 80)}” of another client (field “${ref.path}”); records may only link within their own client.`,
            ),
          );
        }
      }
      if (name === HISTORY_TABLE) problems.push(...historyProblems(record, where, byName, keys));
      forEachString(record, (text, path) => {
        const image = dataUrlImageProblem(text);
        if (image) problems.push(recordProblem('bad-image', `The ${where}: “${path}” ${image}.`));
        else if (containsMarkup(text)) markupFields++;
      });
      checked++;
      if (checked % 500 === 0) context.onProgress?.(checked, total);
      if (problems.length > MAX_LISTED_PROBLEMS * 4) break;
    }
  }
  context.onProgress?.(total, total);

  if (problems.length > 0) return { ok: false, problems: summarise(problems) };
  const records: TableRecords = Object.fromEntries(
    [...decoded].map(([name, rows]) => [name, rows.map((e) => e.record)]),
  );
  if (file.kind !== 'client') return { ok: true, value: { records, markupFields, notes: [] } };
  const pruned = pruneClientFile(records, context.tables);
  return { ok: true, value: { records: pruned.records, markupFields, notes: pruned.notes } };
}

/** A change-history entry names a table of this app, and a record of it that belongs to the same client. */
function historyProblems(
  change: StoredRecord,
  where: string,
  byName: Map<string, TableDescriptor>,
  keys: Map<string, Map<unknown, StoredRecord>>,
): BackupProblem[] {
  const entity = change.entity;
  if (typeof entity !== 'string' || !byName.has(entity) || entity === HISTORY_TABLE) {
    return [
      recordProblem(
        'invalid-field',
        `The ${where} is about table “${shownValue(entity)}”, which is not a table of CAIO Desk (field “entity”).`,
      ),
    ];
  }
  const target = keys.get(entity)?.get(change.entityId);
  if (!target) return []; // history of a deleted record: kept in a workspace backup, left out of a client file
  const owner =
    entity === 'clients' ? change.entityId : byName.get(entity)!.clientOwned ? target.clientId : undefined;
  if (owner !== undefined && owner !== change.clientId) {
    return [
      recordProblem(
        'foreign-client',
        `The ${where} records a change of ${tableWords(entity)} record “${shownValue(change.entityId, 80)}”, which belongs to another client; history may only describe its own client's records.`,
      ),
    ];
  }
  return [];
}

function summarise(problems: BackupProblem[]): BackupProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const rest = problems.length - MAX_LISTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    problem(problems[MAX_LISTED_PROBLEMS].code, `…and ${rest} more problem${rest === 1 ? '' : 's'}.`),
  ];
}
