import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const ARTIFACTS = 'test/artifacts';
/** The browser's time zone in every test (playwright.config.ts): a test's "today" is this zone's, not the runner's. */
export const APP_TIME_ZONE = 'Europe/Amsterdam';

/** Today as the app writes it in Dutch documents ("4 december 2026"), in the browser's time zone. */
export function dutchLongToday(): string {
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: APP_TIME_ZONE,
  }).format(new Date());
}

/** Saves a screenshot of the current screen for a human to look at (test/artifacts/screens). */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(`${ARTIFACTS}/screens`, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/screens/${name}.png`, fullPage: false });
}

/** Fresh app with the demo workspace loaded, on the staffing firm's overview. */
export async function openWithDemo(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /Explore the demo workspace/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brightside Staffing' })).toBeVisible();
}

/** Waits until the save indicator says every edit is stored. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** Opens the client switcher with the keyboard and picks a client by name. */
export async function switchClient(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Switch client' });
  await dialog.getByRole('combobox', { name: 'Search clients' }).fill(name);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: new RegExp(`Current client ${name}`) })).toBeVisible();
}

/** Creates a use case from the portfolio and waits for its page. */
export async function createUseCase(page: Page, title: string, owner?: string): Promise<void> {
  await page
    .getByRole('navigation', { name: /areas/ })
    .getByRole('link', { name: 'Portfolio', exact: true })
    .click();
  await page.getByRole('button', { name: 'New use case' }).click();
  const create = page.getByRole('dialog', { name: 'New use case' });
  await create.getByLabel('Title').fill(title);
  if (owner) await create.getByLabel('Business owner').fill(owner);
  await create.getByRole('button', { name: 'Create use case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Every record of one IndexedDB store of the app, read straight from the database (a plain workspace). */
export function readStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('caio-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Record<string, unknown>[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Writes records straight into one IndexedDB store of the app, bypassing its checks (to seed a test). */
export function putRecords(
  page: Page,
  store: string,
  records: readonly Record<string, unknown>[],
): Promise<void> {
  return page.evaluate(
    ({ name, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('caio-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const row of rows) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: store, rows: records },
  );
}

/** Encrypts the workspace from the Backup screen with `passphrase` (the recovery key acknowledged). */
export async function encryptWorkspace(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('link', { name: 'Backup & restore' }).click();
  await page.getByRole('button', { name: 'Encrypt this workspace…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Encrypt this workspace' });
  await dialog.getByLabel('New passphrase').fill(passphrase);
  await dialog.getByLabel('Passphrase again').fill(passphrase);
  await dialog.getByRole('button', { name: 'Encrypt the workspace' }).click();
  await dialog.getByLabel('I have stored the recovery key').check({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('This workspace is encrypted')).toBeVisible();
}

const SKIP_SCREENS = /^#\/(print|present)\/|\/facilitate$/;

/** A screen's kind: its address with record ids replaced by ":id" (one visit per kind). */
export function screenPattern(hash: string): string {
  return hash
    .split('?')[0]
    .split('/')
    .map((part) => (/^(demo-|[0-9a-f]{8}-)/.test(part) ? ':id' : part))
    .join('/');
}

function internalLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href^="#/"]')].map((a) => a.getAttribute('href')!),
  );
}

/**
 * Visits every kind of screen of the demo as a user finds them, by following the app's own links from the
 * home screen (print and presentation views left out), and calls `visit` on each once it has drawn.
 * Returns how many screens it visited.
 */
export async function visitEveryScreen(
  page: Page,
  visit: (screen: string, hash: string) => Promise<void>,
  limit = 80,
): Promise<number> {
  const seen = new Set<string>();
  const queue = ['#/', ...(await internalLinks(page))];
  let visited = 0;
  while (queue.length > 0 && visited < limit) {
    const hash = queue.shift()!;
    const pattern = screenPattern(hash);
    if (seen.has(pattern) || SKIP_SCREENS.test(hash)) continue;
    seen.add(pattern);
    // A new address in the same page: wait until the new screen has replaced the heading of the last one.
    const before = await page.evaluate(() => {
      const heading = document.querySelector('main h1');
      heading?.setAttribute('data-left', '');
      return heading?.textContent ?? null;
    });
    await page.goto(`/${hash}`);
    await page
      .waitForFunction(
        (old) => {
          const heading = document.querySelector('main h1, h1');
          return !!heading && (!heading.hasAttribute('data-left') || heading.textContent !== old);
        },
        before,
        { timeout: 10_000 },
      )
      .catch(() => undefined); // the same screen kind showing the same heading: nothing to wait for
    await expect(page.locator('main h1, h1').first()).toBeVisible();
    // Let lazy parts (charts, due lists) arrive before looking.
    await page.waitForLoadState('networkidle');
    await visit(pattern, hash);
    visited++;
    for (const link of await internalLinks(page)) if (!seen.has(screenPattern(link))) queue.push(link);
  }
  return visited;
}

/** Every request of the page to another origin than the app's at `base` (data and blob URLs aside), as they go. */
export function requestsOutside(page: Page, base: string): string[] {
  const origin = new URL(base).origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      outside.push(url);
  });
  return outside;
}
