/**
 * Checks a logo file before it is stored: a real PNG, JPEG or SVG (by content, not by name),
 * no larger than the limit, and an SVG with nothing active or remote in it.
 */
import { tell } from '../shared/language';
import { checkSvgText } from './svgCheck';

export const MAX_LOGO_BYTES = 512 * 1024;

/** How a stored logo looks: a base64 data URL of one of the three types (its content is checked on import). */
export const LOGO_DATA_URL = /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/;

export type LogoType = 'image/png' | 'image/jpeg' | 'image/svg+xml';
export type LogoCheck = { ok: true; mimeType: LogoType } | { ok: false; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

const SVG_REFUSALS = {
  active: () =>
    tell('This SVG contains scripts, event handlers or animations; export a plain SVG or use a PNG.'),
  remote: () =>
    tell(
      'This SVG loads images, styles or fonts from the internet or another file; use a plain SVG or a PNG.',
    ),
  embedded: () => tell('This SVG embeds other images or data; export a plain SVG or use a PNG.'),
  declarations: () => tell('This SVG declares a DOCTYPE or entities; export a plain SVG or use a PNG.'),
} as const;

function checkSvg(bytes: Uint8Array): LogoCheck {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: tell('This SVG file is not valid text.') };
  }
  const lower = text.toLowerCase();
  const open = lower.indexOf('<svg');
  if (open === -1 || !(lower.charCodeAt(open + 4) <= 0x20 || lower[open + 4] === '>'))
    return { ok: false, message: tell('This file is not an image: use a PNG, JPEG or SVG logo.') };
  const verdict = checkSvgText(text);
  return verdict.ok
    ? { ok: true, mimeType: 'image/svg+xml' }
    : { ok: false, message: SVG_REFUSALS[verdict.reason]() };
}

export function checkLogoFile(bytes: Uint8Array): LogoCheck {
  if (bytes.byteLength === 0) return { ok: false, message: tell('This file is empty.') };
  if (bytes.byteLength > MAX_LOGO_BYTES) {
    return {
      ok: false,
      message: tell('The logo is {{size}} KB; the limit is {{limit}} KB.', {
        size: Math.ceil(bytes.byteLength / 1024),
        limit: MAX_LOGO_BYTES / 1024,
      }),
    };
  }
  if (startsWith(bytes, PNG_SIGNATURE)) return { ok: true, mimeType: 'image/png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, mimeType: 'image/jpeg' };
  const head = new TextDecoder('utf-8').decode(bytes.slice(0, 512)).trimStart();
  if (head.startsWith('<')) return checkSvg(bytes);
  return { ok: false, message: tell('This file is not an image: use a PNG, JPEG or SVG logo.') };
}

export function bytesToDataUrl(bytes: Uint8Array, mimeType: LogoType): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return `data:${mimeType};base64,${btoa(binary)}`;
}
