import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from '../../../../src/domain/backup';

describe('value encoding', () => {
  it('round-trips dates, bytes, non-finite numbers and undefined through JSON', () => {
    const value = {
      at: new Date('2026-05-01T10:00:00.123Z'),
      bytes: new Uint8Array([0, 127, 128, 255]),
      nan: NaN,
      inf: -Infinity,
      negativeZero: -0,
      missing: undefined,
      nested: [{ when: new Date(0), text: 'naïve 日本 🚀' }],
    };
    const back = decodeValue(JSON.parse(JSON.stringify(encodeValue(value)))) as typeof value;
    expect(back).toStrictEqual(value);
    expect(Object.hasOwn(back, 'missing')).toBe(true);
  });

  it('never pollutes prototypes with a __proto__ key', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    const decoded = decodeValue(hostile) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(Object.hasOwn(decoded, '__proto__')).toBe(true);
  });

  it('keeps a record with nothing to tag or untag as it is, and copies only what changes', () => {
    const plain = { id: 'a', list: [1, { x: 'y' }], nested: { n: 2 } };
    expect(encodeValue(plain)).toBe(plain);
    expect(decodeValue(plain)).toBe(plain);
    const dated = { id: 'b', plain: { n: 1 }, at: new Date(0) };
    const encoded = encodeValue(dated) as Record<string, unknown>;
    expect(encoded).not.toBe(dated);
    expect(encoded.plain).toBe(dated.plain);
    expect(encoded.at).toEqual({ '$caio:date': '1970-01-01T00:00:00.000Z' });
    expect(dated.at).toBeInstanceOf(Date);
  });

  it('refuses unreadable tags', () => {
    expect(() => decodeValue({ '$caio:bytes': '***' })).toThrow();
    expect(() => decodeValue({ '$caio:whatever': 1 })).toThrow();
  });
});
