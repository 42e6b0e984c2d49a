/**
 * Is this SVG a plain picture? An allow-list reading, by linear scans (no regular expression that could
 * backtrack): shapes, paths, gradients, text and styles are fine; anything that runs, loads or embeds is
 * refused, however it is spelled (namespace prefixes such as `<svg:script>`, character references such as
 * `java&#x09;script:` or `&#106;avascript:`, `@import` and `url(...)` to anything but `#fragment`, nested
 * `data:` images, DOCTYPE/entity declarations).
 */

export type SvgVerdict =
  { ok: true } | { ok: false; reason: 'active' | 'remote' | 'embedded' | 'declarations' };

const ACTIVE_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'handler',
  'listener',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'discard',
]);
const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  lpar: '(',
  rpar: ')',
  sol: '/',
  period: '.',
  commat: '@',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  num: '#',
  nbsp: ' ',
};

/** Replaces character references (`&#106;`, `&#x6A;`, `&colon;`) with their characters. */
export function decodeCharacterReferences(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp === -1) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, amp);
    // A reference is short: look for its `;` within 12 characters only (keeps the scan linear).
    const semi = text.slice(amp + 1, amp + 13).indexOf(';');
    const end = semi === -1 ? -1 : amp + 1 + semi;
    const body = end === -1 ? '' : text.slice(amp + 1, end);
    let decoded: string | null = null;
    if (body.startsWith('#x') || body.startsWith('#X')) decoded = codePoint(parseInt(body.slice(2), 16));
    else if (body.startsWith('#')) decoded = codePoint(parseInt(body.slice(1), 10));
    else if (body) decoded = NAMED[body.toLowerCase()] ?? null;
    if (decoded === null) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = end + 1;
    }
  }
  return out;
}

function codePoint(n: number): string | null {
  return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

/** Lower case without whitespace or control characters: what a URL parser effectively reads. */
function squeezed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0x7f) out += text[i];
  }
  return out.toLowerCase();
}

const isNameChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x2d ||
  c === 0x5f ||
  c === 0x2e ||
  c === 0x3a;

/** Local names (prefix removed, lower case) of every element that is opened. */
function elementNames(text: string): string[] {
  const names: string[] = [];
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    let j = i + 1;
    while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
    if (j === i + 1) continue;
    const name = text.slice(i + 1, j).toLowerCase();
    names.push(name.slice(name.lastIndexOf(':') + 1));
    i = j - 1;
  }
  return names;
}

/** Attribute names (prefix kept, lower case) with their values, found by scanning `name = "value"`. */
function attributes(text: string): { name: string; value: string }[] {
  const found: { name: string; value: string }[] = [];
  const unclosed = new Set<string>();
  for (let eq = text.indexOf('='); eq !== -1; eq = text.indexOf('=', eq + 1)) {
    let end = eq;
    while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
    let start = end;
    while (start > 0 && isNameChar(text.charCodeAt(start - 1))) start--;
    if (start === end) continue;
    let v = eq + 1;
    while (v < text.length && text.charCodeAt(v) <= 0x20) v++;
    const quote = text[v];
    if ((quote !== '"' && quote !== "'") || unclosed.has(quote)) continue;
    const close = text.indexOf(quote, v + 1);
    if (close === -1) {
      unclosed.add(quote); // no later value with this quote can close either
      continue;
    }
    found.push({ name: text.slice(start, end).toLowerCase(), value: text.slice(v + 1, close) });
    eq = close;
  }
  return found;
}

/** Every `url(...)` target in the text, squeezed. One pass: each search starts after the previous target. */
function urlTargets(flat: string): string[] {
  const targets: string[] = [];
  let from = 0;
  for (let i = flat.indexOf('url(', from); i !== -1; i = flat.indexOf('url(', from)) {
    const close = flat.indexOf(')', i + 4);
    const target = flat.slice(i + 4, close === -1 ? flat.length : close);
    targets.push(target.startsWith('"') || target.startsWith("'") ? target.slice(1) : target);
    if (close === -1) break;
    from = close + 1;
  }
  return targets;
}

export function checkSvgText(raw: string): SvgVerdict {
  const text = decodeCharacterReferences(raw);
  const flat = squeezed(text);
  if (flat.includes('<!doctype') || flat.includes('<!entity') || flat.includes('<?xml-stylesheet'))
    return { ok: false, reason: 'declarations' };
  if (elementNames(text).some((name) => ACTIVE_ELEMENTS.has(name))) return { ok: false, reason: 'active' };
  if (flat.includes('javascript:') || flat.includes('vbscript:')) return { ok: false, reason: 'active' };
  for (const { name, value } of attributes(text)) {
    const local = name.slice(name.lastIndexOf(':') + 1);
    if (local.startsWith('on')) return { ok: false, reason: 'active' };
    if ((local === 'href' || local === 'src') && !squeezed(value).startsWith('#'))
      return { ok: false, reason: squeezed(value).startsWith('data:') ? 'embedded' : 'remote' };
  }
  if (flat.includes('@import')) return { ok: false, reason: 'remote' };
  // Targets never overlap (linear); one that hides another `url(` is not a local fragment.
  const outside = urlTargets(flat).filter((target) => !target.startsWith('#') || target.includes('url('));
  if (outside.length > 0)
    return { ok: false, reason: outside.some((t) => t.startsWith('data:')) ? 'embedded' : 'remote' };
  if (flat.includes('data:')) return { ok: false, reason: 'embedded' };
  return { ok: true };
}
