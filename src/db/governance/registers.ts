import type { Table } from 'dexie';
import {
  REGISTERS,
  linkFieldsTo,
  validateNewRecord,
  type RegisterId,
  type RegisterRecord,
} from '../../domain/governance';
import { RegisterValidationError, ValidationError } from '../core/errors';
import type { ChangeRecord } from '../core/history';
import { newId, nowIso } from '../core/ids';
import { deleteRecord, updateRecord, writeScope } from '../core/records';
import type { CaioDatabase } from '../core/schema';
import { todayIso } from '../../domain/shared/dates';
import { tell } from '../../domain/shared/language';

/**
 * Writes of the governance registers, one generic repository for all eleven. Every write is
 * validated with the register's definition first; invalid input throws and writes nothing. Edits go
 * through the one write path, `updateRecord(db, registerId, id, patch)`, which validates them with the
 * register's definition (`recordRules.ts`) and keeps the per-field change history.
 */

/** Refused input, with every problem found (the first one is the message). */
export { RegisterValidationError };

export function registerTable(database: CaioDatabase, registerId: RegisterId): Table<RegisterRecord, string> {
  return database.table<RegisterRecord, string>(registerId);
}

export async function createRegisterRecord(
  database: CaioDatabase,
  registerId: RegisterId,
  clientId: string,
  input: Record<string, unknown>,
  today: string = todayIso(),
): Promise<RegisterRecord> {
  const outcome = validateNewRecord(REGISTERS[registerId], input, today);
  if (!outcome.ok) throw new RegisterValidationError(outcome.issues);
  if (!(await database.clients.get(clientId)))
    throw new ValidationError(tell('This client no longer exists.'));
  const now = nowIso();
  const record: RegisterRecord = { ...outcome.values, id: newId(), clientId, createdAt: now, updatedAt: now };
  await registerTable(database, registerId).add(record);
  return record;
}

/**
 * Deletes a record and removes the links to it from the client's other records (with history),
 * in one transaction, so no register points to something that no longer exists.
 */
export async function deleteRegisterRecord(
  database: CaioDatabase,
  registerId: RegisterId,
  id: string,
): Promise<ChangeRecord | null> {
  const sources = linkFieldsTo(registerId);
  const tables = [...new Set([registerId, ...sources.map((s) => s.register.id)])].map((name) =>
    database.table(name),
  );
  return database.transaction('rw', [...tables, ...writeScope(database, 'aiSystems')], async () => {
    for (const { register, field } of sources) {
      const linking = await registerTable(database, register.id).where(field.key).equals(id).toArray();
      for (const record of linking) {
        const ids = (record[field.key] as string[]).filter((linked) => linked !== id);
        await updateRecord<RegisterRecord>(database, register.id, record.id, { [field.key]: ids });
      }
    }
    return deleteRecord(database, registerId, id);
  });
}

export function listRegisterRecords(
  database: CaioDatabase,
  registerId: RegisterId,
  clientId: string,
): Promise<RegisterRecord[]> {
  return registerTable(database, registerId).where('clientId').equals(clientId).toArray();
}

export async function getRegisterRecord(
  database: CaioDatabase,
  registerId: RegisterId,
  id: string,
): Promise<RegisterRecord | null> {
  return (await registerTable(database, registerId).get(id)) ?? null;
}
