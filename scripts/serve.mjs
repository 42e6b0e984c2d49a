// Serves the built renderer (dist/) on localhost with the app's Content-Security-Policy,
// so the app runs in a plain browser exactly as in the desktop shell. Used by `npm run web` and the e2e tests.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import sirv from 'sirv';
import { proxyToCouch } from './couchProxy.mjs';

const port = Number(process.env.PORT ?? 4173);
const csp = readFileSync(new URL('../electron/csp.ts', import.meta.url), 'utf8')
  .match(/\[([\s\S]*?)\]\.join/)[1]
  .split('\n')
  .map((line) => line.trim().replace(/^"|",?$/g, ''))
  .filter(Boolean)
  .join('; ');
// Tests only: with SYNC_PROXY_PORT set, /couch/… is passed to a CouchDB-protocol server on that port of this
// computer, so the browser build syncs with it on its own origin (its CSP allows `connect-src 'self'` only).
const syncProxyPort = Number(process.env.SYNC_PROXY_PORT ?? 0);
const assets = sirv(new URL('../dist', import.meta.url).pathname, { single: true, dev: false, etag: true });

createServer((req, res) => {
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  if (syncProxyPort && req.url?.startsWith('/couch/')) proxyToCouch(req, res, syncProxyPort);
  else assets(req, res);
}).listen(port, '127.0.0.1', () => console.log(`CAIO Desk is running at http://127.0.0.1:${port}/`));
