import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  IPC,
  autoBackupNameSchema,
  externalUrlSchema,
  writeAutoBackupRequestSchema,
  printToPdfRequestSchema,
  vaultKeySchema,
  syncOriginSchema,
  menuLanguageSchema,
  type MenuLanguage,
  saveFileRequestSchema,
  type AppInfo,
  type SaveResult,
} from '../src/platform/contract';
import { listAutoBackups, readAutoBackup, writeAutoBackup } from './backups';
import { isSafeExternalUrl } from './security';
import type { SyncOriginStore } from './syncOrigin';
import type { VaultKeyStore } from './vaultKey';

/** What the handlers need from Electron and the file system; injected so they are testable in Node. */
export interface IpcDeps {
  appInfo(): AppInfo;
  chooseSavePath(
    suggestedName: string,
    filters: { name: string; extensions: string[] }[],
  ): Promise<string | null>;
  writeFile(filePath: string, data: string | Uint8Array): Promise<void>;
  renderPdf(route: string): Promise<Uint8Array>;
  openExternal(url: string): Promise<void>;
  /** The folder automatic backups live in (inside the app's data folder). */
  autoBackupDir(): string;
  /** The OS key store (`electron/vaultKey.ts`); absent in tests that do not need it. */
  vaultKeys?: VaultKeyStore;
  /** The allowed sync origin (`electron/syncOrigin.ts`); absent: sync cannot be turned on. */
  syncOrigins?: SyncOriginStore;
  /** The client's server during a handover by replication (`createHandoverOrigin`); absent: refused. */
  handoverOrigins?: SyncOriginStore;
  /** Rewrites the native menu in a language; absent in tests that do not need it. */
  setMenuLanguage?(lang: MenuLanguage): void;
}

export class IpcRejected extends Error {}

async function saveTo(
  deps: IpcDeps,
  suggestedName: string,
  filters: { name: string; extensions: string[] }[],
  produce: () => Promise<string | Uint8Array>,
): Promise<SaveResult> {
  const location = await deps.chooseSavePath(suggestedName, filters);
  if (!location) return { saved: false, reason: 'cancelled' };
  try {
    await deps.writeFile(location, await produce());
    return { saved: true, location };
  } catch (error) {
    return {
      saved: false,
      reason: 'failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/** The handlers by channel. Every argument is parsed with its schema; anything else is rejected. */
export function createIpcHandlers(deps: IpcDeps): Record<string, (arg: unknown) => Promise<unknown>> {
  return {
    [IPC.appInfo]: async () => deps.appInfo(),
    [IPC.saveFile]: async (arg) => {
      const request = saveFileRequestSchema.safeParse(arg);
      if (!request.success) throw new IpcRejected('Invalid save request');
      const { suggestedName, filters, data } = request.data;
      return saveTo(deps, suggestedName, filters, async () => data);
    },
    [IPC.printToPdf]: async (arg) => {
      const request = printToPdfRequestSchema.safeParse(arg);
      if (!request.success) throw new IpcRejected('Invalid print request');
      const { suggestedName, route } = request.data;
      return saveTo(deps, suggestedName, [{ name: 'PDF document', extensions: ['pdf'] }], () =>
        deps.renderPdf(route),
      );
    },
    [IPC.openExternal]: async (arg) => {
      const url = externalUrlSchema.safeParse(arg);
      if (!url.success || !isSafeExternalUrl(url.data)) return false;
      await deps.openExternal(url.data);
      return true;
    },
    [IPC.listAutoBackups]: async () => listAutoBackups(deps.autoBackupDir()),
    [IPC.writeAutoBackup]: async (arg) => {
      const request = writeAutoBackupRequestSchema.safeParse(arg);
      if (!request.success) throw new IpcRejected('Invalid backup request');
      return writeAutoBackup(deps.autoBackupDir(), request.data.json, request.data.reason);
    },
    [IPC.readAutoBackup]: async (arg) => {
      const name = autoBackupNameSchema.safeParse(arg);
      if (!name.success) throw new IpcRejected('Invalid backup name');
      return readAutoBackup(deps.autoBackupDir(), name.data);
    },
    [IPC.rememberVaultKey]: async (arg) => {
      const key = vaultKeySchema.safeParse(arg);
      if (!key.success) throw new IpcRejected('Invalid vault key');
      return deps.vaultKeys ? deps.vaultKeys.remember(key.data) : false;
    },
    [IPC.recallVaultKey]: async () => (deps.vaultKeys ? deps.vaultKeys.recall() : null),
    [IPC.forgetVaultKey]: async () => {
      await deps.vaultKeys?.forget();
    },
    [IPC.allowSyncOrigin]: async (arg) => {
      const origin = syncOriginSchema.safeParse(arg);
      if (!origin.success) throw new IpcRejected('Invalid sync origin');
      return deps.syncOrigins ? deps.syncOrigins.set(origin.data) : false;
    },
    [IPC.allowHandoverOrigin]: async (arg) => {
      const origin = syncOriginSchema.safeParse(arg);
      if (!origin.success) throw new IpcRejected('Invalid handover origin');
      return deps.handoverOrigins ? deps.handoverOrigins.set(origin.data) : false;
    },
    [IPC.setMenuLanguage]: async (arg) => {
      const lang = menuLanguageSchema.safeParse(arg);
      if (!lang.success) throw new IpcRejected('Invalid menu language');
      deps.setMenuLanguage?.(lang.data);
    },
  };
}

/** Registers the handlers; each call first checks that it comes from the app's own page. */
export function registerIpcHandlers(
  ipcMain: IpcMain,
  deps: IpcDeps,
  isTrustedSenderUrl: (url: string) => boolean,
): void {
  for (const [channel, handler] of Object.entries(createIpcHandlers(deps))) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, arg: unknown) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isTrustedSenderUrl(senderUrl)) throw new IpcRejected(`Untrusted IPC sender: ${senderUrl}`);
      return handler(arg);
    });
  }
}
