// The benchmark's Chromium and its browser contexts (one IndexedDB each), as `npm run bench` and `--scales` use them.
import { chromium } from 'playwright-core';
import { WAIT_SCRIPT } from './steps.mjs';

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--js-flags=--expose-gc',
    ],
  });
}

/** A fresh context (its own IndexedDB) at the benchmark's window size, locale and time zone, with `__benchWait`. */
export async function newBenchContext(browser) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Amsterdam',
  });
  await context.addInitScript({ content: WAIT_SCRIPT });
  return context;
}

/** The loader page (bench/loader.ts) of a context, ready for `window.caioBench`. */
export async function openLoader(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}bench/`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}
