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
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByRole('link', { name: 'Engagement log' }).click();
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
