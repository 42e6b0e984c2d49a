import type { AppInfo, PlatformApi, SaveResult } from './contract';

/**
 * The browser implementation of the shell API: downloads instead of save dialogs, the print dialog
 * instead of printToPDF. Lets the whole UI run and be tested in plain Chromium.
 */
function download(name: string, data: string | Uint8Array, type = 'application/octet-stream'): SaveResult {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, location: name };
}

function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export const browserPlatform: PlatformApi = {
  appInfo: async (): Promise<AppInfo> => ({
    name: 'CAIO Desk',
    version: __APP_VERSION__,
    platform: 'browser',
  }),
  saveFile: async ({ suggestedName, data }) => download(suggestedName, data),
  printToPdf: async ({ route }) => {
    const printWindow = window.open(`${location.pathname}${route}?autoprint=1`, '_blank');
    if (!printWindow)
      return {
        saved: false,
        reason: 'failed',
        message: 'The browser blocked the print window. Allow pop-ups for this page.',
      };
    return { saved: true, location: 'print dialog' };
  },
  openExternal: async (url) => {
    if (!isHttpUrl(url)) return false;
    window.open(url, '_blank', 'noopener,noreferrer');
    return true;
  },
  // A web page cannot write to a folder on its own: the browser relies on the backup reminder instead.
  listAutoBackups: async () => [],
  writeAutoBackup: async () => null,
  readAutoBackup: async () => {
    throw new Error('Automatic backups exist only in the desktop app.');
  },
  // A web page has no keyring of its own: the passphrase is asked at every start.
  rememberVaultKey: async () => false,
  recallVaultKey: async () => null,
  forgetVaultKey: async () => undefined,
  // The page's CSP comes from the server that serves it: only a sync server on the same origin is reachable.
  allowSyncOrigin: async (origin) => origin === null || origin === window.location.origin,
  allowHandoverOrigin: async (origin) => origin === null || origin === window.location.origin,
  setMenuLanguage: async () => undefined,
  onMenuCommand: () => () => undefined,
};
