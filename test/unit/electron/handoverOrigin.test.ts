import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import { createIpcHandlers, type IpcDeps } from '../../../electron/ipc';
import { isAppUrl } from '../../../electron/security';
import { isAllowedRequest } from '../../../electron/sessionPolicy';
import { createHandoverOrigin, HANDOVER_ORIGIN_MS } from '../../../electron/syncOrigin';
import { IPC } from '../../../src/platform/contract';

/** A handover by replication: the client's server is allowed beside the sync server, only for the duration. */
describe('the handover origin', () => {
  it('is allowed only while set and for 30 minutes at most, with the sync origin’s rule', async () => {
    let now = 1_000;
    const store = createHandoverOrigin(() => now);
    expect(await store.set('http://couch.client.eu')).toBe(false);
    expect(await store.set('https://couch.client.eu/db')).toBe(false);
    expect(store.current()).toBeNull();
    expect(await store.set('https://couch.client.eu')).toBe(true);
    expect(store.current()).toBe('https://couch.client.eu');
    now += HANDOVER_ORIGIN_MS;
    expect(store.current()).toBeNull();
    await store.set('http://127.0.0.1:5984');
    expect(store.current()).toBe('http://127.0.0.1:5984');
    await store.set(null);
    expect(store.current()).toBeNull();
  });

  it('joins the sync origin in the request filter and the CSP, and nothing else does', async () => {
    const origins = ['https://couch.practice.eu', 'https://couch.client.eu'];
    expect(isAllowedRequest('https://couch.client.eu/ai-register/_bulk_docs', isAppUrl, origins)).toBe(true);
    expect(isAllowedRequest('https://couch.practice.eu/caio-1/_changes', isAppUrl, origins)).toBe(true);
    expect(isAllowedRequest('https://couch.client.eu.evil.eu/x', isAppUrl, origins)).toBe(false);
    expect(isAllowedRequest('https://couch.client.eu/x', isAppUrl, [null, null])).toBe(false);
    const page = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
    const handler = createAppProtocolHandler(
      '/app/dist',
      async () => new TextEncoder().encode(page),
      () => [null, 'https://couch.client.eu'],
    );
    const response = await handler({ url: 'app://caio-desk/index.html' });
    const policy = response.headers.get('Content-Security-Policy')!;
    expect(policy).toContain("connect-src 'self' https://couch.client.eu;");
    expect(policy.replace(' https://couch.client.eu', '')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain(policy);
  });

  it('is set over IPC only with a valid origin, and refused without a store', async () => {
    const handle = createIpcHandlers({ handoverOrigins: createHandoverOrigin() } as unknown as IpcDeps)[
      IPC.allowHandoverOrigin
    ]!;
    expect(await handle('https://couch.client.eu')).toBe(true);
    expect(await handle('ftp://couch.client.eu')).toBe(false);
    await expect(handle(42)).rejects.toThrow('Invalid handover origin');
    expect(await createIpcHandlers({} as IpcDeps)[IPC.allowHandoverOrigin]!('https://a.eu')).toBe(false);
  });
});
