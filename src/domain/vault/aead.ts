import { gcm } from '@noble/ciphers/aes.js';

/**
 * AES-256-GCM, synchronous. Records are encrypted inside IndexedDB transactions, and a transaction
 * commits as soon as the page awaits anything that is not an IndexedDB request (WebCrypto's promises
 * included), so record encryption cannot be asynchronous. `@noble/ciphers` (audited, no dependencies,
 * no install scripts) computes the same AES-GCM as WebCrypto: a sealed value opens with
 * `crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData })` and the other way round (tested).
 * Everything outside a transaction (key derivation, files) uses WebCrypto.
 *
 * A sealed value is `nonce (12 bytes) || ciphertext || tag (16 bytes)`; the nonce is random per seal.
 */

export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

export class DecryptionError extends Error {
  constructor(message = 'The data could not be decrypted: it was changed, or it belongs to another key.') {
    super(message);
    this.name = 'DecryptionError';
  }
}

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function newDataKey(): Uint8Array {
  return randomBytes(KEY_BYTES);
}

export function seal(key: Uint8Array, plaintext: Uint8Array, aad?: Uint8Array): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES);
  const body = gcm(key, nonce, aad).encrypt(plaintext);
  const out = new Uint8Array(NONCE_BYTES + body.length);
  out.set(nonce, 0);
  out.set(body, NONCE_BYTES);
  return out;
}

export function open(key: Uint8Array, sealed: Uint8Array, aad?: Uint8Array): Uint8Array {
  if (!(sealed instanceof Uint8Array) || sealed.length < NONCE_BYTES + TAG_BYTES) throw new DecryptionError();
  try {
    return gcm(key, sealed.subarray(0, NONCE_BYTES), aad).decrypt(sealed.subarray(NONCE_BYTES));
  } catch {
    throw new DecryptionError();
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes);

export function sealText(key: Uint8Array, text: string, aad?: string): Uint8Array {
  return seal(key, utf8(text), aad === undefined ? undefined : utf8(aad));
}

export function openText(key: Uint8Array, sealed: Uint8Array, aad?: string): string {
  return fromUtf8(open(key, sealed, aad === undefined ? undefined : utf8(aad)));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
