import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  isAppUrl,
  isDevServerUrl,
  isPermissionAllowed,
  isSafeExternalUrl,
} from '../../../electron/security';
import { resolveAppPath, mimeTypeFor } from '../../../electron/protocol';
import { mainWindowOptions, printWindowOptions, secureWebPreferences } from '../../../electron/windowOptions';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import path from 'node:path';

describe('trusted app URLs', () => {
  it('accepts only the app protocol and host', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://caio-desk/index.html#/clients/1')).toBe(true);
    expect(isAppUrl('app://other-host/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://caio-desk/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@caio-desk/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('trusts a dev server only on localhost over http', () => {
    expect(isDevServerUrl('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true);
    expect(isDevServerUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isDevServerUrl('http://evil.example/', 'http://evil.example/')).toBe(false);
    expect(isDevServerUrl('http://localhost:5173/', undefined)).toBe(false);
  });
});

describe('external links', () => {
  it.each([
    ['https://artificialintelligenceact.eu/article/50/', true],
    ['http://example.com/page', true],
    ['javascript:alert(1)', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['smb://server/share', false],
    ['https://user:pass@example.com/', false],
    ['http://localhost:8080/', false],
    ['http://192.168.1.10/admin', false],
    ['http://[::1]/', false],
    ['https://printer.local/', false],
    ['ms-settings:', false],
    ['', false],
    // Hardened: trailing dots, ports, local-network names, numeric hosts in any spelling.
    ['https://printer.local./', false],
    ['http://localhost./', false],
    ['https://example.com./page', true],
    ['https://example.com:8443/', false],
    ['http://example.com:80/', true],
    ['https://nas.internal/', false],
    ['https://router.home.arpa/', false],
    ['https://wiki.corp/', false],
    ['https://box.lan/', false],
    ['http://0x7f.1/', false],
    ['http://2130706433/', false],
    ['http://127.1/', false],
    ['https://intranet/', false],
    // Wildcard DNS names that resolve to the address they carry.
    ['http://127.0.0.1.nip.io/', false],
    ['https://admin.10.0.0.5.sslip.io/', false],
    ['https://LOCALHOST/', false],
    ['https://example.com:443/', true],
    ['https://2024.eu-ai-act.example/', true],
  ])('%s -> %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});

describe('app:// protocol path resolution', () => {
  const root = path.resolve('/opt/caio/dist');
  it('maps app URLs into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://caio-desk/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://caio-desk/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://caio-desk/assets/index-abc.js?v=1#x')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
  });
  it.each([
    'app://caio-desk/../secrets.txt',
    'app://caio-desk/assets/%2e%2e/%2e%2e/etc/passwd',
    'app://caio-desk/assets/../../../etc/passwd',
  ])('keeps %s inside the folder (the URL parser normalises dot segments)', (url) => {
    const resolved = resolveAppPath(root, url);
    expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
    expect(resolved).not.toContain('..');
  });
  it.each([
    'app://caio-desk/..%2f..%2fetc%2fpasswd',
    'app://caio-desk/assets%5c..%5c..%5cwindows',
    'app://caio-desk/a%00.js',
    'app://caio-desk/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
  it('serves the right content types', () => {
    expect(mimeTypeFor('x/index.html')).toContain('text/html');
    expect(mimeTypeFor('x/a.js')).toContain('javascript');
    expect(mimeTypeFor('x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x/a.exe')).toBe('application/octet-stream');
  });
});

describe('window options', () => {
  it('lock down every window explicitly', () => {
    for (const prefs of [
      secureWebPreferences('/p.cjs'),
      mainWindowOptions('/p.cjs', { width: 1, height: 1 }).webPreferences!,
      printWindowOptions('/p.cjs').webPreferences!,
    ]) {
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
      });
      expect(prefs.enableBlinkFeatures).toBeUndefined();
      expect(prefs.preload).toBe('/p.cjs');
    }
  });
  it('denies every permission request', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      expect(isPermissionAllowed(permission)).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows scripts only from the app and no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY.match(/script-src[^;]*/)![0]).not.toContain('unsafe-inline');
  });
});
