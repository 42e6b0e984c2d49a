import { z } from 'zod';
import { DecryptionError, fromBase64, open, seal, toBase64, utf8 } from '../../domain/vault/aead';
import {
  KEYRING_ID,
  keyDocId,
  keyDocOwner,
  keyDocSchema,
  keyPairSchema,
  newKeyPair,
  unwrapKey,
  wrapKey,
  type KeyPair,
} from '../../domain/sync/keys';
import {
  consultantDocId,
  membersOf,
  PRACTICE_DATABASE,
  type ConsultantDoc,
} from '../../domain/sync/practice';
import { consultantDocSchema } from '../../domain/sync/practice';
import { remoteDatabaseName } from '../../domain/sync/settings';
import { tell } from '../../domain/shared/language';
import type { CaioDatabase } from '../core/schema';
import { Couch, CouchError, documentPath } from './couch';

/**
 * The keys of sync on this device, in one `settings` row (`sync.keys`, sealed by the vault, never in a
 * backup): the consultant's key pair and the data key of each synced client. A client's key comes from its
 * database on the server (`key:<me>:<fingerprint>`, wrapped for this device's public key); the first
 * consultant to sync a client that has no key yet puts its vault data key there, and every key holder
 * wraps it for the assigned consultants' published public keys (`shareClientKey`) at each sync.
 */

export const SYNC_KEYS_KEY = 'sync.keys';

const storeSchema = z.object({
  pair: keyPairSchema,
  clients: z.record(z.string(), z.string()),
});
type KeyStore = z.infer<typeof storeSchema>;

/** No key for a client yet: nobody assigned to it has shared it with this device. */
export class NoClientKeyError extends Error {
  constructor() {
    super(tell('Waiting for a colleague assigned to this client to share its key (at their next sync).'));
    this.name = 'NoClientKeyError';
  }
}

