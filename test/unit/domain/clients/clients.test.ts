import { describe, expect, it } from 'vitest';
import {
  agreedHoursPerMonth,
  clientInitials,
  validateClientField,
} from '../../../../src/domain/clients/client';
import { usageByMonth } from '../../../../src/domain/clients/engagement';
import { bytesToDataUrl, checkLogoFile, MAX_LOGO_BYTES } from '../../../../src/domain/clients/logo';
import { readFileSync } from 'node:fs';

const text = (s: string) => new TextEncoder().encode(s);

describe('logo files', () => {
  it('accepts real PNG, JPEG and plain SVG by their content', () => {
    expect(checkLogoFile(new Uint8Array(readFileSync('test/fixtures/logo.png')))).toEqual({
      ok: true,
      mimeType: 'image/png',
    });
    expect(checkLogoFile(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toEqual({
      ok: true,
      mimeType: 'image/jpeg',
    });
    expect(
      checkLogoFile(text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')),
    ).toEqual({ ok: true, mimeType: 'image/svg+xml' });
  });
  it.each([
    [text('hello, not an image'), 'not an image'],
    [new Uint8Array(0), 'empty'],
    [text('<svg><script>alert(1)</script></svg>'), 'scripts'],
    [text('<svg onload="alert(1)"></svg>'), 'scripts'],
    [text('<svg><image href="https://tracker.example/p.png"/></svg>'), 'internet'],
    [text('<html><body>hi</body></html>'), 'not an image'],
  ])('refuses bad file %#', (bytes, message) => {
    const result = checkLogoFile(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
  it('refuses files over the size limit, with the sizes in the message', () => {
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(checkLogoFile(big)).toEqual({ ok: false, message: 'The logo is 513 KB; the limit is 512 KB.' });
  });
  it('encodes bytes as a data URL the client schema accepts', () => {
    const url = bytesToDataUrl(new Uint8Array(readFileSync('test/fixtures/logo.png')), 'image/png');
    expect(validateClientField('logo', url).ok).toBe(true);
    expect(validateClientField('logo', 'data:text/html;base64,PGh0bWw+').ok).toBe(false);
  });
});

describe('client fields', () => {
  it('validates the pilot limit, employees, dates and e-mail', () => {
    expect(validateClientField('pilotLimit', 3)).toEqual({ ok: true, value: 3 });
    for (const bad of [0, 21, 1000, 2.5, -1]) expect(validateClientField('pilotLimit', bad).ok).toBe(false);
    expect(validateClientField('employees', null).ok).toBe(true);
    expect(validateClientField('employees', 0).ok).toBe(false);
    expect(validateClientField('renewalDate', '2026-02-28').ok).toBe(true);
    expect(validateClientField('renewalDate', '2026-02-30')).toEqual({
      ok: false,
      message: 'Enter a real calendar date',
    });
    expect(validateClientField('renewalDate', '26/11/2026').ok).toBe(false);
    expect(validateClientField('contactEmail', '').ok).toBe(true);
    expect(validateClientField('name', '   ')).toEqual({ ok: false, message: 'The client needs a name' });
  });
  it('computes initials and agreed hours', () => {
    expect(clientInitials({ name: 'Brightside Staffing', shortName: '' })).toBe('BS');
    expect(clientInitials({ name: 'Van Dijk & Partners', shortName: '' })).toBe('VD');
    expect(clientInitials({ name: 'Acme', shortName: '' })).toBe('AC');
    expect(agreedHoursPerMonth({ agreedAmount: 2, agreedUnit: 'days' })).toBe(16);
    expect(agreedHoursPerMonth({ agreedAmount: 12, agreedUnit: 'hours' })).toBe(12);
    expect(agreedHoursPerMonth({ agreedAmount: null, agreedUnit: 'hours' })).toBeNull();
  });
});

describe('monthly usage', () => {
  it('groups hours by month, newest first, with the share of the agreement', () => {
    const entries = [
      { date: '2026-10-03', hours: 10 },
      { date: '2026-11-01', hours: 6 },
      { date: '2026-11-20', hours: 14 },
    ];
    expect(usageByMonth(entries, 16, ['2026-12'])).toEqual([
      { month: '2026-12', hoursUsed: 0, hoursAgreed: 16, usedShare: 0 },
      { month: '2026-11', hoursUsed: 20, hoursAgreed: 16, usedShare: 1.25 },
      { month: '2026-10', hoursUsed: 10, hoursAgreed: 16, usedShare: 0.625 },
    ]);
  });
});
