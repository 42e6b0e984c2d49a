// The benchmark's web server: the built app (dist/) at /, the loader page (dist-bench/) at /bench/,
// on one origin so both use the same IndexedDB, with the app's Content-Security-Policy (as scripts/serve.mjs);
// /couch/… goes to the sync step's CouchDB-protocol server once `couch.port` is set (bench/syncBench.mjs).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import sirv from 'sirv';
import { proxyToCouch } from '../scripts/couchProxy.mjs';

const csp = readFileSync(new URL('../electron/csp.ts', import.meta.url), 'utf8')
  .match(/\[([\s\S]*?)\]\.join/)[1]
  .split('\n')
  .map((line) => line.trim().replace(/^"|",?$/g, ''))
  .filter(Boolean)
  .join('; ');

export function startBenchServer(port, couch = { port: 0 }) {
  const app = sirv(new URL('../dist', import.meta.url).pathname, { single: true, dev: false, etag: true });
  const bench = sirv(new URL('../dist-bench', import.meta.url).pathname, { dev: false, etag: true });
  const server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (couch.port && req.url?.startsWith('/couch/')) return proxyToCouch(req, res, couch.port);
    if (req.url === '/bench' || req.url?.startsWith('/bench/')) {
      req.url = req.url.slice('/bench'.length) || '/';
      return bench(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      });
    }
    return app(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
