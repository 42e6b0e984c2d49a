import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_GLOBAL, IPC, menuCommandSchema, type PlatformApi } from '../src/platform/contract';

/**
 * The preload exposes exactly one object with named functions (see PLATFORM_API_KEYS): no generic
 * send/invoke/on, no Node objects, no process.env.
 */
export const platformApi: PlatformApi = {
  appInfo: () => ipcRenderer.invoke(IPC.appInfo),
  saveFile: (request) => ipcRenderer.invoke(IPC.saveFile, request),
  printToPdf: (request) => ipcRenderer.invoke(IPC.printToPdf, request),
  openExternal: (url) => ipcRenderer.invoke(IPC.openExternal, url),
  listAutoBackups: () => ipcRenderer.invoke(IPC.listAutoBackups),
  writeAutoBackup: (request) => ipcRenderer.invoke(IPC.writeAutoBackup, request),
  readAutoBackup: (name) => ipcRenderer.invoke(IPC.readAutoBackup, name),
  rememberVaultKey: (key) => ipcRenderer.invoke(IPC.rememberVaultKey, key),
  recallVaultKey: () => ipcRenderer.invoke(IPC.recallVaultKey),
  forgetVaultKey: () => ipcRenderer.invoke(IPC.forgetVaultKey),
  allowSyncOrigin: (origin) => ipcRenderer.invoke(IPC.allowSyncOrigin, origin),
  allowHandoverOrigin: (origin) => ipcRenderer.invoke(IPC.allowHandoverOrigin, origin),
  setMenuLanguage: (lang) => ipcRenderer.invoke(IPC.setMenuLanguage, lang),
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, raw: unknown) => {
      const command = menuCommandSchema.safeParse(raw);
      if (command.success) listener(command.data);
    };
    ipcRenderer.on(IPC.menuCommand, handler);
    return () => {
      ipcRenderer.removeListener(IPC.menuCommand, handler);
    };
  },
};

contextBridge.exposeInMainWorld(API_GLOBAL, platformApi);
