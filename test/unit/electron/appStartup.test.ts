import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { startApp, type ProtocolLike } from '../../../electron/appStartup';
import { isAppUrl } from '../../../electron/security';
import { DICTIONARY_URL, type RequestDecision, type SessionLike } from '../../../electron/sessionPolicy';

/**
 * A fake default session that behaves like Chromium's for what matters here: every request goes through
 * the installed request filter, and when a window opens, the Hunspell spellchecker (Windows, Linux)
 * fetches its dictionary from the download URL set on the session, or from Google's CDN by default.
 */
function fakeSession(steps: string[]) {
  let dictionaryUrl = 'https://redirector.gvt1.com/edgedl/chrome/dict/';
  let filter:
    ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
  const session: SessionLike = {
    setPermissionRequestHandler: () => void steps.push('permissions'),
    setPermissionCheckHandler: () => undefined,
    setSpellCheckerDictionaryDownloadURL: (url) => {
      steps.push('dictionary url');
      dictionaryUrl = url;
    },
    webRequest: { onBeforeRequest: (listener) => void (steps.push('request filter'), (filter = listener)) },
  };
  /** Whether the request went out (true) or was cancelled; without a filter everything goes out. */
  const request = (url: string) => {
    let cancelled = false;
    filter?.({ url }, (response) => (cancelled = response.cancel));
    return !cancelled;
  };
  return { session, request, spellcheckerDownload: () => `${dictionaryUrl}en-US-10-1.bdic` };
}

describe('app start-up wiring', () => {
  it('locks the session down before any window, so the spellchecker and pages make no request off the machine', async () => {
    const steps: string[] = [];
    const { session, request, spellcheckerDownload } = fakeSession(steps);
    const log: RequestDecision[] = [];
    const handlers = new Map<string, (request: { url: string }) => Promise<Response>>();
    const protocol: ProtocolLike = {
      handle: (scheme, handler) => void (steps.push(`protocol ${scheme}`), handlers.set(scheme, handler)),
    };
    const sentRequests: string[] = [];
    await startApp({
      protocol,
      session,
      rendererDir: '/app/dist',
      readFile: async (filePath) => new TextEncoder().encode(`file ${filePath}`),
      isTrusted: isAppUrl,
      logBlocked: (decision) => log.push(decision),
      registerIpc: () => void steps.push('ipc'),
      setMenu: () => void steps.push('menu'),
      openMainWindow: async () => {
        steps.push('window');
        // What the window's page and the spellchecker ask for once it opens:
        for (const url of [
          spellcheckerDownload(),
          'app://caio-desk/assets/index.js',
          'https://fonts.example/inter.woff2',
          'http://192.168.1.1/',
        ]) {
          if (request(url)) sentRequests.push(url);
        }
      },
    });
    expect(steps).toEqual([
      'protocol app',
      'permissions',
      'dictionary url',
      'request filter',
      'ipc',
      'menu',
      'window',
    ]);
    // The spellchecker asked the app's own protocol, which serves bundled dictionaries from the renderer folder.
    expect(sentRequests).toEqual([`${DICTIONARY_URL}en-US-10-1.bdic`, 'app://caio-desk/assets/index.js']);
    expect(sentRequests.every(isAppUrl)).toBe(true);
    const dictionary = await handlers.get('app')!({ url: `${DICTIONARY_URL}en-US-10-1.bdic` });
    expect(await dictionary.text()).toBe(`file ${path.join('/app/dist', 'dictionaries', 'en-US-10-1.bdic')}`);
    // Everything else was cancelled and is in the request log.
    expect(log).toEqual([
      { url: 'https://fonts.example/inter.woff2', cancelled: true },
      { url: 'http://192.168.1.1/', cancelled: true },
    ]);
  });
});
