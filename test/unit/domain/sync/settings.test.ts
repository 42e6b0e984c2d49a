import { describe, expect, it } from 'vitest';
import {
  checkServerUrl,
  isLoopbackHost,
  remoteDatabaseName,
  statusOfFailure,
  syncOriginOf,
} from '../../../../src/domain/sync/settings';

describe('sync settings', () => {
  it('require HTTPS except on this computer', () => {
    expect(checkServerUrl('https://couch.example.eu/')).toEqual({
      ok: true,
      base: 'https://couch.example.eu',
      origin: 'https://couch.example.eu',
    });
    expect(checkServerUrl(' https://example.eu:6984/couch/ ')).toMatchObject({
      ok: true,
      base: 'https://example.eu:6984/couch',
    });
    expect(checkServerUrl('http://127.0.0.1:5984')).toMatchObject({
      ok: true,
      origin: 'http://127.0.0.1:5984',
    });
    expect(checkServerUrl('http://localhost:5984')).toMatchObject({ ok: true });
    expect(checkServerUrl('http://[::1]:5984')).toMatchObject({ ok: true });
    for (const bad of [
      'http://couch.example.eu',
      'http://192.168.1.5:5984',
      'couch.example.eu',
      'ftp://x.eu',
      'https://u:p@x.eu',
      'https://x.eu/?a=1',
    ])
      expect(checkServerUrl(bad).ok, bad).toBe(false);
    expect(syncOriginOf({ serverUrl: 'https://x.eu/couch' })).toBe('https://x.eu');
    expect(syncOriginOf({ serverUrl: 'http://x.eu' })).toBeNull();
    expect(syncOriginOf(null)).toBeNull();
  });

  it('know loopback hosts', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['localhost.example.eu', '128.0.0.1', '10.0.0.1', '127.0.0.1.nip.io'].some(isLoopbackHost)).toBe(
      false,
    );
  });

  it('name a client database as CouchDB allows', () => {
    expect(remoteDatabaseName('3F2A-b9')).toBe('caio-3f2a-b9');
    expect(remoteDatabaseName('a.b c')).toMatch(/^[a-z][a-z0-9_$()+/-]*$/);
  });

  it('read a failed sync as offline or as an error with its reason', () => {
    expect(statusOfFailure(new TypeError('fetch failed'))).toMatchObject({ state: 'offline' });
    expect(statusOfFailure({ status: 0 })).toMatchObject({ state: 'offline' });
    expect(statusOfFailure({ status: 401, message: 'unauthorized' })).toMatchObject({ state: 'error' });
    expect(statusOfFailure({ status: 403 }).reason).toMatch(/not assigned/);
    expect(statusOfFailure({ status: 404 }).reason).toMatch(/no database/);
    expect(statusOfFailure({ status: 500, message: 'boom' })).toEqual({ state: 'error', reason: 'boom' });
  });
});
