/**
 * A CouchDB stand-in for tests: `pouchdb-server --in-memory` (CouchDB's HTTP and replication protocol) started on
 * 127.0.0.1 on a free port, in its own temporary folder (its config.json and log.txt land there, not in the repo).
 * A server admin is created before anything else: only with an admin does it enforce a database's `_security`
 * (a non-member and an anonymous request are refused, a member reads and writes), like CouchDB 3.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

export interface PouchServer {
  /** e.g. `http://127.0.0.1:40123` (no trailing slash). */
  readonly origin: string;
  readonly admin: Credentials;
  /** A consultant: a CouchDB user in `_users`, with no roles. */
  createUser(username: string, password: string): Promise<Credentials>;
  /** One client's database, whose `_security` members are exactly `members`. */
  createDatabase(name: string, members: readonly string[]): Promise<void>;
  setMembers(name: string, members: readonly string[]): Promise<void>;
  /** One HTTP request as `who` (undefined: anonymous); the body is sent as JSON. */
  request(
    method: string,
    path: string,
    who?: Credentials,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }>;
  stop(): Promise<void>;
  /** With `interruptible`: the server's port goes away (every connection cut, new ones refused) and comes
   * back with the data, as a CouchDB restart does; `onRequest` sees each request line on its way in. */
  down(): Promise<void>;
  up(): Promise<void>;
  onRequest(listener: ((line: string) => void) | null): void;
}

const ADMIN: Credentials = { username: 'admin', password: 'admin-secret' };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function authHeader(who: Credentials): string {
  return `Basic ${Buffer.from(`${who.username}:${who.password}`).toString('base64')}`;
}

async function send(
  origin: string,
  method: string,
  path: string,
  who?: Credentials,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (who) headers.authorization = authHeader(who);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${origin}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: response.status, body: parsed };
}

async function waitUntilUp(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`pouchdb-server did not start within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function expectOk(what: string, result: Promise<{ status: number; body: unknown }>): Promise<void> {
  const { status, body } = await result;
  if (status >= 300) throw new Error(`${what}: HTTP ${status} ${JSON.stringify(body)}`);
}

function securityObject(members: readonly string[]) {
  return { admins: { names: [], roles: [] }, members: { names: [...members], roles: [] } };
}

/** A TCP relay from `port` to the server's own port that can be taken down and brought back. */
function relay(port: number, target: number) {
  let listener: Server | null = null;
  let watcher: ((line: string) => void) | null = null;
  const sockets = new Set<Socket>();
  const up = () =>
    new Promise<void>((resolve, reject) => {
      listener = createServer((incoming) => {
        const outgoing = connect(target, '127.0.0.1');
        sockets.add(incoming).add(outgoing);
        incoming.on('data', (chunk: Buffer) => {
          const line = /^[A-Z]+ \S+/.exec(chunk.subarray(0, 300).toString('latin1'))?.[0];
          if (line) watcher?.(line);
          if (!incoming.destroyed) outgoing.write(chunk);
        });
        outgoing.pipe(incoming);
        for (const socket of [incoming, outgoing])
          socket
            .on('error', () => undefined)
            .on('close', () => {
              sockets.delete(socket);
              incoming.destroy();
              outgoing.destroy();
            });
      });
      listener.once('error', reject);
      listener.listen(port, '127.0.0.1', () => resolve());
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!listener) return resolve();
      listener.close(() => resolve());
      listener = null;
    });
  return { up, down, watch: (listener: ((line: string) => void) | null) => (watcher = listener) };
}

/** Starts a fresh in-memory server with its admin (on `port`, or a free one); `stop()` ends it and removes its folder. */
export async function startPouchServer(
  options: { port?: number; interruptible?: boolean } = {},
): Promise<PouchServer> {
  const folder = mkdtempSync(join(tmpdir(), 'caio-pouch-'));
  const publicPort = options.port ?? (await freePort());
  const port = options.interruptible ? await freePort() : publicPort;
  const gate = options.interruptible ? relay(publicPort, port) : null;
  const origin = `http://127.0.0.1:${port}`;
  const bin = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
  const child = spawn(
    process.execPath,
    [
      bin,
      '--in-memory',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--no-stdout-logs',
      '--config',
      join(folder, 'config.json'),
    ],
    { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async () => {
    await gate?.down();
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(origin, child, 30_000);
    await expectOk(
      'create admin',
      send(origin, 'PUT', `/_config/admins/${ADMIN.username}`, undefined, ADMIN.password),
    );
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  const request = (method: string, path: string, who?: Credentials, body?: unknown) =>
    send(origin, method, path, who, body);
  const setMembers = (name: string, members: readonly string[]) =>
    expectOk(`_security of ${name}`, request('PUT', `/${name}/_security`, ADMIN, securityObject(members)));
  await gate?.up();
  return {
    origin: `http://127.0.0.1:${publicPort}`,
    admin: ADMIN,
    request,
    stop,
    setMembers,
    down: async () => gate?.down(),
    up: async () => gate?.up(),
    onRequest: (listener) => gate?.watch(listener),
    async createUser(username, password) {
      const id = `org.couchdb.user:${username}`;
      await expectOk(
        `user ${username}`,
        request('PUT', `/_users/${encodeURIComponent(id)}`, ADMIN, {
          name: username,
          password,
          roles: [],
          type: 'user',
        }),
      );
      return { username, password };
    },
    async createDatabase(name, members) {
      await expectOk(`database ${name}`, request('PUT', `/${name}`, ADMIN));
      await setMembers(name, members);
    },
  };
}

/** The sync tests' cast: a fresh server with two consultants, alice and bob. */
export async function startWithConsultants(): Promise<{
  server: PouchServer;
  alice: Credentials;
  bob: Credentials;
}> {
  const server = await startPouchServer();
  return {
    server,
    alice: await server.createUser('alice', 'alice-pw'),
    bob: await server.createUser('bob', 'bob-pw'),
  };
}
