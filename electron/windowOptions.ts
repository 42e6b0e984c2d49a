import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * Web preferences for every window of the app, set explicitly (Electron security checklist):
 * isolated, sandboxed, no Node in the page, workers or subframes, no insecure content,
 * no experimental features, Auxclick disabled, no <webview>.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Middle-click must not open links in new windows behind the window-open handler's back.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
  };
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export function mainWindowOptions(
  preloadPath: string,
  bounds: WindowBounds,
  iconPath?: string,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 960,
    minHeight: 620,
    show: false,
    title: 'CAIO Desk',
    backgroundColor: '#f6f7f9',
    icon: iconPath,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** A hidden window that renders a print route for PDF export. Same security as the main window. */
export function printWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return { width: 1280, height: 720, show: false, webPreferences: secureWebPreferences(preloadPath) };
}

/** The audience view of a workshop (projector window). Same security as the main window. */
export function audienceWindowOptions(
  preloadPath: string,
  placement: { bounds: WindowBounds; fullscreen: boolean },
  iconPath?: string,
): BrowserWindowConstructorOptions {
  return {
    ...placement.bounds,
    fullscreen: placement.fullscreen,
    title: 'CAIO Desk - audience view',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    icon: iconPath,
    webPreferences: secureWebPreferences(preloadPath),
  };
}
