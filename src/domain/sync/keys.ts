import { z } from 'zod';
import { fromBase64, toBase64, utf8 } from '../vault/aead';

/**
 * Each consultant's key pair and the client's data key wrapped for them (WebCrypto RSA-OAEP, 3072 bits,
 * SHA-256; nothing home-made). The private key stays in the consultant's vault (this device's sealed
 * settings); the public key is published in the practice database. In a client's database, one document
 * per consultant key, `key:<user name>:<fingerprint>`, holds only the data key wrapped for that public key
 * and the key's fingerprint; the OAEP label binds the wrapped key to its client. `keyring` marks that the
 * client's key exists (its creation is the one PUT that can only succeed once).
 */

export const KEYRING_ID = 'keyring';
const KEY_PREFIX = 'key:';
const ALGORITHM = { name: 'RSA-OAEP', hash: 'SHA-256' } as const;

export interface KeyPair {
  /** SPKI, base64. */
  publicKey: string;
  /** PKCS #8, base64 (kept sealed by the vault). */
  privateKey: string;
  fingerprint: string;
}

export const keyPairSchema = z.object({
  publicKey: z.string().min(1).max(2000),
  privateKey: z.string().min(1).max(5000),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});

export const publicKeySchema = z.object({
  publicKey: z.string().min(1).max(2000),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type PublicKey = z.infer<typeof publicKeySchema>;

/** A wrapped key as stored in the client's database. */
export const keyDocSchema = z.object({
  _id: z.string(),
  _rev: z.string().optional(),
  wrapped: z.string().min(1).max(2000),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type KeyDoc = z.infer<typeof keyDocSchema>;

const subtle = () => globalThis.crypto.subtle;
const buffer = (bytes: Uint8Array) => bytes.slice().buffer;
const label = (clientId: string) => buffer(utf8(`caio-desk sync key ${clientId}`));

export async function fingerprintOf(publicKey: string): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', buffer(fromBase64(publicKey))));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** How a fingerprint reads on screen: its first 16 hex digits in groups of four. */
export function shortFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}

export async function newKeyPair(): Promise<KeyPair> {
  const pair = await subtle().generateKey(
    { ...ALGORITHM, modulusLength: 3072, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['encrypt', 'decrypt'],
  );
  const publicKey = toBase64(new Uint8Array(await subtle().exportKey('spki', pair.publicKey)));
  const privateKey = toBase64(new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey)));
  return { publicKey, privateKey, fingerprint: await fingerprintOf(publicKey) };
}

export async function wrapKey(publicKey: string, clientId: string, dataKey: Uint8Array): Promise<string> {
  const key = await subtle().importKey('spki', buffer(fromBase64(publicKey)), ALGORITHM, false, ['encrypt']);
  const wrapped = await subtle().encrypt({ name: 'RSA-OAEP', label: label(clientId) }, key, buffer(dataKey));
  return toBase64(new Uint8Array(wrapped));
}

/** The data key; throws when the wrapped key is not for this private key or this client. */
export async function unwrapKey(privateKey: string, clientId: string, wrapped: string): Promise<Uint8Array> {
  const key = await subtle().importKey('pkcs8', buffer(fromBase64(privateKey)), ALGORITHM, false, [
    'decrypt',
  ]);
  const opened = await subtle().decrypt(
    { name: 'RSA-OAEP', label: label(clientId) },
    key,
    buffer(fromBase64(wrapped)),
  );
  return new Uint8Array(opened);
}

export function keyDocId(username: string, fingerprint: string): string {
  return `${KEY_PREFIX}${username}:${fingerprint.slice(0, 32)}`;
}

/** The user a key document is for (null: not a key document). */
export function keyDocOwner(docId: string): string | null {
  if (!docId.startsWith(KEY_PREFIX)) return null;
  const rest = docId.slice(KEY_PREFIX.length);
  const at = rest.lastIndexOf(':');
  return at > 0 ? rest.slice(0, at) : null;
}

/** Documents of a client's database that are keys, not records (the inbox skips them). */
export function isKeyDocument(docId: string): boolean {
  return docId === KEYRING_ID || keyDocOwner(docId) !== null;
}
