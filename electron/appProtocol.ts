import { CONTENT_SECURITY_POLICY } from './csp';
import { mimeTypeFor, resolveAppPath } from './protocol';

/**
 * The `app://caio-desk/…` handler: a file of the built renderer folder (path-guarded by `resolveAppPath`),
 * always with the app's CSP header; anything outside the folder or missing is a plain 404.
 * The file reader is injected so the handler is tested in Node.
 */
export function createAppProtocolHandler(
  rendererDir: string,
  readFile: (filePath: string) => Promise<Uint8Array>,
): (request: { url: string }) => Promise<Response> {
  return async (request) => {
    const filePath = resolveAppPath(rendererDir, request.url);
    if (!filePath) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(filePath);
      return new Response(body.slice(), {
        headers: {
          'Content-Type': mimeTypeFor(filePath),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
