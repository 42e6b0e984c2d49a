/**
 * Plain linear scans over untrusted text (no regular expression that could backtrack): each character
 * is looked at a bounded number of times, so a hostile 100 MB file costs time in proportion to its size.
 */

export interface JsonShape {
  /** Deepest nesting of objects and arrays (outside strings). */
  maxDepth: number;
  /** Where that depth is first reached (character offset). */
  deepestAt: number;
  /** More openings than closings: what a file cut off part-way looks like. */
  unclosed: boolean;
  /** A string is still open at the end. */
  openString: boolean;
  /**
   * When the text is one object: where the value of each of its keys is, as [start, end) character offsets
   * (spaces around it included; the last of a repeated key, as JSON.parse takes it).
   */
  valueSpans: Map<string, [number, number]>;
}

/** One pass over JSON text: nesting depth, whether every structure and string is closed, and the outer object's value spans. */
export function scanJsonShape(text: string): JsonShape {
  let depth = 0;
  let maxDepth = 0;
  let deepestAt = 0;
  let inString = false;
  const valueSpans = new Map<string, [number, number]>();
  const outerObject = text.charCodeAt(skipSpaces(text, 0)) === 0x7b; /* { */
  let expectKey = false;
  let keyStart = -1;
  let key: string | null = null;
  let valueStart = -1;
  const endValue = (at: number) => {
    if (key !== null && valueStart >= 0) valueSpans.set(key, [valueStart, at]);
    key = null;
    valueStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) {
        inString = false;
        if (keyStart >= 0) {
          key = text.slice(keyStart, i);
          keyStart = -1;
        }
      }
      continue;
    }
    if (c === 0x22) {
      inString = true;
      if (outerObject && depth === 1 && expectKey) {
        keyStart = i + 1;
        expectKey = false;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth === 1) expectKey = true;
      if (depth > maxDepth) {
        maxDepth = depth;
        deepestAt = i;
      }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (outerObject && depth === 1) endValue(i);
      depth--;
    } else if (outerObject && depth === 1) {
      if (c === 0x3a /* : */) valueStart = i + 1;
      else if (c === 0x2c /* , */) {
        endValue(i);
        expectKey = true;
      }
    }
  }
  return { maxDepth, deepestAt, unclosed: depth > 0 || inString, openString: inString, valueSpans };
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isWordChar = (c: number) => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;

/** Index after the spaces starting at `i`. */
function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** `<tag`, `</tag`, `<!…` followed somewhere later by `>`. */
function hasTag(text: string): boolean {
  let tagStarted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3e /* > */ && tagStarted) return true;
    if (c !== 0x3c /* < */ || tagStarted) continue;
    let j = skipSpaces(text, i + 1);
    if (text.charCodeAt(j) === 0x2f /* / */) j = skipSpaces(text, j + 1);
    const first = text.charCodeAt(j);
    if (isAsciiLetter(first) || first === 0x21 /* ! */) tagStarted = true;
    // Spaces already skipped are not looked at again: continue after them.
    i = Math.max(i, j - 1);
  }
  return false;
}

/** An event-handler attribute: `on<letters>` (not inside a word) followed by optional spaces and `=`. */
function hasEventHandler(lower: string): boolean {
  for (let i = lower.indexOf('on'); i !== -1; i = lower.indexOf('on', i + 1)) {
    if (i > 0 && isWordChar(lower.charCodeAt(i - 1))) continue;
    let j = i + 2;
    while (j < lower.length && isAsciiLetter(lower.charCodeAt(j))) j++;
    if (j === i + 2) continue;
    j = skipSpaces(lower, j);
    if (lower.charCodeAt(j) === 0x3d /* = */) return true;
    i = j - 1;
  }
  return false;
}

/** Text that looks like HTML or script: stored as plain text and shown inert, but worth telling the user. */
export function containsMarkup(text: string): boolean {
  if (parseDataUrl(text)) return false;
  const lower = text.toLowerCase();
  return hasTag(text) || lower.includes('javascript:') || hasEventHandler(lower);
}

export interface DataUrl {
  /** Declared media type, lower case ("" when none). */
  mediaType: string;
  base64: boolean;
  /** Offset of the data after the comma. */
  dataStart: number;
}

const isTokenChar = (c: number) => isWordChar(c) || c === 0x2e || c === 0x2b || c === 0x2d; // . + -

/** `data:[type/subtype][;param…][;base64],…` read by a scan; null when the text is not a data URL. */
export function parseDataUrl(value: string): DataUrl | null {
  if (value.length < 6 || value.slice(0, 5).toLowerCase() !== 'data:') return null;
  const comma = value.indexOf(',', 5);
  if (comma === -1) return null;
  const header = value.slice(5, comma);
  const parts = header.split(';');
  const mediaType = parts[0].toLowerCase();
  if (mediaType !== '') {
    const slash = mediaType.indexOf('/');
    if (slash <= 0 || slash === mediaType.length - 1) return null;
    for (let i = 0; i < mediaType.length; i++)
      if (i !== slash && !isTokenChar(mediaType.charCodeAt(i))) return null;
  }
  for (const param of parts.slice(1)) {
    if (param === '') return null;
    for (let i = 0; i < param.length; i++) {
      const c = param.charCodeAt(i);
      if (!isTokenChar(c) && c !== 0x3d /* = */) return null;
    }
  }
  return {
    mediaType,
    base64: parts.length > 1 && parts[parts.length - 1].toLowerCase() === 'base64',
    dataStart: comma + 1,
  };
}

/** Standard base64 (A-Z a-z 0-9 + /, up to two `=` at the end, length a multiple of 4). */
export function isBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d /* = */) {
      padding++;
      if (padding > 2) return false;
      continue;
    }
    if (padding > 0) return false;
    if (!(isWordChar(c) && c !== 0x5f) && c !== 0x2b && c !== 0x2f) return false;
  }
  return true;
}
