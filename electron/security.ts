/**
 * Small, pure security checks used by the main process. Each is unit-tested.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'caio-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs served by the app's own protocol (the one trusted origin). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password
    );
  } catch {
    return false;
  }
}

/** Dev server origin, trusted only when the app runs unpackaged with VITE_DEV_SERVER_URL set to localhost. */
export function isDevServerUrl(url: string, devServerUrl: string | undefined): boolean {
  if (!devServerUrl) return false;
  try {
    const dev = new URL(devServerUrl);
    const parsed = new URL(url);
    const local = dev.hostname === 'localhost' || dev.hostname === '127.0.0.1';
    return local && dev.protocol === 'http:' && parsed.origin === dev.origin;
  } catch {
    return false;
  }
}

/** Name suffixes that only mean something on a local network (or never resolve publicly). */
const PRIVATE_SUFFIXES = [
  'local',
  'localhost',
  'localdomain',
  'internal',
  'intranet',
  'lan',
  'home',
  'corp',
  'private',
  'home.arpa',
  'arpa',
  'test',
  'invalid',
  'onion',
];

/**
 * Links the user may open in the system browser: plain http(s) to a public host name on the default
 * port, no credentials, no IP addresses, no single-label or local-network names (also when spelled with
 * trailing dots, `printer.local.`), nor names that embed an IPv4 address (`127.0.0.1.nip.io`), so a link can never reach a service on the user's machine or network.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password || parsed.port !== '') return false;
  let host = parsed.hostname.toLowerCase();
  while (host.endsWith('.')) host = host.slice(0, -1);
  if (!host.includes('.') || host.startsWith('[') || host.includes('..')) return false;
  const labels = host.split('.');
  const numeric = (label: string) => label !== '' && [...label].every((ch) => ch >= '0' && ch <= '9');
  if (labels.every(numeric)) return false; // 192.168.1.10
  // Names that carry an address for wildcard DNS (127.0.0.1.nip.io, 10.0.0.5.sslip.io) reach the local network.
  if (labels.some((_, i) => i + 4 <= labels.length && labels.slice(i, i + 4).every(numeric))) return false;
  if (PRIVATE_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) return false;
  const tld = labels[labels.length - 1];
  return tld.length >= 2 && ![...tld].every((ch) => ch >= '0' && ch <= '9');
}

/**
 * Permission requests (camera, notifications, geolocation...) are all denied: the app needs none,
 * except going full screen (workshop facilitation on a projector asks for it with the Fullscreen API).
 */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'fullscreen';
}

/** Hash route of the only page that may open in a second window: a workshop's audience view. */
const AUDIENCE_ROUTE = /^#\/present\/workshop\/[A-Za-z0-9_-]{1,100}$/;

/**
 * True when `window.open` asks for a workshop's audience view inside the app (for the projector):
 * a trusted app URL of the entry page, no query, and exactly the `#/present/workshop/<id>` route.
 * Every other new window stays denied.
 */
export function isAudienceWindowUrl(url: string, isTrusted: (url: string) => boolean = isAppUrl): boolean {
  if (typeof url !== 'string' || url.length > 512 || !isTrusted(url)) return false;
  try {
    const parsed = new URL(url);
    return (
      (parsed.pathname === '/index.html' || parsed.pathname === '/') &&
      parsed.search === '' &&
      AUDIENCE_ROUTE.test(parsed.hash)
    );
  } catch {
    return false;
  }
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the audience window opens: full screen on another display than the app's window when there
 * is one (the projector), else a 16:9 window on the same display.
 */
export function audienceWindowPlacement(
  displays: readonly Rect[],
  ownerBounds: Rect | null,
): { bounds: Rect; fullscreen: boolean } {
  const centre = ownerBounds
    ? { x: ownerBounds.x + ownerBounds.width / 2, y: ownerBounds.y + ownerBounds.height / 2 }
    : null;
  const contains = (d: Rect, p: { x: number; y: number }) =>
    p.x >= d.x && p.x < d.x + d.width && p.y >= d.y && p.y < d.y + d.height;
  const other = centre ? displays.find((d) => !contains(d, centre)) : undefined;
  if (other) return { bounds: { ...other }, fullscreen: true };
  const home = (centre && displays.find((d) => contains(d, centre))) ??
    displays[0] ?? { x: 0, y: 0, width: 1280, height: 720 };
  const width = Math.min(1280, home.width);
  const height = Math.min(Math.round((width * 9) / 16), home.height);
  return {
    bounds: {
      x: home.x + Math.round((home.width - width) / 2),
      y: home.y + Math.round((home.height - height) / 2),
      width,
      height,
    },
    fullscreen: false,
  };
}
