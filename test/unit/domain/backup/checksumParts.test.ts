import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256Hex, sha256HexOfParts } from '../../../../src/domain/backup';

async function webCryptoHex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('the checksum of a text in parts', () => {
  it('is the SHA-256 of the parts joined, whatever characters they hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary' }), { maxLength: 6 }), async (parts) => {
        expect(await sha256HexOfParts(parts)).toBe(await webCryptoHex(parts.join('')));
      }),
    );
  });

  it('grows its buffer for wide characters (a part of only non-ASCII text)', async () => {
    const parts = ['{"a":', '日本語'.repeat(5000), '€', ']'];
    expect(await sha256HexOfParts(parts)).toBe(await webCryptoHex(parts.join('')));
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
