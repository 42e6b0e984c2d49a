import { tell } from '../shared/language';
import { fromBase64, fromUtf8, randomBytes, toBase64, utf8 } from './aead';
import { deriveKey, newKdfParams, type KdfParams } from './kdf';

/**
 * A file protected with a passphrase chosen for its recipient (a manual backup or a client handover).
 * The plaintext is the ordinary backup file (JSON); the envelope is:
 *
 * {
 *   "format": "caio-desk-protected", "formatVersion": 1,
 *   "kind": "workspace" | "client", "createdAt": "<ISO>",
 *   "encryption": { "cipher": "AES-256-GCM", "nonce": "<base64, 12 bytes>",
 *                   "kdf": { "name": "PBKDF2-SHA-256", "iterations": 600000, "salt": "<base64, 16 bytes>" } },
 *   "ciphertext": "<base64: AES-GCM output, ciphertext then 16-byte tag>",
 *   "checksum": { "algorithm": "SHA-256", "value": "<hex of SHA-256 over the ciphertext bytes>" }
 * }
 *
 * The header (everything but ciphertext and checksum) is the AES-GCM additional data, so changing a
 * parameter fails like changing the ciphertext. The checksum tells a damaged file from a wrong
 * passphrase before any key is derived. WebCrypto throughout (nothing here runs inside a transaction).
 */

export const PROTECTED_FORMAT = 'caio-desk-protected';

export interface ProtectedFile {
  format: typeof PROTECTED_FORMAT;
  formatVersion: 1;
  kind: 'workspace' | 'client';
  createdAt: string;
  encryption: { cipher: 'AES-256-GCM'; nonce: string; kdf: KdfParams };
  ciphertext: string;
  checksum: { algorithm: 'SHA-256'; value: string };
}

export type OpenResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'wrong-passphrase' | 'damaged' | 'not-protected'; message: string };

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function headerOf(
  file: Pick<ProtectedFile, 'format' | 'formatVersion' | 'kind' | 'createdAt' | 'encryption'>,
): Uint8Array {
  return utf8(
    JSON.stringify([
      file.format,
      file.formatVersion,
      file.kind,
      file.createdAt,
      file.encryption.cipher,
      file.encryption.nonce,
      file.encryption.kdf.name,
      file.encryption.kdf.iterations,
      file.encryption.kdf.salt,
    ]),
  );
}

async function aesKey(raw: Uint8Array, usage: KeyUsage): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, [usage]);
}

export async function protectText(
  text: string,
  passphrase: string,
  kind: ProtectedFile['kind'],
  now: Date,
  iterations?: number,
): Promise<ProtectedFile> {
  const kdf = newKdfParams(iterations);
  const head = {
    format: PROTECTED_FORMAT as typeof PROTECTED_FORMAT,
    formatVersion: 1 as const,
    kind,
    createdAt: now.toISOString(),
    encryption: { cipher: 'AES-256-GCM' as const, nonce: toBase64(randomBytes(12)), kdf },
  };
  const key = await aesKey(await deriveKey(passphrase, kdf), 'encrypt');
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(head.encryption.nonce) as BufferSource,
        additionalData: headerOf(head) as BufferSource,
      },
      key,
      utf8(text) as BufferSource,
    ),
  );
  return {
    ...head,
    ciphertext: toBase64(ciphertext),
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(ciphertext) },
  };
}

/** The envelope of a protected file, or null when the text is not one (an ordinary backup, say). */
export function readProtectedEnvelope(text: string): ProtectedFile | null {
  if (!text.trimStart().startsWith('{') || !text.includes(`"${PROTECTED_FORMAT}"`)) return null;
  try {
    const file = JSON.parse(text) as ProtectedFile;
    const kdf = file?.encryption?.kdf;
    const valid =
      file.format === PROTECTED_FORMAT &&
      file.formatVersion === 1 &&
      (file.kind === 'workspace' || file.kind === 'client') &&
      typeof file.createdAt === 'string' &&
      file.encryption?.cipher === 'AES-256-GCM' &&
      typeof file.encryption.nonce === 'string' &&
      kdf?.name === 'PBKDF2-SHA-256' &&
      Number.isInteger(kdf.iterations) &&
      typeof kdf.salt === 'string' &&
      typeof file.ciphertext === 'string' &&
      file.checksum?.algorithm === 'SHA-256' &&
      typeof file.checksum.value === 'string';
    return valid ? file : null;
  } catch {
    return null;
  }
}

export function isProtectedText(text: string): boolean {
  return readProtectedEnvelope(text) !== null;
}

export async function openProtectedText(text: string, passphrase: string): Promise<OpenResult> {
  const file = readProtectedEnvelope(text);
  if (!file)
    return {
      ok: false,
      reason: 'not-protected',
      message: tell('This is not a passphrase-protected CAIO Desk file.'),
    };
  let ciphertext: Uint8Array;
  try {
    ciphertext = fromBase64(file.ciphertext);
  } catch {
    return {
      ok: false,
      reason: 'damaged',
      message: tell('The file is damaged (its encrypted part is not readable). Nothing was imported.'),
    };
  }
  if ((await sha256Hex(ciphertext)) !== file.checksum.value)
    return {
      ok: false,
      reason: 'damaged',
      message: tell('The file is damaged or was changed: its checksum does not match. Nothing was imported.'),
    };
  let key: CryptoKey;
  try {
    key = await aesKey(await deriveKey(passphrase, file.encryption.kdf), 'decrypt');
  } catch {
    return {
      ok: false,
      reason: 'damaged',
      message: tell('The file’s encryption settings are not valid. Nothing was imported.'),
    };
  }
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(file.encryption.nonce) as BufferSource,
        additionalData: headerOf(file) as BufferSource,
      },
      key,
      ciphertext as BufferSource,
    );
    return { ok: true, text: fromUtf8(new Uint8Array(plain)) };
  } catch {
    return {
      ok: false,
      reason: 'wrong-passphrase',
      message: tell(
        'That passphrase does not open this file. Check it with the person who sent it; nothing was imported.',
      ),
    };
  }
}