async function readStore(database: CaioDatabase): Promise<KeyStore | null> {
  const parsed = storeSchema.safeParse((await database.settings.get(SYNC_KEYS_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

const writeStore = (database: CaioDatabase, store: KeyStore) =>
  database.settings.put({ key: SYNC_KEYS_KEY, value: store });

/** This device's key pair (made on first use, kept in the vault). */
export async function deviceKeyPair(database: CaioDatabase): Promise<KeyPair> {
  const store = await readStore(database);
  if (store) return store.pair;
  const pair = await newKeyPair();
  await writeStore(database, { pair, clients: {} });
  return pair;
}

/** The client's data key kept here (null: none yet). */
export async function storedClientKey(database: CaioDatabase, clientId: string): Promise<Uint8Array | null> {
  const stored = (await readStore(database))?.clients[clientId];
  return stored ? fromBase64(stored) : null;
}

async function storeClientKey(database: CaioDatabase, clientId: string, key: Uint8Array | null) {
  const store = (await readStore(database)) ?? { pair: await deviceKeyPair(database), clients: {} };
  const clients = { ...store.clients };
  if (key) clients[clientId] = toBase64(key);
  else delete clients[clientId];
  await writeStore(database, { ...store, clients });
}

/** Forgets a client's key on this device (revocation). */
export const forgetClientKey = (database: CaioDatabase, clientId: string) =>
  storeClientKey(database, clientId, null);

const checkAad = (clientId: string) => utf8(`caio-desk keyring ${clientId}`);

/** Whether `key` is the client's key, by the keyring's check value (a seal only that key opens). */
function fitsKeyring(ring: { check?: unknown }, clientId: string, key: Uint8Array): boolean {
  if (typeof ring.check !== 'string') return false;
  try {
    open(key, fromBase64(ring.check), checkAad(clientId));
    return true;
  } catch (error) {
    if (error instanceof DecryptionError) return false;
    throw error;
  }
}

/**
 * The client's data key for this device: opened from its key document on the server, or (a client with no
 * key on the server yet, whose records are here) this device's vault key of the client, put there first.
 * Throws NoClientKeyError while nobody has shared it, a CouchError when the server refuses.
 */
export async function ensureClientKey(
  database: CaioDatabase,
  couch: Couch,
  clientId: string,
): Promise<Uint8Array> {
  const remote = remoteDatabaseName(clientId);
  const pair = await deviceKeyPair(database);
  const path = documentPath(remote, keyDocId(couch.username, pair.fingerprint));
  const mine = keyDocSchema.safeParse(await couch.get(path));
  if (mine.success) {
    const key = await unwrapKey(pair.privateKey, clientId, mine.data.wrapped);
    await storeClientKey(database, clientId, key);
    return key;
  }
  const ring = await couch.get<{ check?: unknown }>(documentPath(remote, KEYRING_ID));
  const stored = await storedClientKey(database, clientId);
  if (ring) {
    // Kept here but its document is gone (e.g. written before a crash): put it back if it is the key.
    if (!stored || !fitsKeyring(ring, clientId, stored)) throw new NoClientKeyError();
    await putKeyDoc(couch, remote, couch.username, pair, clientId, stored);
    return stored;
  }
  const key = stored ?? ((await database.clients.get(clientId)) ? database.vault.clientKey(clientId) : null);
  if (!key) throw new NoClientKeyError();
  await storeClientKey(database, clientId, key);
  try {
    const check = toBase64(seal(key, utf8('caio-desk'), checkAad(clientId)));
    await couch.request('PUT', documentPath(remote, KEYRING_ID), { check });
  } catch (error) {
    if (!(error instanceof CouchError && error.status === 409)) throw error;
    await forgetClientKey(database, clientId); // another device made the key at the same moment: theirs counts
    throw new NoClientKeyError();
  }
  await putKeyDoc(couch, remote, couch.username, pair, clientId, key);
  return key;
}

async function putKeyDoc(
  couch: Couch,
  remote: string,
  username: string,
  publicKey: { publicKey: string; fingerprint: string },
  clientId: string,
  key: Uint8Array,
) {
  const wrapped = await wrapKey(publicKey.publicKey, clientId, key);
  await couch.request('PUT', documentPath(remote, keyDocId(username, publicKey.fingerprint)), {
    wrapped,
    fingerprint: publicKey.fingerprint,
  });
}

/** The practice's consultants, or null when there is no practice database this sign-in can read. */
export async function readConsultants(couch: Couch): Promise<ConsultantDoc[] | null> {
  const range = `startkey=${encodeURIComponent('"consultant:"')}&endkey=${encodeURIComponent('"consultant:\ufff0"')}`;
  try {
    const answer = await couch.request<{ rows: { doc?: unknown }[] }>(
      'GET',
      `${PRACTICE_DATABASE}/_all_docs?include_docs=true&${range}`,
    );
    return answer.rows.flatMap((row) => {
      const parsed = consultantDocSchema.safeParse(row.doc);
      return parsed.success ? [parsed.data] : [];
    });
  } catch (error) {
    if (error instanceof CouchError && [401, 403, 404].includes(error.status)) return null;
    throw error;
  }
}

/** Puts this device's public key on the consultant's own practice document (once). */
export async function publishPublicKey(database: CaioDatabase, couch: Couch, consultants: ConsultantDoc[]) {
  const pair = await deviceKeyPair(database);
  const me = consultants.find((c) => c.name === couch.username);
  if (!me || me.keys.some((k) => k.fingerprint === pair.fingerprint)) return;
  const keys = [...me.keys, { publicKey: pair.publicKey, fingerprint: pair.fingerprint }];
  await couch.request('PUT', documentPath(PRACTICE_DATABASE, consultantDocId(me.name)), { ...me, keys });
  me.keys = keys;
}

/**
 * Wraps the client's key for every published key of every consultant assigned to it that has none yet,
 * and removes the key documents of practice consultants no longer assigned. Needs the key (a key holder).
 */
export async function shareClientKey(
  couch: Couch,
  clientId: string,
  key: Uint8Array,
  consultants: readonly ConsultantDoc[],
): Promise<void> {
  const remote = remoteDatabaseName(clientId);
  const range = `startkey=${encodeURIComponent('"key:"')}&endkey=${encodeURIComponent('"key:\ufff0"')}`;
  const existing = await couch.request<{ rows: { id: string; value: { rev: string } }[] }>(
    'GET',
    `${remote}/_all_docs?${range}`,
  );
  const have = new Set(existing.rows.map((row) => row.id));
  const members = new Set(membersOf(consultants, clientId));
  for (const consultant of consultants.filter((c) => members.has(c.name)))
    for (const published of consultant.keys)
      if (!have.has(keyDocId(consultant.name, published.fingerprint)))
        await putKeyDoc(couch, remote, consultant.name, published, clientId, key);
  const known = new Set(consultants.map((c) => c.name));
  for (const row of existing.rows) {
    const owner = keyDocOwner(row.id);
    if (owner && known.has(owner) && !members.has(owner))
      await couch.request('DELETE', `${documentPath(remote, row.id)}?rev=${row.value.rev}`);
  }
}
