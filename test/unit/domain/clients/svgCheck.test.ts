import { describe, expect, it } from 'vitest';
import { checkLogoFile } from '../../../../src/domain/clients/logo';
import { checkSvgText, decodeCharacterReferences } from '../../../../src/domain/clients/svgCheck';
import { dataUrlImageProblem } from '../../../../src/domain/backup';

const svg = (body: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attrs}>${body}</svg>`;
const b64 = (text: string) => btoa(text);

describe('SVG logos: hostile files are refused however they are spelled', () => {
  it.each([
    ['a namespaced script', '<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:script>alert(1)</svg:script></svg:svg>', 'active'],
    ['a script with another prefix', svg('<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script>'), 'active'],
    ['an entity-encoded javascript: link', svg('<a href="&#106;avascript:alert(1)"><rect width="5" height="5"/></a>'), 'active'],
    ['a hex entity and a tab inside javascript:', svg('<a xlink:href="java&#x09;script&colon;alert(1)"><rect/></a>'), 'active'],
    ['an event handler', svg('<rect width="5" height="5" onmouseover="alert(1)"/>'), 'active'],
    ['a namespaced event handler', svg('<rect x:onclick="alert(1)"/>'), 'active'],
    ['an animation that rewrites a link', svg('<a href="#x"><set attributeName="href" to="https://evil.example"/><rect/></a>'), 'active'],
    ['foreignObject with HTML', svg('<foreignObject><iframe src="https://evil.example"></iframe></foreignObject>'), 'active'],
    ['a remote @import', svg('<style>@import url(https://evil.example/x.css);</style><rect/>'), 'remote'],
    ['an entity-spelled @import', svg('<style>&#64;import "https://evil.example/x.css";</style><rect/>'), 'remote'],
    ['a remote url() in a style', svg('<rect style="fill:url(https://evil.example/p.png)"/>'), 'remote'],
    ['a remote image', svg('<image href="https://tracker.example/p.png" width="10" height="10"/>'), 'remote'],
    ['a protocol-relative use', svg('<use xlink:href="//evil.example/s.svg#a"/>'), 'remote'],
    ['a nested base64 SVG image', svg(`<image href="data:image/svg+xml;base64,${b64(svg('<script>alert(1)</script>'))}" width="10" height="10"/>`), 'embedded'],
    ['a nested base64 PNG in a style', svg('<rect style="fill:url(data:image/png;base64,iVBORw0KGgo=)"/>'), 'embedded'],
    ['entity declarations', `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>${svg('<text>&b;</text>')}`, 'declarations'],
  ])('%s', (_name, text, reason) => {
    expect(checkSvgText(text)).toEqual({ ok: false, reason });
    const check = checkLogoFile(new TextEncoder().encode(text));
    expect(check.ok).toBe(false);
    // The import check uses the same checker: a backup carrying this logo is refused too.
    expect(dataUrlImageProblem(`data:image/svg+xml;base64,${b64(text)}`)).toMatch(/holds an image that is not valid: This (SVG|file is not an image)/);
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
    for (const text of ['<'.repeat(n), '&'.repeat(n), '="'.repeat(n), `url(${'url('.repeat(n)}`, `<a${' '.repeat(n)}=`, '&#'.repeat(n)]) expect(checkSvgText(svg(text)).ok).toBeTypeOf('boolean');
  });
});
