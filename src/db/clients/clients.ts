import { byName } from '../core/sortByName';
import { newClient, validateClientField, type Client, type ClientStatus } from '../../domain/clients/client';
import {
  engagementEntryInputSchema,
  type EngagementEntry,
  type EngagementEntryInput,
} from '../../domain/clients/engagement';
import { ValidationError } from '../core/errors';
import { tell } from '../../domain/shared/language';
import { newId, nowIso } from '../core/ids';
import { deleteClientCascade, deleteRecord, updateRecord, type EditResult } from '../core/records';
import type { CaioDatabase } from '../core/schema';

/** Client and engagement-log queries and writes. Every write validates first; invalid input changes nothing. */

export { ValidationError };

export async function createClient(
  database: CaioDatabase,
  input: { name: string; sector?: string },
): Promise<Client> {
  const name = validateClientField('name', input.name);
  if (!name.ok) throw new ValidationError(name.message, 'name');
  const sector = validateClientField('sector', input.sector ?? '');
  if (!sector.ok) throw new ValidationError(sector.message, 'sector');
  const client = newClient({ id: newId(), name: name.value, sector: sector.value, now: nowIso() });
  await database.clients.add(client);
  return client;
}

export function setClientStatus(
  database: CaioDatabase,
  id: string,
  status: ClientStatus,
): Promise<EditResult<Client>> {
  return updateRecord<Client>(database, 'clients', id, { status });
}

/** Deletes a client only when the typed confirmation matches its name exactly (ignoring outer spaces). */
export async function deleteClient(database: CaioDatabase, id: string, typedName: string): Promise<void> {
  const client = await database.clients.get(id);
  if (!client) return;
  if (typedName.trim() !== client.name.trim())
    throw new ValidationError(tell('Type the client name exactly as shown to confirm.'), 'confirmName');
  await deleteClientCascade(database, id);
}

export async function listClients(database: CaioDatabase): Promise<Client[]> {
  return byName(await database.clients.toArray());
}

export async function addEngagementEntry(
  database: CaioDatabase,
  clientId: string,
  input: EngagementEntryInput,
): Promise<EngagementEntry> {
  const parsed = engagementEntryInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(
      issue?.message ?? tell('This entry is not valid'),
      String(issue?.path[0] ?? ''),
    );
  }
  const now = nowIso();
  const entry: EngagementEntry = { id: newId(), clientId, ...parsed.data, createdAt: now, updatedAt: now };
  await database.engagementLog.add(entry);
  return entry;
}

export async function deleteEngagementEntry(database: CaioDatabase, id: string): Promise<void> {
  await deleteRecord(database, 'engagementLog', id);
}

export function engagementEntriesForClient(
  database: CaioDatabase,
  clientId: string,
): Promise<EngagementEntry[]> {
  return database.engagementLog
    .where('[clientId+date]')
    .between([clientId, ''], [clientId, '\uffff'])
    .reverse()
    .toArray();
}

/** Hours logged per client within [from, to] (inclusive ISO dates), for the home screen. */
export async function hoursByClientBetween(
  database: CaioDatabase,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const entries = await database.engagementLog.where('date').between(from, to, true, true).toArray();
  const totals = new Map<string, number>();
  for (const entry of entries) totals.set(entry.clientId, (totals.get(entry.clientId) ?? 0) + entry.hours);
  return totals;
}
