// Passes a request on to a CouchDB-protocol server on `port` of this computer (tests and the benchmark only), so
// the browser build reaches it on its own origin (its CSP allows `connect-src 'self'` only). The prefix (`/couch`)
// is cut off the path.
import { request } from 'node:http';

export function proxyToCouch(req, res, port, prefix = '/couch') {
  const upstream = request(
    {
      host: '127.0.0.1',
      port,
      method: req.method,
      path: req.url.slice(prefix.length),
      headers: { ...req.headers, host: `127.0.0.1:${port}` },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
}
