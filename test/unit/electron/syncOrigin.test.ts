import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/appProtocol';
import { CONTENT_SECURITY_POLICY, withSyncOrigin } from '../../../electron/csp';
import { createIpcHandlers, type IpcDeps } from '../../../electron/ipc';
import { isAppUrl } from '../../../electron/security';
import { isAllowedRequest, lockDownSession, type SessionLike } from '../../../electron/sessionPolicy';
import { isSyncOrigin, loadSyncOriginStore } from '../../../electron/syncOrigin';
import { IPC } from '../../../src/platform/contract';

/** Sync's one exception to "no request leaves the machine": the configured server's origin, and only it. */
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));
const folder = () => {
  const f = mkdtempSync(path.join(tmpdir(), 'caio-sync-origin-'));
  folders.push(f);
  return f;
};

describe('the sync origin in the desktop shell', () => {
  it('accepts only a bare HTTPS origin, or HTTP on loopback', () => {
    for (const ok of [
      'https://couch.example.eu',
      'https://couch.example.eu:6984',
      'http://127.0.0.1:5984',
      'http://localhost:5984',
    ])
      expect(isSyncOrigin(ok), ok).toBe(true);
    for (const bad of [
      'http://couch.example.eu',
      'https://couch.example.eu/',
      'https://couch.example.eu/db',
      'https://user:pw@couch.example.eu',
      "https://a.eu 'unsafe-inline'",
      'https://a.eu; script-src *',
      'ftp://a.eu',
      '',
      null,
      42,
    ])
      expect(isSyncOrigin(bad), String(bad)).toBe(false);
  });

  it('is kept in the data folder for the next start, and cleared with null', async () => {
    const dir = folder();
    const store = await loadSyncOriginStore(dir);
    expect(store.current()).toBeNull();
    expect(await store.set('http://couch.example.eu')).toBe(false);
    expect(store.current()).toBeNull();
    expect(await store.set('https://couch.example.eu')).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'sync-origin.json'), 'utf8'))).toEqual({
      origin: 'https://couch.example.eu',
    });
    expect((await loadSyncOriginStore(dir)).current()).toBe('https://couch.example.eu');
    expect(await store.set(null)).toBe(true);
    expect((await loadSyncOriginStore(dir)).current()).toBeNull();
  });

  it('joins connect-src of the CSP, header and meta tag, and nothing else', async () => {
    expect(withSyncOrigin(CONTENT_SECURITY_POLICY, null)).toBe(CONTENT_SECURITY_POLICY);
    expect(withSyncOrigin(CONTENT_SECURITY_POLICY, 'https://a.eu; script-src *')).toBe(
      CONTENT_SECURITY_POLICY,
    );
    const policy = withSyncOrigin(CONTENT_SECURITY_POLICY, 'https://couch.example.eu');
    expect(policy).toContain("connect-src 'self' https://couch.example.eu;");
    expect(policy.replace(' https://couch.example.eu', '')).toBe(CONTENT_SECURITY_POLICY);
    let origin: string | null = null;
    const page = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
    const handler = createAppProtocolHandler(
      '/app/dist',
      async () => new TextEncoder().encode(page),
      () => origin,
    );
    const before = await handler({ url: 'app://caio-desk/index.html' });
    expect(before.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await before.text()).toBe(page);
    origin = 'https://couch.example.eu';
    const after = await handler({ url: 'app://caio-desk/index.html' });
    expect(after.headers.get('Content-Security-Policy')).toBe(policy);
    expect(await after.text()).toBe(page.replace(CONTENT_SECURITY_POLICY, policy));
  });

  it('is the only outside address the request filter lets through', () => {
    let wired: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const session: SessionLike = {
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      setSpellCheckerDictionaryDownloadURL: () => undefined,
      webRequest: { onBeforeRequest: (listener) => (wired = listener) },
    };
    let origin: string | null = null;
    lockDownSession(
      session,
      isAppUrl,
      () => undefined,
      () => origin,
    );
    const cancelled = (url: string) => {
      let cancel = false;
      wired!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('https://couch.example.eu/caio-1/_changes')).toBe(true);
    origin = 'https://couch.example.eu';
    expect(cancelled('https://couch.example.eu/caio-1/_changes')).toBe(false);
    expect(cancelled('https://couch.example.eu.evil.eu/x')).toBe(true);
    expect(cancelled('https://evil.eu/?https://couch.example.eu/')).toBe(true);
    expect(cancelled('http://couch.example.eu/x')).toBe(true);
    expect(isAllowedRequest('https://couch.example.eu', isAppUrl, origin)).toBe(false);
  });

  it('is set over IPC only with a valid origin', async () => {
    const set: (string | null)[] = [];
    const deps = {
      syncOrigins: {
        current: () => null,
        set: async (o: string | null) => (set.push(o), o === null || isSyncOrigin(o)),
      },
    } as unknown as IpcDeps;
    const handle = createIpcHandlers(deps)[IPC.allowSyncOrigin]!;
    expect(await handle('https://couch.example.eu')).toBe(true);
    expect(await handle('http://couch.example.eu')).toBe(false);
    expect(await handle(null)).toBe(true);
    await expect(handle({ origin: 'x' })).rejects.toThrow('Invalid sync origin');
    expect(await createIpcHandlers({} as IpcDeps)[IPC.allowSyncOrigin]!('https://couch.example.eu')).toBe(
      false,
    );
  });
});
