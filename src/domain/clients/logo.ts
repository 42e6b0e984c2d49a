/**
 * Checks a logo file before it is stored: a real PNG, JPEG or SVG (by content, not by name),
 * no larger than the limit, and an SVG with nothing active or remote in it.
 */
export const MAX_LOGO_BYTES = 512 * 1024;

export type LogoType = 'image/png' | 'image/jpeg' | 'image/svg+xml';
export type LogoCheck = { ok: true; mimeType: LogoType } | { ok: false; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function checkSvg(bytes: Uint8Array): LogoCheck {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'This SVG file is not valid text.' };
  }
  if (!/<svg[\s>]/i.test(text)) return { ok: false, message: 'This file is not an image: use a PNG, JPEG or SVG logo.' };
  if (/<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(text)) {
    return { ok: false, message: 'This SVG contains scripts or event handlers; export a plain SVG or use a PNG.' };
  }
  if (/(href|src)\s*=\s*["']\s*(https?:|\/\/)/i.test(text) || /url\(\s*["']?\s*(https?:|\/\/)/i.test(text)) {
    return { ok: false, message: 'This SVG loads images or fonts from the internet; embed them or use a PNG.' };
  }
  return { ok: true, mimeType: 'image/svg+xml' };
}

export function checkLogoFile(bytes: Uint8Array): LogoCheck {
  if (bytes.byteLength === 0) return { ok: false, message: 'This file is empty.' };
  if (bytes.byteLength > MAX_LOGO_BYTES) {
    return { ok: false, message: `The logo is ${Math.ceil(bytes.byteLength / 1024)} KB; the limit is ${MAX_LOGO_BYTES / 1024} KB.` };
  }
  if (startsWith(bytes, PNG_SIGNATURE)) return { ok: true, mimeType: 'image/png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, mimeType: 'image/jpeg' };
  const head = new TextDecoder('utf-8').decode(bytes.slice(0, 512)).trimStart();
  if (head.startsWith('<')) return checkSvg(bytes);
  return { ok: false, message: 'This file is not an image: use a PNG, JPEG or SVG logo.' };
}

export function bytesToDataUrl(bytes: Uint8Array, mimeType: LogoType): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return `data:${mimeType};base64,${btoa(binary)}`;
}
