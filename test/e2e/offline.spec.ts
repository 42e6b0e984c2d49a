import { expect, test } from '@playwright/test';
import { openWithDemo, switchClient } from './helpers';

test('the app makes no request outside its own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) outside.push(url);
  });
  await openWithDemo(page);
  await switchClient(page, 'Nordhaven Precision Parts');
  // Every area of a client, so each lazily loaded screen and its assets are requested once.
  for (const [link, heading] of [
    ['Profile', 'Client profile'],
    ['Engagement log', 'Engagement log'],
    ['Portfolio', 'AI use-case portfolio'],
    ['Governance', 'Governance'],
    ['Vendors', /Vendor evaluations/],
    ['Workshops', 'Workshops'],
    ['Board reports', 'Board reports'],
  ] as const) {
    await page
      .getByRole('navigation', { name: /areas/ })
      .getByRole('link', { name: link, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Vendor library' }).click();
  await page.getByRole('link', { name: 'Backup & restore' }).click();
  await page.getByRole('link', { name: 'All clients' }).click();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Clients' })).toBeVisible();
  expect(outside).toEqual([]);
});

test('a strict Content-Security-Policy is in force', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  expect(meta).not.toMatch(/https?:/);
});
