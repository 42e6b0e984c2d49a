import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { IPC, type MenuCommand } from '../src/platform/contract';
import { CONTENT_SECURITY_POLICY } from './csp';
import { autoBackupDir } from './backups';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { renderRouteToPdf } from './pdf';
import { mimeTypeFor, resolveAppPath } from './protocol';
import { guardWebContents } from './contentsPolicy';
import { APP_ENTRY_URL, APP_SCHEME, audienceWindowPlacement, isAppUrl, isDevServerUrl } from './security';
import { lockDownSession } from './sessionPolicy';
import { audienceWindowOptions, mainWindowOptions } from './windowOptions';
import { loadWindowState, saveWindowState } from './windowState';

/** The thin main process: wires the small, tested modules above to Electron. No business logic here. */

const rendererDir = path.join(__dirname, '..', 'dist');
const preloadPath = path.join(__dirname, 'preload.cjs');
const iconPath = path.join(__dirname, '..', 'assets', 'icon.png');
const devServerUrl = app.isPackaged ? undefined : process.env.VITE_DEV_SERVER_URL;
const isTrusted = (url: string) => isAppUrl(url) || isDevServerUrl(url, devServerUrl);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

let mainWindow: BrowserWindow | null = null;

function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const filePath = resolveAppPath(rendererDir, request.url);
    if (!filePath) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(filePath);
      return new Response(body, {
        headers: { 'Content-Type': mimeTypeFor(filePath), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function lockDownSessions(): void {
  // Belt and braces: nothing leaves the machine, whatever a page tries (cancelled requests are logged).
  lockDownSession(session.defaultSession, isTrusted, (decision) => console.warn(`Blocked request: ${decision.url.slice(0, 200)}`));
}

app.on('web-contents-created', (_event, contents) => {
  guardWebContents(contents, {
    isTrusted,
    openExternal: (url) => void shell.openExternal(url),
    audienceWindowOptions: () => {
      const owner = BrowserWindow.fromWebContents(contents);
      const placement = audienceWindowPlacement(screen.getAllDisplays().map((d) => d.bounds), owner?.getBounds() ?? null);
      return audienceWindowOptions(preloadPath, placement, iconPath);
    },
  });
});

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(IPC.menuCommand, command);
}

async function createMainWindow(): Promise<void> {
  const userData = app.getPath('userData');
  const state = await loadWindowState(userData, screen.getAllDisplays().map((d) => d.workArea));
  const { maximized, ...bounds } = state;
  mainWindow = new BrowserWindow(mainWindowOptions(preloadPath, bounds, iconPath));
  if (maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  const persistBounds = () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    void saveWindowState(userData, { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() });
  };
  mainWindow.on('resized', persistBounds);
  mainWindow.on('moved', persistBounds);
  mainWindow.on('close', persistBounds);
  mainWindow.on('closed', () => (mainWindow = null));
  await mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

app.whenReady().then(async () => {
  serveAppProtocol();
  lockDownSessions();
  registerIpcHandlers(
    ipcMain,
    {
      appInfo: () => ({ name: app.getName(), version: app.getVersion(), platform: 'desktop' }),
      chooseSavePath: async (suggestedName, filters) => {
        const parent = mainWindow ?? undefined;
        const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters };
        const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
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
    },
    isTrusted,
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        send: sendMenuCommand,
        openExternal: (url) => void shell.openExternal(url),
        isMac: process.platform === 'darwin',
        isDev: !app.isPackaged,
        appName: app.getName(),
      }),
    ),
  );
  await createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
