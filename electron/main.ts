import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { IPC, type MenuCommand, type MenuLanguage } from '../src/platform/contract';
import { startApp } from './appStartup';
import { autoBackupDir } from './backups';
import { guardWebContents } from './contentsPolicy';
import { registerIpcHandlers } from './ipc';
import { createMainWindow } from './mainWindow';
import { buildMenuTemplate } from './menu';
import { renderRouteToPdf } from './pdf';
import { APP_ENTRY_URL, APP_SCHEME, audienceWindowPlacement, isAppUrl, isDevServerUrl } from './security';
import { createHandoverOrigin, loadSyncOriginStore, type SyncOriginStore } from './syncOrigin';
import { createVaultKeyStore } from './vaultKey';
import { audienceWindowOptions } from './windowOptions';
import { loadWindowState, saveWindowState } from './windowState';

/** The thin main process: passes Electron's objects to the small, tested modules above. No logic here. */

const rendererDir = path.join(__dirname, '..', 'dist');
const preloadPath = path.join(__dirname, 'preload.cjs');
const iconPath = path.join(__dirname, '..', 'assets', 'icon.png');
const devServerUrl = app.isPackaged ? undefined : process.env.VITE_DEV_SERVER_URL;
const isTrusted = (url: string) => isAppUrl(url) || isDevServerUrl(url, devServerUrl);

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);

let mainWindow: BrowserWindow | null = null;
let syncOrigins: SyncOriginStore | null = null;
const handoverOrigins = createHandoverOrigin();

app.on('web-contents-created', (_event, contents) => {
  guardWebContents(contents, {
    isTrusted,
    openExternal: (url) => void shell.openExternal(url),
    audienceWindowOptions: () => {
      const owner = BrowserWindow.fromWebContents(contents);
      const placement = audienceWindowPlacement(
        screen.getAllDisplays().map((d) => d.bounds),
        owner?.getBounds() ?? null,
      );
      return audienceWindowOptions(preloadPath, placement, iconPath);
    },
  });
});

function openMainWindow(): Promise<BrowserWindow> {
  const userData = app.getPath('userData');
  return createMainWindow({
    createWindow: (options) => (mainWindow = new BrowserWindow(options)),
    loadState: () =>
      loadWindowState(
        userData,
        screen.getAllDisplays().map((d) => d.workArea),
      ),
    saveState: (state) => saveWindowState(userData, state),
    preloadPath,
    iconPath,
    url: devServerUrl ?? APP_ENTRY_URL,
    onClosed: () => (mainWindow = null),
  });
}

function registerIpc(): void {
  registerIpcHandlers(
    ipcMain,
    {
      appInfo: () => ({ name: app.getName(), version: app.getVersion(), platform: 'desktop' }),
      chooseSavePath: async (suggestedName, filters) => {
        const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters };
        const result = mainWindow
          ? await dialog.showSaveDialog(mainWindow, options)
          : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      writeFile: async (filePath, data) => {
        const temp = `${filePath}.partial`;
        await fs.writeFile(temp, data);
        await fs.rename(temp, filePath);
      },
      renderPdf: (route) => renderRouteToPdf(preloadPath, route),
      openExternal: (url) => shell.openExternal(url),
      autoBackupDir: () => autoBackupDir(app.getPath('userData')),
      vaultKeys: createVaultKeyStore(safeStorage, app.getPath('userData')),
      syncOrigins: syncOrigins ?? undefined,
      handoverOrigins,
      setMenuLanguage: (lang) => {
        menuLanguage = lang;
        setMenu();
      },
    },
    isTrusted,
  );
}

/** The interface's language, as the page last said (English until it does). */
let menuLanguage: MenuLanguage = 'en';

function setMenu(): void {
  const template = buildMenuTemplate({
    language: menuLanguage,
    send: (command: MenuCommand) => mainWindow?.webContents.send(IPC.menuCommand, command),
    openExternal: (url) => void shell.openExternal(url),
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
    appName: app.getName(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

app.whenReady().then(async () => {
  syncOrigins = await loadSyncOriginStore(app.getPath('userData'));
  await startApp({
    protocol,
    session: session.defaultSession,
    rendererDir,
    readFile: (filePath) => fs.readFile(filePath),
    isTrusted,
    syncOrigin: () => [syncOrigins?.current() ?? null, handoverOrigins.current()],
    logBlocked: (decision) => console.warn(`Blocked request: ${decision.url.slice(0, 200)}`),
    registerIpc,
    setMenu,
    openMainWindow,
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
