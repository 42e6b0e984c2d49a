import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './security';
import { printWindowOptions } from './windowOptions';

const READY_TIMEOUT_MS = 30_000;

/**
 * Renders an in-app print route (e.g. `#/print/report/<id>`) in a hidden, equally locked-down window,
 * waits until the page signals that data and charts are drawn (`document.body.dataset.printReady`),
 * then prints it with the page size the CSS asks for (16:9 slides).
 */
export async function renderRouteToPdf(preloadPath: string, route: string): Promise<Uint8Array> {
  const win = new BrowserWindow(printWindowOptions(preloadPath));
  try {
    await win.loadURL(`${APP_ENTRY_URL}${route}`);
    const started = Date.now();
    for (;;) {
      const ready = await win.webContents.executeJavaScript('document.body.dataset.printReady === "true"');
      if (ready) break;
      if (Date.now() - started > READY_TIMEOUT_MS)
        throw new Error('The print view did not finish rendering in time.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const pdf = await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
  }
}
