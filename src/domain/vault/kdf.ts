import { tell } from '../shared/language';
import { fromBase64, randomBytes, toBase64 } from './aead';

/**
 * Keys from secrets people hold. A passphrase goes through PBKDF2-SHA-256 (WebCrypto, no dependency)
 * with 600,000 iterations (OWASP's 2023 figure for PBKDF2-SHA-256) and a random 16-byte salt. A
 * recovery key is 160 random bits written as 8 groups of 5 base-32 letters: it is strong on its own,
 * so it goes through the same KDF with the same parameters (one code path).
 */

export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 10;

export interface KdfParams {
  name: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64, 16 bytes */
  salt: string;
}

export function newKdfParams(iterations = PBKDF2_ITERATIONS): KdfParams {
  return { name: 'PBKDF2-SHA-256', iterations, salt: toBase64(randomBytes(16)) };
}

/** A 256-bit key from a secret and the parameters it was set up with. */
export async function deriveKey(secret: string, params: KdfParams): Promise<Uint8Array> {
  if (params.name !== 'PBKDF2-SHA-256') throw new Error(`Unknown key derivation ${String(params.name)}`);
  if (!Number.isInteger(params.iterations) || params.iterations < 1 || params.iterations > 10_000_000)
    throw new Error('Key derivation parameters out of range');
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: fromBase64(params.salt) as BufferSource,
      iterations: params.iterations,
    },
    material,
    256,
  );
  return new Uint8Array(bits);
}

/** Why a new passphrase is not accepted, or null. */
export function passphraseProblem(passphrase: string, confirmation: string): string | null {
  if (passphrase.trim().length < MIN_PASSPHRASE_LENGTH)
    return tell('Use at least {{min}} characters (a few words are easiest to remember).', {
      min: MIN_PASSPHRASE_LENGTH,
    });
  if (passphrase !== confirmation) return tell('The two passphrases are not the same.');
  return null;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // 32 letters, no 0/O, 1/I

export function newRecoveryKey(): string {
  const bytes = randomBytes(40);
  const letters = Array.from(bytes, (b) => ALPHABET[b & 31]);
  const groups: string[] = [];
  for (let i = 0; i < 40; i += 5) groups.push(letters.slice(i, i + 5).join(''));
  return groups.join('-');
}

/** The recovery key as typed: spaces, dashes and case do not matter. */
export function normaliseRecoveryKey(typed: string): string | null {
  const letters = typed.toUpperCase().replace(/[\s-]/g, '');
  if (letters.length !== 40 || [...letters].some((c) => !ALPHABET.includes(c))) return null;
  return letters.match(/.{5}/g)!.join('-');
}
