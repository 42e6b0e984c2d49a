/**
 * The app's Content-Security-Policy. Used in the built index.html (meta tag), as a response
 * header by the Electron `app://` protocol and by the local web server.
 * No remote origin is allowed anywhere (the app makes no network requests), except the sync server's
 * origin once the user configured sync (`withSyncOrigin`: `connect-src` only).
 * Styles allow 'unsafe-inline' because chart and layout libraries set inline styles; scripts never do.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' data:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/** A bare origin (`https://host[:port]`): nothing that could add a source or a directive. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/** The policy with the configured sync server's origin added to `connect-src` (unchanged without one). */
export function withSyncOrigin(policy: string, origin: string | null): string {
  if (!origin || !ORIGIN.test(origin)) return policy;
  return policy.replace("connect-src 'self'", `connect-src 'self' ${origin}`);
}

/** The outside origins allowed now: the sync server's and, during a handover by replication, the client's server. */
export type AllowedOrigins = () => string | null | readonly (string | null)[];

export function originList(allowed: AllowedOrigins): string[] {
  const value = allowed();
  return (Array.isArray(value) ? value : [value]).filter((o): o is string => typeof o === 'string');
}

/** The policy with every allowed origin in `connect-src`. */
export function withAllowedOrigins(policy: string, allowed: AllowedOrigins): string {
  return originList(allowed).reduce(withSyncOrigin, policy);
}
