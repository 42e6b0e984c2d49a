/**
 * The app's Content-Security-Policy. Used in the built index.html (meta tag), as a response
 * header by the Electron `app://` protocol and by the local web server.
 * No remote origin is allowed anywhere: the app makes no network requests.
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
