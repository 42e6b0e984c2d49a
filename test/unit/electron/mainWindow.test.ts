import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import path from 'node:path';
import { createAppProtocolHandler } from '../../../electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import { createMainWindow, type WindowLike } from '../../../electron/mainWindow';
import type { WindowState } from '../../../electron/windowState';

/** A fake BrowserWindow that records what the app does with it. */
class FakeWindow implements WindowLike {
  calls: string[] = [];
  listeners = new Map<string, () => void>();
  maximized = false;
  destroyed = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {}
  maximize() {
    this.maximized = true;
    this.calls.push('maximize');
  }
  show() {
    this.calls.push('show');
  }
  once(event: string, listener: () => void) {
    this.listeners.set(event, listener);
  }
  on(event: string, listener: () => void) {
    this.listeners.set(event, listener);
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1200, height: 800 };
  }
  async loadURL(url: string) {
    this.calls.push(`load ${url}`);
  }
  fire(event: string) {
    this.listeners.get(event)!();
  }
}

function setUp(state: WindowState) {
  const saved: WindowState[] = [];
  let closed = 0;
  let made: FakeWindow | undefined;
  const open = () =>
    createMainWindow({
      createWindow: (options) => (made = new FakeWindow(options)),
      loadState: async () => state,
      saveState: async (s) => void saved.push(s),
      preloadPath: '/app/preload.cjs',
      iconPath: '/app/icon.png',
      url: 'app://caio-desk/index.html',
      onClosed: () => closed++,
    });
  return { open, saved, closedCount: () => closed, window: () => made! };
}

describe('the main window', () => {
  it('is created locked down at the remembered bounds, hidden until ready, then loads the app', async () => {
    const { open } = setUp({ x: 5, y: 6, width: 1300, height: 900, maximized: false });
    const win = await open();
    const prefs = win.options.webPreferences!;
    expect(win.options).toMatchObject({
      x: 5,
      y: 6,
      width: 1300,
      height: 900,
      show: false,
      icon: '/app/icon.png',
    });
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(win.calls).toEqual(['load app://caio-desk/index.html']);
    win.fire('ready-to-show');
    expect(win.calls).toContain('show');
  });

  it('maximises when it was maximised, and saves its bounds when resized, moved or closed', async () => {
    const { open, saved, closedCount } = setUp({ width: 1300, height: 900, maximized: true });
    const win = await open();
    expect(win.calls[0]).toBe('maximize');
    win.fire('resized');
    win.fire('moved');
    win.fire('close');
    expect(saved).toEqual(Array(3).fill({ x: 10, y: 20, width: 1200, height: 800, maximized: true }));
    win.destroyed = true;
    win.fire('resized');
    expect(saved).toHaveLength(3);
    win.fire('closed');
    expect(closedCount()).toBe(1);
  });
});

describe('the app:// protocol handler', () => {
  const files: Record<string, string> = { [path.join('/app/dist', 'index.html')]: '<!doctype html>' };
  const handler = createAppProtocolHandler('/app/dist', async (filePath) => {
    if (!(filePath in files)) throw new Error('ENOENT');
    return new TextEncoder().encode(files[filePath]);
  });

  it('serves the renderer folder with the CSP header', async () => {
    const response = await handler({ url: 'app://caio-desk/index.html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe('<!doctype html>');
  });

  it('answers 404 outside the folder, for other hosts and for missing files', async () => {
    for (const url of [
      'app://caio-desk/..%2f..%2fetc%2fpasswd',
      'app://other/index.html',
      'app://caio-desk/dictionaries/en-US-10-1.bdic',
    ]) {
      expect((await handler({ url })).status).toBe(404);
    }
  });
});
