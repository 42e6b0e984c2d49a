import { CONTENT_SECURITY_POLICY, withAllowedOrigins, type AllowedOrigins } from './csp';
import { mimeTypeFor, resolveAppPath } from './protocol';

/**
 * The `app://caio-desk/…` handler: a file of the built renderer folder (path-guarded by `resolveAppPath`),
 * always with the app's CSP header; anything outside the folder or missing is a plain 404. With sync
 * configured, the sync server's origin joins `connect-src`, in the header and in the page's meta tag.
 * The file reader is injected so the handler is tested in Node.
 */
export function createAppProtocolHandler(
  rendererDir: string,
  readFile: (filePath: string) => Promise<Uint8Array>,
  syncOrigin: AllowedOrigins = () => null,
): (request: { url: string }) => Promise<Response> {
  return async (request) => {
    const filePath = resolveAppPath(rendererDir, request.url);
    if (!filePath) return new Response('Not found', { status: 404 });
    try {
      const policy = withAllowedOrigins(CONTENT_SECURITY_POLICY, syncOrigin);
      const bytes = await readFile(filePath);
      const body =
        policy !== CONTENT_SECURITY_POLICY && filePath.endsWith('.html')
          ? new TextDecoder().decode(bytes).replace(CONTENT_SECURITY_POLICY, policy)
          : bytes.slice();
      return new Response(body, {
        headers: { 'Content-Type': mimeTypeFor(filePath), 'Content-Security-Policy': policy },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
