import { originList, type AllowedOrigins } from './csp';
import { APP_ORIGIN, isPermissionAllowed } from './security';

/**
 * The session rules of the app, as one function over the few session methods it uses (so a unit test
 * can wire it to a fake session and watch every decision):
 * - every permission denied except full screen;
 * - every web request outside the app cancelled, and written to the request log, except to the sync
 *   server's origin once the user configured sync, and the client's server during a handover by
 *   replication (`syncOrigin`, `electron/syncOrigin.ts`);
 * - the spellchecker never downloads dictionaries from the internet: its download URL points into the
 *   app's own protocol (bundled dictionaries, when shipped; macOS uses the OS checker), and a request to
 *   anywhere else would be cancelled by the filter above anyway.
 */

export interface RequestDecision {
  url: string;
  cancelled: boolean;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

export const DICTIONARY_URL = `${APP_ORIGIN}/dictionaries/`;

/** Requests the app may make: its own protocol, devtools, in-page data/blob URLs, and the sync server. */
export function isAllowedRequest(
  url: string,
  isTrusted: (url: string) => boolean,
  syncOrigin: string | null | readonly (string | null)[] = null,
): boolean {
  const origins = originList(() => syncOrigin);
  return (
    isTrusted(url) ||
    url.startsWith('devtools://') ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    origins.some((origin) => url.startsWith(`${origin}/`))
  );
}

export function lockDownSession(
  session: SessionLike,
  isTrusted: (url: string) => boolean,
  log: (decision: RequestDecision) => void = () => undefined,
  syncOrigin: AllowedOrigins = () => null,
): void {
  session.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(isPermissionAllowed(permission)),
  );
  session.setPermissionCheckHandler((_wc, permission) => isPermissionAllowed(permission));
  session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_URL);
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancelled = !isAllowedRequest(details.url, isTrusted, syncOrigin());
    if (cancelled) log({ url: details.url, cancelled });
    callback({ cancel: cancelled });
  });
}
