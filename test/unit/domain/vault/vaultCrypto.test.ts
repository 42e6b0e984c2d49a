import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecryptionError, open, seal, utf8 } from '../../../../src/domain/vault/aead';
import {
  normaliseRecoveryKey,
  newRecoveryKey,
  passphraseProblem,
  PBKDF2_ITERATIONS,
} from '../../../../src/domain/vault/kdf';
import { openRecord, recordAad, sealRecord, SEALED_FIELD } from '../../../../src/domain/vault/recordCodec';
import { openProtectedText, protectText } from '../../../../src/domain/vault/protectedFile';

const key = crypto.getRandomValues(new Uint8Array(32)) as Uint8Array<ArrayBuffer>;
const bs = (b: Uint8Array) => b as BufferSource;
const fieldName = fc
  .string({ minLength: 1, maxLength: 12 })
  .filter((k) => k !== '__proto__' && k !== SEALED_FIELD && k !== '$key');
const value = fc.jsonValue().map((v) => v as unknown);
const record = fc.dictionary(
  fieldName,
  fc.oneof(value, fc.constant(undefined), fc.double(), fc.date({ noInvalidDate: true })),
  { maxKeys: 8 },
);

describe('record encryption', () => {
  it('any record comes back exactly as it was written, whichever fields stay plain', () => {
    fc.assert(
      fc.property(record, fc.array(fieldName, { maxLength: 4 }), fc.string(), (rec, plainFields, id) => {
        const plain = new Set(plainFields);
        const aad = recordAad('things', id);
        const stored = sealRecord(rec, (f) => plain.has(f), key, aad);
        for (const field of Object.keys(stored))
          expect(field === SEALED_FIELD || plain.has(field)).toBe(true);
        expect(openRecord(stored, key, aad)).toEqual(rec);
      }),
      { numRuns: 300 },
    );
  });

  it('any change of the sealed bytes, the key or the record it belongs to is refused', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), (text, at) => {
        const sealed = seal(key, utf8(text), utf8('a'));
        const changed = new Uint8Array(sealed);
        changed[at % changed.length] ^= 1;
        expect(() => open(key, changed, utf8('a'))).toThrow(DecryptionError);
        expect(() => open(key, sealed, utf8('b'))).toThrow(DecryptionError);
        expect(() => open(crypto.getRandomValues(new Uint8Array(32)), sealed, utf8('a'))).toThrow(
          DecryptionError,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('is standard AES-256-GCM: WebCrypto opens what the synchronous cipher sealed, and the other way round', async () => {
    const cryptoKey = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt', 'decrypt']);
    const sealed = seal(key, utf8('Kandidaten-Screening ✓'), utf8('aad'));
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bs(sealed.subarray(0, 12)), additionalData: bs(utf8('aad')) },
      cryptoKey,
      bs(sealed.subarray(12)),
    );
    expect(new TextDecoder().decode(opened)).toBe('Kandidaten-Screening ✓');
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const byWebCrypto = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: bs(utf8('x')) },
        cryptoKey,
        bs(utf8('back')),
      ),
    );
    const joined = new Uint8Array([...iv, ...byWebCrypto]);
    expect(new TextDecoder().decode(open(key, joined, utf8('x')))).toBe('back');
  });
});

describe('passphrases and recovery keys', () => {
  it('uses PBKDF2-SHA-256 with at least 600,000 iterations', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });
  it('asks for a long enough, confirmed passphrase', () => {
    expect(passphraseProblem('short', 'short')).toMatch(/at least/);
    expect(passphraseProblem('long enough words', 'long enough word')).toMatch(/not the same/);
    expect(passphraseProblem('long enough words', 'long enough words')).toBeNull();
  });
  it('reads a recovery key however it is typed', () => {
    const k = newRecoveryKey();
    expect(k).toMatch(/^([A-Z2-9]{5}-){7}[A-Z2-9]{5}$/);
    expect(normaliseRecoveryKey(k.toLowerCase().replaceAll('-', ' '))).toBe(k);
    expect(normaliseRecoveryKey('nope')).toBeNull();
  });
});

describe('passphrase-protected files', () => {
  it('open with the passphrase; a wrong one or a changed file is a clear refusal', async () => {
    const text = JSON.stringify({ format: 'caio-desk-backup', secret: 'Salary bands of the recruiters' });
    const file = await protectText(
      text,
      'for the recipient',
      'client',
      new Date('2026-05-01T00:00:00Z'),
      1000,
    );
    const json = JSON.stringify(file);
    expect(json).not.toContain('Salary');
    expect(file.encryption).toMatchObject({
      cipher: 'AES-256-GCM',
      kdf: { name: 'PBKDF2-SHA-256', iterations: 1000 },
    });
    expect(await openProtectedText(json, 'for the recipient')).toEqual({ ok: true, text });
    expect(await openProtectedText(json, 'for the recipien')).toMatchObject({
      ok: false,
      reason: 'wrong-passphrase',
    });
    const bytes = Buffer.from(file.ciphertext, 'base64');
    bytes[3] ^= 1;
    expect(
      await openProtectedText(
        JSON.stringify({ ...file, ciphertext: bytes.toString('base64') }),
        'for the recipient',
      ),
    ).toMatchObject({ ok: false, reason: 'damaged' });
    // A changed header (here: fewer iterations) fails like a wrong passphrase: it is authenticated.
    const weaker = {
      ...file,
      encryption: { ...file.encryption, kdf: { ...file.encryption.kdf, iterations: 999 } },
    };
    expect(await openProtectedText(JSON.stringify(weaker), 'for the recipient')).toMatchObject({ ok: false });
  });
});
