import { describe, expect, it } from 'vitest';
import { checkLogoFile } from '../../../../src/domain/clients/logo';
import { checkSvgText, decodeCharacterReferences } from '../../../../src/domain/clients/svgCheck';
import { dataUrlImageProblem } from '../../../../src/domain/backup';
import { HOSTILE_SVGS, svg } from './hostileSvgs';

const b64 = (text: string) => btoa(text);

describe('SVG logos: hostile files are refused however they are spelled', () => {
  it.each(HOSTILE_SVGS)('%s', (_name, text, reason) => {
    expect(checkSvgText(text)).toEqual({ ok: false, reason });
    const check = checkLogoFile(new TextEncoder().encode(text));
    expect(check.ok).toBe(false);
    // The import check uses the same checker: a backup carrying this logo is refused too.
    expect(dataUrlImageProblem(`data:image/svg+xml;base64,${b64(text)}`)).toMatch(
      /holds an image that is not valid: This (SVG|file is not an image)/,
    );
  });

  it('accepts plain shapes, gradients with local references, text and styles', () => {
    const plain = svg(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#123"/></linearGradient></defs><rect width="10" height="10" fill="url(#g)" rx="2"/><use href="#g"/><text x="1" y="8" font-family="Inter">A &amp; B</text><style>.a{fill:#fff}</style>',
    );
    expect(checkSvgText(plain)).toEqual({ ok: true });
    expect(checkLogoFile(new TextEncoder().encode(plain))).toEqual({ ok: true, mimeType: 'image/svg+xml' });
  });

  it('decodes character references', () => {
    expect(decodeCharacterReferences('&#106;&#x61;v&#X61;&colon;&amp;&unknown;&')).toBe('java:&&unknown;&');
  });

  it('runs in linear time on inputs built to make scanners backtrack', () => {
    const n = 100_000; // quadratic scans would need ~10^10 steps here; linear ones take milliseconds
    for (const text of [
      '<'.repeat(n),
      '&'.repeat(n),
      '="'.repeat(n),
      `url(${'url('.repeat(n)}`,
      `${'url('.repeat(n)})`,
      `${'url(#a'.repeat(n)})`,
      `<a${' '.repeat(n)}=`,
      '&#'.repeat(n),
    ])
      expect(checkSvgText(svg(text)).ok).toBeTypeOf('boolean');
  });
});
