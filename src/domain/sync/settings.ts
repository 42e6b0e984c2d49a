import { z } from 'zod';
import { tell } from '../shared/language';

/**
 * The sync settings and their rules. Sync is off until a server is configured; the server must be reached
 * over HTTPS, except on this computer (loopback: `localhost`, 127.0.0.0/8, `[::1]`), and its origin is the
 * only one the app may connect to (CSP `connect-src`, the desktop request filter).
 */

export const syncSettingsSchema = z.object({
  /** The CouchDB address, e.g. `https://couch.example-practice.eu` (a path prefix is allowed). */
  serverUrl: z.string().min(1).max(500),
  /** The consultant's CouchDB user name (the author written into synced changes). */
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(500),
  /** The clients this device syncs. */
  clientIds: z.array(z.string().min(1).max(200)).max(500),
  /** Of those, the ones paused by the user. */
  pausedClientIds: z.array(z.string().min(1).max(200)).max(500),
  /** Clients this device removed because their owner unassigned the consultant (shown until dismissed). */
  removed: z
    .array(z.object({ clientId: z.string().min(1).max(200), name: z.string().max(500), at: z.string() }))
    .max(100)
    .optional(),
});

export type SyncSettings = z.infer<typeof syncSettingsSchema>;

export type ServerUrlCheck = { ok: true; base: string; origin: string } | { ok: false; message: string };

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Checks a typed server address: HTTPS (or HTTP on loopback), no user name or password in it, no query. */
export function checkServerUrl(text: string): ServerUrlCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, message: tell('Enter the full address of the server, starting with https://.') };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname)))
    return { ok: false, message: tell('The server must use HTTPS (plain HTTP only on this computer).') };
  if (url.username || url.password)
    return { ok: false, message: tell('Leave the user name and password out of the address.') };
  if (url.search || url.hash)
    return { ok: false, message: tell('The address cannot have a query or a fragment.') };
  return { ok: true, base: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, origin: url.origin };
}

/** The origin sync may connect to, or null when the settings name no valid server. */
export function syncOriginOf(settings: Pick<SyncSettings, 'serverUrl'> | null | undefined): string | null {
  if (!settings) return null;
  const checked = checkServerUrl(settings.serverUrl);
  return checked.ok ? checked.origin : null;
}

/** A client's database on the server (CouchDB names: lower-case letters, digits and `_$()+-/`). */
export function remoteDatabaseName(clientId: string): string {
  return `caio-${clientId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}`;
}

/** What one client's sync shows. */
export type SyncState = 'synced' | 'syncing' | 'pending' | 'offline' | 'error' | 'paused';

export interface ClientSyncStatus {
  state: SyncState;
  /** Changes of this device not yet on the server. */
  pending: number;
  /** Why the last sync failed (error, offline). */
  reason?: string;
  /** Concurrent versions waiting for the user. */
  conflicts: number;
  lastSyncedAt?: string;
}

/** Reads a failed sync: no answer from the server is offline; a refusal or anything else is an error with its reason. */
export function statusOfFailure(error: unknown): Pick<ClientSyncStatus, 'state' | 'reason'> {
  const status = (error as { status?: unknown } | null)?.status;
  const message =
    error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
  if (status === 401)
    return {
      state: 'error',
      reason: tell('The server refused: check the sign-in, and that you are assigned to this client.'),
    };
  if (status === 403)
    return { state: 'error', reason: tell('You are not assigned to this client on the server.') };
  if (status === 404)
    return { state: 'error', reason: tell('The server has no database for this client yet.') };
  // No answer, or a gateway in front of the server saying it has none (502–504): offline.
  const noAnswer = typeof status !== 'number' || status === 0 || (status >= 502 && status <= 504);
  if (noAnswer || /fetch|network|ECONNREFUSED/i.test(message))
    return { state: 'offline', reason: tell('The server cannot be reached.') };
  return { state: 'error', reason: message || tell('The server answered {{status}}.', { status }) };
}

/** What a client's state reads as on screen ("Pending 3 changes"). */
export function syncStateLabel(status: Pick<ClientSyncStatus, 'state' | 'pending'>): string {
  const count = status.pending;
  switch (status.state) {
    case 'synced':
      return tell('Synced');
    case 'syncing':
      return tell('Syncing…');
    case 'pending':
      return tell('Pending {{count}} changes', { count });
    case 'offline':
      return count ? tell('Offline, {{count}} changes waiting', { count }) : tell('Offline');
    case 'error':
      return tell('Error');
    case 'paused':
      return count ? tell('Paused, {{count}} changes waiting', { count }) : tell('Paused');
  }
}
