import { checkLogoFile } from '../clients/logo';
import { isBase64, parseDataUrl } from './scan';

/**
 * Every `data:` URL in an imported record must be a real PNG, JPEG or SVG whose content matches its
 * declared type (an SVG without scripts or remote loads). Checked by content, not by label.
 */

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/svg+xml']);

export function isDataUrl(value: string): boolean {
  return parseDataUrl(value) !== null;
}

function decodeBase64(text: string): Uint8Array | null {
  if (!isBase64(text)) return null;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** Null when the data URL is a valid image; else the reason in words. */
export function dataUrlImageProblem(value: string): string | null {
  const url = parseDataUrl(value);
  if (!url) return null;
  const declared = url.mediaType;
  if (!IMAGE_TYPES.has(declared))
    return `holds “${declared || 'untyped'}” data where only PNG, JPEG or SVG images are allowed`;
  if (!url.base64) return 'holds an image that is not base64-encoded';
  const bytes = decodeBase64(value.slice(url.dataStart));
  if (!bytes) return 'holds an image whose data is damaged (not valid base64)';
  const check = checkLogoFile(bytes);
  if (!check.ok) return `holds an image that is not valid: ${check.message}`;
  if (check.mimeType !== declared)
    return `says it holds a ${declared} image but the content is ${check.mimeType}`;
  return null;
}

/** Visits every string inside a value (nested objects and arrays), with its path. */
export function forEachString(value: unknown, visit: (text: string, path: string) => void, path = ''): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => forEachString(item, visit, `${path}[${i}]`));
  else if (
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof Date) &&
    !ArrayBuffer.isView(value)
  ) {
    for (const [key, child] of Object.entries(value))
      forEachString(child, visit, path ? `${path}.${key}` : key);
  }
}
