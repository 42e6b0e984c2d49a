import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowState } from './windowState';
import { mainWindowOptions } from './windowOptions';

/**
 * The main window, over the few BrowserWindow methods it uses (a unit test passes a fake): created with
 * the secure options at the remembered bounds, shown when ready, its bounds saved when moved, resized or
 * closed, then the app's page loaded.
 */

export interface WindowLike {
  maximize(): void;
  show(): void;
  once(event: 'ready-to-show', listener: () => void): void;
  on(event: 'resized' | 'moved' | 'close' | 'closed', listener: () => void): void;
  isDestroyed(): boolean;
  isMaximized(): boolean;
  getNormalBounds(): { x: number; y: number; width: number; height: number };
  loadURL(url: string): Promise<void>;
}

export interface MainWindowDeps<W extends WindowLike> {
  createWindow(options: BrowserWindowConstructorOptions): W;
  loadState(): Promise<WindowState>;
  saveState(state: WindowState): Promise<void>;
  preloadPath: string;
  iconPath?: string;
  /** The page to load: the app's entry URL (or the local dev server when unpackaged). */
  url: string;
  /** Told when the window is gone, so the caller drops its reference. */
  onClosed(): void;
}

export async function createMainWindow<W extends WindowLike>(deps: MainWindowDeps<W>): Promise<W> {
  const { maximized, ...bounds } = await deps.loadState();
  const win = deps.createWindow(mainWindowOptions(deps.preloadPath, bounds, deps.iconPath));
  if (maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  const persistBounds = () => {
    if (win.isDestroyed()) return;
    void deps.saveState({ ...win.getNormalBounds(), maximized: win.isMaximized() }).catch(() => undefined);
  };
  win.on('resized', persistBounds);
  win.on('moved', persistBounds);
  win.on('close', persistBounds);
  win.on('closed', deps.onClosed);
  await win.loadURL(deps.url);
  return win;
}
