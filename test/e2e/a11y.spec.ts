import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, openWithDemo, visitEveryScreen } from './helpers';

/**
 * Must show (issue #13): axe on every screen of the demo, in one test that visits them all: 0 critical
 * and 0 serious findings. The screens are found as a user finds them, by following the app's own links
 * from the home screen (one page per kind of screen: ids in the address are treated as one pattern).
 */
type Violation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
};

async function axeOn(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> };
      }
    ).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}

test.use({ bypassCSP: true });

test('axe on every screen of the demo: no critical or serious finding', async ({ page }) => {
  test.setTimeout(600_000 * Number(process.env.E2E_TIMEOUT_SCALE ?? 1));
  await openWithDemo(page);
  const report: { screen: string; hash: string; violations: Violation[] }[] = [];
  await visitEveryScreen(page, async (screen, hash) => {
    report.push({ screen, hash, violations: await axeOn(page) });
  });
  mkdirSync(`${ARTIFACTS}/a11y`, { recursive: true });
  writeFileSync(`${ARTIFACTS}/a11y/axe.json`, JSON.stringify(report, null, 2));
  const blocking = report.flatMap((r) =>
    r.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map(
        (v) =>
          `${r.screen}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
  );
  expect(report.length, 'screens visited').toBeGreaterThan(25);
  expect(blocking).toEqual([]);
});

test('keyboard: a skip link first, focus on the new page’s heading after navigating, Esc returns focus to the opener', async ({
  page,
}) => {
  await openWithDemo(page);
  await page.getByRole('link', { name: 'Portfolio', exact: true }).click();
  // Focus is on the page, not left in the sidebar.
  await expect(page.getByRole('heading', { level: 1, name: 'AI use-case portfolio' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'AI use-case portfolio' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  expect(page.url()).toContain('/portfolio'); // the skip link does not change the route
  const switcher = page.getByRole('button', { name: /Current client Brightside Staffing/ });
  await switcher.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Switch client' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Switch client' })).toBeHidden();
  await expect(switcher).toBeFocused();
});
