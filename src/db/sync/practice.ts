import {
  consultantDocId,
  membersOf,
  PRACTICE_DATABASE,
  PRACTICE_VALIDATION,
  type ConsultantDoc,
} from '../../domain/sync/practice';
import { keyDocOwner } from '../../domain/sync/keys';
import { remoteDatabaseName } from '../../domain/sync/settings';
import type { CaioDatabase } from '../core/schema';
import { CouchError, documentPath, type Couch } from './couch';
import { ensureClientKey, NoClientKeyError, readConsultants, shareClientKey } from './keyring';

/**
 * What the practice owner (a server admin) does on the server: the practice database and its rule,
 * consultants (CouchDB users in `_users`, each with a practice document), and assignments: assigning or
 * unassigning a consultant updates their practice document, the client database's `_security` (its members
 * are exactly the assigned consultants) and the wrapped keys (wrapped now when the owner has the client's key,
 * otherwise by an assigned key holder at their next sync; removed at once on unassigning).
 */

const security = (members: readonly string[]) => ({
  admins: { names: [], roles: [] },
  members: { names: [...members], roles: [] },
});

async function createDatabase(couch: Couch, name: string): Promise<void> {
  try {
    await couch.request('PUT', name);
  } catch (error) {
    if (!(error instanceof CouchError && error.status === 412)) throw error; // it exists
  }
}

/** The practice database with its rule; its consultants (empty for a new practice). */
export async function openPractice(couch: Couch): Promise<ConsultantDoc[]> {
  await createDatabase(couch, PRACTICE_DATABASE);
  const design = await couch.get<{ _rev: string; validate_doc_update?: string }>(
    `${PRACTICE_DATABASE}/_design/practice`,
  );
  if (design?.validate_doc_update !== PRACTICE_VALIDATION)
    await couch.request('PUT', `${PRACTICE_DATABASE}/_design/practice`, {
      ...(design ? { _rev: design._rev } : {}),
      validate_doc_update: PRACTICE_VALIDATION,
    });
  return (await readConsultants(couch)) ?? [];
}

/** A new consultant: their CouchDB user, their practice document, and membership of the practice database. */
export async function createConsultant(
  couch: Couch,
  name: string,
  password: string,
): Promise<ConsultantDoc[]> {
  await couch.request('PUT', documentPath('_users', `org.couchdb.user:${name}`), {
    name,
    password,
    roles: [],
    type: 'user',
  });
  const doc = { _id: consultantDocId(name), type: 'consultant', name, keys: [], clients: [] };
  await couch.request('PUT', documentPath(PRACTICE_DATABASE, doc._id), doc);
  const consultants = (await readConsultants(couch)) ?? [];
  await couch.request('PUT', `${PRACTICE_DATABASE}/_security`, security(consultants.map((c) => c.name)));
  return consultants;
}

/**
 * Assigns or unassigns one consultant for one client. `database` is the owner's app database: when the
 * owner has the client's key (or the client, whose vault key becomes it), it is wrapped at once.
 */
export async function setAssignment(
  database: CaioDatabase,
  couch: Couch,
  clientId: string,
  name: string,
  assigned: boolean,
): Promise<ConsultantDoc[]> {
  const consultant = (await readConsultants(couch))?.find((c) => c.name === name);
  if (!consultant) throw new Error(`No consultant ${name}`);
  const clients = consultant.clients.filter((id) => id !== clientId);
  if (assigned) clients.push(clientId);
  await couch.request('PUT', documentPath(PRACTICE_DATABASE, consultant._id), { ...consultant, clients });
  const consultants = (await readConsultants(couch)) ?? [];
  const remote = remoteDatabaseName(clientId);
  await createDatabase(couch, remote);
  await couch.request('PUT', `${remote}/_security`, security(membersOf(consultants, clientId)));
  if (!assigned) await removeKeysOf(couch, remote, name);
  else
    try {
      await shareClientKey(couch, clientId, await ensureClientKey(database, couch, clientId), consultants);
    } catch (error) {
      if (!(error instanceof NoClientKeyError)) throw error;
    }
  return consultants;
}

async function removeKeysOf(couch: Couch, remote: string, name: string): Promise<void> {
  const answer = await couch.request<{ rows: { id: string; value: { rev: string } }[] }>(
    'GET',
    `${remote}/_all_docs?startkey=${encodeURIComponent(`"key:${name}:"`)}&endkey=${encodeURIComponent(`"key:${name}:\ufff0"`)}`,
  );
  for (const row of answer.rows.filter((r) => keyDocOwner(r.id) === name))
    await couch.request('DELETE', `${documentPath(remote, row.id)}?rev=${row.value.rev}`);
}
