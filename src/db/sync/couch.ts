import { checkServerUrl } from '../../domain/sync/settings';

/**
 * Plain HTTP requests to the practice's CouchDB, for what replication does not do: the key documents of a
 * client's database, the practice database, and (for the owner, a server admin) `_users` and `_security`.
 * Same origin and sign-in as the engine's replication; a refusal throws a CouchError with the status, which
 * `statusOfFailure` reads like the engine's.
 */

export interface SignIn {
  serverUrl: string;
  username: string;
  password: string;
}

export class CouchError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'CouchError';
  }
}

export class Couch {
  private readonly base: string;
  private readonly authorization: string;

  constructor(readonly signIn: SignIn) {
    const server = checkServerUrl(signIn.serverUrl);
    if (!server.ok) throw new Error(server.message);
    this.base = server.base;
    const text = new TextEncoder().encode(`${signIn.username}:${signIn.password}`);
    this.authorization = `Basic ${btoa(String.fromCharCode(...text))}`;
  }

  get username(): string {
    return this.signIn.username;
  }

  /** The answer's body; throws CouchError for a status of 300 or more (the server's reason as message). */
  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}/${path}`, {
      method,
      headers: {
        accept: 'application/json',
        authorization: this.authorization,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const parsed = (await response.json().catch(() => null)) as { reason?: string; error?: string } | null;
    if (response.status >= 300)
      throw new CouchError(response.status, parsed?.reason ?? parsed?.error ?? `HTTP ${response.status}`);
    return parsed as T;
  }

  /** A document, or null when it does not exist (or was deleted). */
  async get<T = unknown>(path: string): Promise<T | null> {
    try {
      return await this.request<T>('GET', path);
    } catch (error) {
      if (error instanceof CouchError && error.status === 404) return null;
      throw error;
    }
  }

  /** Who the server says is signed in, and whether they are a server admin. */
  async session(): Promise<{ name: string | null; admin: boolean }> {
    const answer = await this.request<{ userCtx: { name: string | null; roles: string[] } }>(
      'GET',
      '_session',
    );
    return { name: answer.userCtx.name, admin: answer.userCtx.roles.includes('_admin') };
  }
}

export const documentPath = (database: string, docId: string) => `${database}/${encodeURIComponent(docId)}`;
