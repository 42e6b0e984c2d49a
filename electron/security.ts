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
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
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

/**
 * Links the user may open in the system browser: plain http(s) to a real host name, no credentials,
 * no local or private addresses (which could reach services on the user's network).
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
  if (parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  if (!host.includes('.') || host.endsWith('.local') || host.endsWith('.localhost')) return false;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith('[')) return false;
  return true;
}

/** Permission requests (camera, notifications, geolocation...) are all denied: the app needs none. */
export function isPermissionAllowed(_permission: string): boolean {
  return false;
}
