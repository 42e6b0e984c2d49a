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

  it('refuses unreadable tags', () => {
    expect(() => decodeValue({ '$caio:bytes': '***' })).toThrow();
    expect(() => decodeValue({ '$caio:whatever': 1 })).toThrow();
  });
});
