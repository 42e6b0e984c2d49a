import { describe, expect, it } from 'vitest';
import { guardWebContents, type ContentsLike } from '../../../electron/contentsPolicy';
import { isAppUrl } from '../../../electron/security';
import {
  DICTIONARY_URL,
  lockDownSession,
  type RequestDecision,
  type SessionLike,
} from '../../../electron/sessionPolicy';
import {
  audienceWindowOptions,
  mainWindowOptions,
  printWindowOptions,
  secureWebPreferences,
} from '../../../electron/windowOptions';

/** A fake session that records what the app wires into it. */
function fakeSession() {
  const wired: {
    dictionaryUrl?: string;
    filter?: Parameters<SessionLike['webRequest']['onBeforeRequest']>[0];
    permission?: Parameters<SessionLike['setPermissionRequestHandler']>[0];
  } = {};
  const session: SessionLike = {
    setPermissionRequestHandler: (h) => (wired.permission = h),
    setPermissionCheckHandler: () => undefined,
    setSpellCheckerDictionaryDownloadURL: (url) => (wired.dictionaryUrl = url),
    webRequest: { onBeforeRequest: (listener) => (wired.filter = listener) },
  };
  const request = (url: string) => {
    let cancel: boolean | undefined;
    wired.filter!({ url }, (response) => (cancel = response.cancel));
    return cancel;
  };
  return { session, wired, request };
}

describe('the session: nothing leaves the machine, the spellchecker included', () => {
  it('points dictionary downloads into the app, and the request filter cancels and logs the CDN', () => {
    const { session, wired, request } = fakeSession();
    const log: RequestDecision[] = [];
    lockDownSession(session, isAppUrl, (d) => log.push(d));
    expect(wired.dictionaryUrl).toBe(DICTIONARY_URL);
    expect(isAppUrl(wired.dictionaryUrl!)).toBe(true);
    // What Chromium's spellchecker fetches by default on Windows and Linux:
    expect(request('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic')).toBe(true);
    expect(request('http://example.com/')).toBe(true);
    expect(request(`${DICTIONARY_URL}en-us-10-1.bdic`)).toBe(false);
    expect(request('app://caio-desk/assets/index.js')).toBe(false);
    expect(request('data:image/png;base64,AAAA')).toBe(false);
    expect(log).toEqual([
      { url: 'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic', cancelled: true },
      { url: 'http://example.com/', cancelled: true },
    ]);
  });

  it('denies permissions except full screen', () => {
    const { session, wired } = fakeSession();
    lockDownSession(session, isAppUrl);
    const answer = (permission: string) => {
      let granted: boolean | undefined;
      wired.permission!(null, permission, (g) => (granted = g));
      return granted;
    };
    expect(answer('media')).toBe(false);
    expect(answer('notifications')).toBe(false);
    expect(answer('fullscreen')).toBe(true);
  });
});

describe('every page: no navigation away, no webview, windows only for the audience view', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    let openHandler: Parameters<ContentsLike['setWindowOpenHandler']>[0] | undefined;
    const contents = {
      on: (event: string, listener: (event: { preventDefault(): void }, url?: string) => void) =>
        listeners.set(event, listener),
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    } as unknown as ContentsLike;
    const fire = (event: string, url?: string) => {
      let prevented = false;
      listeners.get(event)!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    return { contents, fire, open: (url: string) => openHandler!({ url }) };
  }

  it('wires the rules', () => {
    const opened: string[] = [];
    const { contents, fire, open } = fakeContents();
    guardWebContents(contents, {
      isTrusted: isAppUrl,
      openExternal: (url) => opened.push(url),
      audienceWindowOptions: () => ({ fullscreen: true }),
    });
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'app://caio-desk/index.html#/x')).toBe(false);
    expect(fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
    expect(open('app://caio-desk/index.html#/present/workshop/w-1')).toEqual({
      action: 'allow',
      overrideBrowserWindowOptions: { fullscreen: true },
    });
    expect(open('https://eur-lex.europa.eu/eli/reg/2024/1689/oj')).toEqual({ action: 'deny' });
    expect(open('https://printer.local./')).toEqual({ action: 'deny' });
    expect(open('app://caio-desk/index.html#/clients')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://eur-lex.europa.eu/eli/reg/2024/1689/oj']);
  });

  it('every window (main, print, audience) disables Auxclick (middle-click opening links)', () => {
    const placement = { bounds: { x: 0, y: 0, width: 1280, height: 720 }, fullscreen: false };
    const windows = [
      mainWindowOptions('/p.cjs', { width: 1, height: 1 }),
      printWindowOptions('/p.cjs'),
      audienceWindowOptions('/p.cjs', placement),
    ];
    for (const options of windows)
      expect(options.webPreferences).toMatchObject({
        disableBlinkFeatures: 'Auxclick',
        sandbox: true,
        contextIsolation: true,
      });
    expect(secureWebPreferences('/p.cjs').enableBlinkFeatures).toBeUndefined();
  });
});
