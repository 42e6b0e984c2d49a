import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileName, fileSlug, isSafeFileName, namePart } from '../../../../src/domain/shared/fileName';

describe('fileName', () => {
  it('keeps a readable base and adds the extension', () => {
    expect(fileName('Brightside - Risks - 2026-11-26', 'csv')).toBe('Brightside - Risks - 2026-11-26.csv');
    expect(fileName('caio-desk-backup-2026-05-02', 'json')).toBe('caio-desk-backup-2026-05-02.json');
  });

  it('replaces separators, reserved and control characters, and never names a folder', () => {
    expect(fileName('a/b\\c: "d" <e>|f?*', 'pdf')).toBe('a-b-c- -d- -e--f--.pdf');
    expect(fileName('tab\there\u0000', 'ics')).toBe('tab-here-.ics');
    expect(fileName('..', 'csv')).toBe('export.csv');
    expect(fileName('   ', 'csv')).toBe('export.csv');
    expect(fileName('../../etc/passwd')).toBe('-..-etc-passwd');
  });

  it('property: the result is safe, has no leading dot, ends in the extension and is at most 180 + extension long', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('csv', 'pdf', 'pptx', 'docx', 'ics', 'json', 'html'),
        (base, extension) => {
          const name = fileName(base, extension);
          expect(isSafeFileName(name)).toBe(true);
          expect(name).not.toMatch(/^[.\s]/);
          expect(name.endsWith(`.${extension}`)).toBe(true);
          expect(name.length).toBeLessThanOrEqual(180 + extension.length + 1);
        },
      ),
    );
  });

  it('property: a name that is already safe stays the same (exports can pass any base through it)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (base) => {
        const once = fileName(base);
        expect(fileName(once)).toBe(once);
      }),
    );
  });
});

describe('namePart and fileSlug', () => {
  it('keep letters and digits joined by one dash', () => {
    expect(namePart('Van Dijk & Co.')).toBe('Van-Dijk-Co');
    expect(
      namePart('Where can AI help us? A very long workshop title that goes on and on past sixty').length,
    ).toBeLessThanOrEqual(60);
    expect(fileSlug('Van Dijk & Partners Accountants')).toBe('van-dijk-partners-accountants');
    expect(fileSlug('Ålesund Ferries ⛴')).toBe('alesund-ferries');
    expect(fileSlug('***')).toBe('client');
  });

  it('property: a slug part is never empty of meaning: only letters, digits and inner dashes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const part = namePart(text);
        expect(part).toMatch(/^([\p{L}\p{N}]+(-[\p{L}\p{N}]+)*)?$/u);
        expect(part.length).toBeLessThanOrEqual(60);
      }),
    );
  });
});
