/**
 * A client imported "as a copy" must never look like the original: its name and short name get
 * "(copy)" and its brand colour is turned to the opposite side of the colour wheel (kept dark enough
 * for white text), so every list, switcher and avatar tells the two apart at a glance.
 */
import { copyName } from '../backup/remap';

function hexToHsl(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h * 60, s, l];
}

function hslToHex(h: number, s: number, l: number): string {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) =>
    Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))));
  return `#${[f(0), f(8), f(4)].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** The brand colour of a copy: hue turned by 180°, saturation at least 45 %, lightness 28-36 %. */
export function copyBrandColor(hex: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(hex)) return '#7A2E8E';
  const [h, s, l] = hexToHsl(hex);
  return hslToHex((h + 180) % 360, Math.max(s, 0.45), Math.min(Math.max(l, 0.28), 0.36));
}

/** Name, short name and colour of the copy, unique among the names already taken. */
export function copyIdentity(
  client: { name: string; shortName: string; brandColor: string },
  takenNames: ReadonlySet<string>,
  takenShortNames: ReadonlySet<string>,
): { name: string; shortName: string; brandColor: string } {
  return {
    name: copyName(client.name, takenNames),
    shortName: client.shortName ? copyName(client.shortName, takenShortNames, 24) : '',
    brandColor: copyBrandColor(client.brandColor),
  };
}
