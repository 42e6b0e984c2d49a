import { isAudienceWindowUrl, isSafeExternalUrl } from './security';

/**
 * What every web page of the app may do, as one function over the few `webContents` events it uses
 * (unit-tested with a fake): no navigation or redirect away from the app, no <webview>, no new windows
 * except a workshop's audience view; a safe external link opens in the system browser instead.
 */

interface PreventableEvent {
  preventDefault(): void;
}

export interface ContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent, url: string) => void,
  ): void;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): void;
  setWindowOpenHandler(
    handler: (details: {
      url: string;
    }) => { action: 'allow'; overrideBrowserWindowOptions?: unknown } | { action: 'deny' },
  ): void;
}

export interface ContentsDeps {
  isTrusted(url: string): boolean;
  openExternal(url: string): void;
  /** Options of the audience window for the page asking (placed on the projector when there is one). */
  audienceWindowOptions(): unknown;
}

export function guardWebContents(contents: ContentsLike, deps: ContentsDeps): void {
  contents.on('will-navigate', (event, url) => {
    if (!deps.isTrusted(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!deps.isTrusted(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAudienceWindowUrl(url, deps.isTrusted))
      return { action: 'allow', overrideBrowserWindowOptions: deps.audienceWindowOptions() };
    if (isSafeExternalUrl(url)) deps.openExternal(url);
    return { action: 'deny' };
  });
}
