import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import { fromUtf8, open } from '../../domain/vault/aead';
import {
  CLIENT_KEY_FIELD,
  isSealed,
  parseSecret,
  recordAad,
  sealRecord,
  SEALED_FIELD,
  withoutVaultFields,
  type StoredValue,
} from '../../domain/vault/recordCodec';
import { isVaultSettingRow, plainFieldsOf } from './fieldPolicy';
import { copyInto } from './secretCache';
import { VaultLockedError, type VaultSession } from './session';

/**
 * The Dexie DBCore middleware that encrypts records on their way into IndexedDB and decrypts them on
 * their way out, for every table (none is named here). Which fields stay plain comes from
 * `fieldPolicy.ts`; which key encrypts a record: the client's data key for a client record and for
 * every record with a `clientId`, the workspace key for the rest. A plain record (an existing
 * workspace being encrypted) is read as it is. While locked, nothing encrypted is read or written.
 */

export const VAULT_MIDDLEWARE = 'caio-vault';

export class UnknownClientKeyError extends Error {
  constructor(clientId: string) {
    super(
      `No key for client ${clientId}: its records cannot be read (the client was deleted, or this window has not seen it yet).`,
    );
  }
}

/** The client whose key seals a record, or null for the workspace key. */
export function ownerOf(table: string, value: StoredValue): string | null {
  if (table === 'clients') return typeof value.id === 'string' ? value.id : null;
  return typeof value.clientId === 'string' && value.clientId !== '' ? value.clientId : null;
}

export function vaultMiddleware(session: VaultSession): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: VAULT_MIDDLEWARE,
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          const plain = plainFieldsOf(table.schema);
          const isPlain = (field: string) => plain.has(field);
          const primaryKeyOf = (value: StoredValue) =>
            table.schema.primaryKey.extractKey?.(value) ?? value.id;

          function keyFor(value: StoredValue): Uint8Array {
            const owner = ownerOf(name, value);
            if (owner === null) return session.workspaceKey();
            const key = session.clientKey(owner);
            if (!key) throw new UnknownClientKeyError(owner);
            return key;
          }

          function encrypt(value: unknown): unknown {
            if (session.mode === 'off' || isVaultSettingRow(name, value)) return value;
            if (session.mode === 'locked') throw new VaultLockedError();
            let record = withoutVaultFields(value as StoredValue);
            if (name === 'clients') {
              const wrapped = session.wrappedKeyFor(String(record.id));
              record = { ...record, [CLIENT_KEY_FIELD]: wrapped };
            }
            const sealed = sealRecord(
              record,
              (field) => isPlain(field) || field === CLIENT_KEY_FIELD,
              keyFor(record),
              recordAad(name, primaryKeyOf(record)),
            );
            return sealed;
          }

          function decrypt(value: unknown): unknown {
            if (!isSealed(value)) return value;
            if (session.mode !== 'unlocked') throw new VaultLockedError();
            if (name === 'clients' && typeof value[CLIENT_KEY_FIELD] === 'string')
              session.learnClientKey(String(value.id), value[CLIENT_KEY_FIELD] as string);
            const sealed = value[SEALED_FIELD];
            const primaryKey = primaryKeyOf(value);
            let secret = session.cache.get(name, primaryKey, sealed);
            if (secret === undefined) {
              secret = parseSecret(fromUtf8(open(keyFor(value), sealed, recordAad(name, primaryKey))));
              session.cache.set(name, primaryKey, sealed, secret);
            }
            return copyInto(withoutVaultFields(value), secret);
          }

          const decryptAll = (values: readonly unknown[]) =>
            values.map((v) => (v === undefined ? v : decrypt(v)));

          function wrapCursor(cursor: DBCoreCursor | null): DBCoreCursor | null {
            if (!cursor) return cursor;
            let lastRaw: unknown;
            let lastOpened: unknown;
            // Like Dexie's own virtual cursors: key getters of IDBCursor must be called on the real cursor.
            return Object.create(cursor, {
              key: { get: () => cursor.key },
              primaryKey: { get: () => cursor.primaryKey },
              value: {
                get() {
                  const raw = cursor.value;
                  if (raw !== lastRaw) {
                    lastRaw = raw;
                    lastOpened = decrypt(raw);
                  }
                  return lastOpened;
                },
              },
            }) as DBCoreCursor;
          }

          return {
            ...table,
            mutate(req) {
              if (session.mode === 'off' || (req.type !== 'add' && req.type !== 'put'))
                return table.mutate(req);
              try {
                return table.mutate({ ...req, values: req.values.map(encrypt) } as typeof req);
              } catch (error) {
                return Promise.reject(error);
              }
            },
            get: (req) => table.get(req).then((value) => (value === undefined ? value : decrypt(value))),
            getMany: (req) => table.getMany(req).then(decryptAll),
            query: (req) =>
              table
                .query(req)
                .then((response) =>
                  req.values ? { ...response, result: decryptAll(response.result) } : response,
                ),
            openCursor: (req) =>
              table.openCursor(req).then((cursor) => (req.values === false ? cursor : wrapCursor(cursor))),
          };
        },
      };
    },
  };
}
