import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  hexDigits,
  PALETTE,
  PALETTE_DIGITS,
  TEXT_PAIRS,
  type PaletteColour,
} from '../../../src/domain/shared/palette';

/** Every `--color-*: #rrggbb;` of tokens.css. */
function colourTokens(): Map<string, string> {
  const css = readFileSync('src/ui/tokens.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return new Map(
    [...css.matchAll(/(--color-[a-z0-9-]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1], m[2]]),
  );
}

const tokenName = (key: string) => `--color-${key.replace(/[A-Z]|\d+/g, (s) => `-${s.toLowerCase()}`)}`;

describe('palette', () => {
  const tokens = colourTokens();

  it.each(Object.entries(PALETTE))('%s has the value of its token in tokens.css', (key, colour) => {
    expect(tokens.get(tokenName(key))).toBe(colour);
  });

  it('has a palette entry for every colour token of tokens.css', () => {
    const names = new Set(Object.keys(PALETTE).map(tokenName));
    expect([...tokens.keys()].filter((name) => !names.has(name))).toEqual([]);
  });

  it.each(TEXT_PAIRS.map(([text, bg]) => [text, bg] as [PaletteColour, PaletteColour]))(
    '%s on %s has a contrast of at least 4.5:1 (WCAG AA)',
    (text, bg) => {
      expect(contrastRatio(PALETTE[text], PALETTE[bg])).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('computes the WCAG contrast ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('gives the PPTX and Word exports the same colours without #', () => {
    expect(hexDigits('#2f5bea')).toBe('2F5BEA');
    expect(PALETTE_DIGITS.text).toBe('171B24');
  });
});
