import { bytesToDataUrl, checkLogoFile } from '../domain/clients/logo';
import { rasteriseSvg } from './rasteriseSvg';
import { tell } from '../domain/shared/language';

export type LogoUpload = { ok: true; dataUrl: string } | { ok: false; message: string };

/**
 * An uploaded logo file as the data URL to store (client and consultant logos alike): checked by content
 * and size; an SVG must pass the SVG checker too and is then kept only as a PNG drawing of it.
 */
export async function logoFromFile(file: File): Promise<LogoUpload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkLogoFile(bytes);
  if (!check.ok) return check;
  if (check.mimeType !== 'image/svg+xml') return { ok: true, dataUrl: bytesToDataUrl(bytes, check.mimeType) };
  // A detailed drawing can make a large PNG: try a smaller one before refusing.
  for (const size of [512, 256]) {
    const png = await rasteriseSvg(bytes, size).catch(() => null);
    if (!png)
      return {
        ok: false,
        message: tell('This SVG could not be drawn; export it again as a plain SVG, or use a PNG or JPEG.'),
      };
    const drawn = checkLogoFile(png);
    if (drawn.ok) return { ok: true, dataUrl: bytesToDataUrl(png, 'image/png') };
  }
  return {
    ok: false,
    message: tell('This SVG is too detailed to keep as a logo; use a simpler SVG, or a PNG or JPEG.'),
  };
}
