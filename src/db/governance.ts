import type { Table } from 'dexie';
import {
  REGISTERS,
  linkFieldsTo,
  localToday,
  validateNewRecord,
  validatePatch,
  type RecordIssue,
  type RegisterId,
  type RegisterRecord,
} from '../domain/governance';
import { ValidationError } from './errors';
import { newId, nowIso } from './ids';
import { RecordNotFoundError, updateRecord } from './records';
import type { CaioDatabase } from './schema';

/**
 * Writes of the governance registers, one generic repository for all eleven. Every write is
 * validated with the register's definition first; invalid input throws and writes nothing. Every
 * edit goes through `updateRecord`, so each register keeps its per-field change history.
 */

/** Refused input, with every problem found (the first one is the message). */
export class RegisterValidationError extends ValidationError {
  constructor(readonly issues: RecordIssue[]) {
    super(issues[0]?.message ?? 'This input is not valid', issues[0]?.field);
  }
}

export function registerTable(database: CaioDatabase, registerId: RegisterId): Table<RegisterRecord, string> {
  return database.table<RegisterRecord, string>(registerId);
}

export async function createRegisterRecord(
  database: CaioDatabase,
  registerId: RegisterId,
  clientId: string,
  input: Record<string, unknown>,
  today: string = localToday(),
): Promise<RegisterRecord> {
  const outcome = validateNewRecord(REGISTERS[registerId], input, today);
  if (!outcome.ok) throw new RegisterValidationError(outcome.issues);
  if (!(await database.clients.get(clientId))) throw new ValidationError('This client no longer exists.');
  const now = nowIso();
  const record: RegisterRecord = { ...outcome.values, id: newId(), clientId, createdAt: now, updatedAt: now };
  await registerTable(database, registerId).add(record);
  return record;
}

/** Saves an edit of some fields (usually one, as the user types), with change history. */
export async function updateRegisterFields(
  database: CaioDatabase,
  registerId: RegisterId,
  id: string,
  patch: Record<string, unknown>,
  today: string = localToday(),
): Promise<void> {
  const register = REGISTERS[registerId];
  const before = await registerTable(database, registerId).get(id);
  if (!before) throw new RecordNotFoundError(register.singular);
  const outcome = validatePatch(register, before, patch, today);
  if (!outcome.ok) throw new RegisterValidationError(outcome.issues);
  // A use case's tier and systems are read from the links, so a link change needs nothing more.
  await updateRecord<RegisterRecord>(database, registerId, id, outcome.values as Partial<RegisterRecord>, register.singular);
}

/**
 * Deletes a record and removes the links to it from the client's other records (with history),
 * in one transaction, so no register points to something that no longer exists.
 */
export async function deleteRegisterRecord(database: CaioDatabase, registerId: RegisterId, id: string): Promise<void> {
  const sources = linkFieldsTo(registerId);
  const tables = [...new Set([registerId, ...sources.map((s) => s.register.id)])].map((name) => database.table(name));
  await database.transaction('rw', [...tables, database.changes], async () => {
    for (const { register, field } of sources) {
      const linking = await registerTable(database, register.id).where(field.key).equals(id).toArray();
      for (const record of linking) {
        const ids = (record[field.key] as string[]).filter((linked) => linked !== id);
        await updateRecord<RegisterRecord>(database, register.id, record.id, { [field.key]: ids } as Partial<RegisterRecord>, register.singular);
      }
    }
    await registerTable(database, registerId).delete(id);
  });
}

export function listRegisterRecords(database: CaioDatabase, registerId: RegisterId, clientId: string): Promise<RegisterRecord[]> {
  return registerTable(database, registerId).where('clientId').equals(clientId).toArray();
}

export async function getRegisterRecord(database: CaioDatabase, registerId: RegisterId, id: string): Promise<RegisterRecord | null> {
  return (await registerTable(database, registerId).get(id)) ?? null;
}
