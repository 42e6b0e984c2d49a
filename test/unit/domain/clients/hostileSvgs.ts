/** SVG logos built to attack: each must be refused, on upload and in any import, with the reason given. */

export const svg = (body: string, attrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attrs}>${body}</svg>`;
const b64 = (text: string) => btoa(text);

export type SvgRefusal = 'active' | 'remote' | 'embedded' | 'declarations';

export const HOSTILE_SVGS: [name: string, text: string, reason: SvgRefusal][] = [
  [
    'a namespaced script',
    '<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:script>alert(1)</svg:script></svg:svg>',
    'active',
  ],
  [
    'a script with another prefix',
    svg('<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script>'),
    'active',
  ],
  [
    'an entity-encoded javascript: link',
    svg('<a href="&#106;avascript:alert(1)"><rect width="5" height="5"/></a>'),
    'active',
  ],
  [
    'a hex entity and a tab inside javascript:',
    svg('<a xlink:href="java&#x09;script&colon;alert(1)"><rect/></a>'),
    'active',
  ],
  ['an event handler', svg('<rect width="5" height="5" onmouseover="alert(1)"/>'), 'active'],
  ['a namespaced event handler', svg('<rect x:onclick="alert(1)"/>'), 'active'],
  ['an event handler on the root, unquoted spacing', svg('<rect/>', ' onload =\n"alert(1)"'), 'active'],
  [
    'an animation that rewrites a link',
    svg('<a href="#x"><set attributeName="href" to="https://evil.example"/><rect/></a>'),
    'active',
  ],
  [
    'foreignObject with HTML',
    svg('<foreignObject><iframe src="https://evil.example"></iframe></foreignObject>'),
    'active',
  ],
  [
    'a namespaced foreignObject',
    svg(
      '<svg:foreignObject xmlns:svg="http://www.w3.org/2000/svg"><div xmlns="http://www.w3.org/1999/xhtml">x</div></svg:foreignObject>',
    ),
    'active',
  ],
  ['a remote @import', svg('<style>@import url(https://evil.example/x.css);</style><rect/>'), 'remote'],
  [
    'an entity-spelled @import',
    svg('<style>&#64;import "https://evil.example/x.css";</style><rect/>'),
    'remote',
  ],
  ['a remote url() in a style', svg('<rect style="fill:url(https://evil.example/p.png)"/>'), 'remote'],
  [
    'a remote url() hidden behind a local one',
    svg('<rect style="fill:url(#a url(https://evil.example/p.png))"/>'),
    'remote',
  ],
  ['a remote image', svg('<image href="https://tracker.example/p.png" width="10" height="10"/>'), 'remote'],
  ['an external xlink:href', svg('<a xlink:href="https://evil.example/"><rect/></a>'), 'remote'],
  ['a protocol-relative use', svg('<use xlink:href="//evil.example/s.svg#a"/>'), 'remote'],
  ['a use of another local file', svg('<use href="file:///etc/passwd#a"/>'), 'remote'],
  [
    'a nested base64 SVG image',
    svg(
      `<image href="data:image/svg+xml;base64,${b64(svg('<script>alert(1)</script>'))}" width="10" height="10"/>`,
    ),
    'embedded',
  ],
  [
    'a nested base64 PNG in a style',
    svg('<rect style="fill:url(data:image/png;base64,iVBORw0KGgo=)"/>'),
    'embedded',
  ],
  [
    'entity declarations',
    `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>${svg('<text>&b;</text>')}`,
    'declarations',
  ],
  [
    'an external entity',
    `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`,
    'declarations',
  ],
];
