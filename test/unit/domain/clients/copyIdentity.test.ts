import { describe, expect, it } from 'vitest';
import { clientInitials } from '../../../../src/domain/clients/client';
import { copyBrandColor, copyIdentity } from '../../../../src/domain/clients/copyIdentity';

describe('a client imported as a copy is told apart from the original', () => {
  it('gets "(copy)" in its name and short name, and another brand colour', () => {
    const copy = copyIdentity(
      { name: 'Brightside Staffing', shortName: 'Brightside', brandColor: '#0E7C66' },
      new Set(['Brightside Staffing']),
      new Set(['Brightside']),
    );
    expect(copy.name).toBe('Brightside Staffing (copy)');
    expect(copy.shortName).toBe('Brightside (copy)');
    expect(copy.brandColor).not.toBe('#0E7C66');
    expect(copy.brandColor).toMatch(/^#[0-9A-F]{6}$/);
    expect(clientInitials({ name: copy.name, shortName: copy.shortName })).toBe('BC');
    expect(clientInitials({ name: 'Brightside Staffing', shortName: 'Brightside' })).toBe('BR');
  });

  it('numbers a second copy and keeps the short name within its limit', () => {
    const second = copyIdentity(
      { name: 'Acme', shortName: 'A very long short name', brandColor: '#123456' },
      new Set(['Acme', 'Acme (copy)']),
      new Set(['A very long short name']),
    );
    expect(second.name).toBe('Acme (copy 2)');
    expect(second.shortName.length).toBeLessThanOrEqual(24);
    expect(second.shortName.endsWith('(copy)')).toBe(true);
  });

  it('turns the colour round the wheel, dark enough for white text, also from grey or an invalid value', () => {
    expect(copyBrandColor('#2F5BEA')).not.toBe('#2F5BEA');
    for (const hex of ['#2F5BEA', '#808080', '#FFFFFF', '#000000', 'oops']) {
      const out = copyBrandColor(hex);
      expect(out).toMatch(/^#[0-9A-F]{6}$/);
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(out.slice(i, i + 2), 16));
      expect((0.299 * r + 0.587 * g + 0.114 * b) / 255).toBeLessThan(0.6);
    }
  });
});
