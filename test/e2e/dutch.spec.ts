import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ARTIFACTS, openWithDemo, visitEveryScreen } from './helpers';
import { englishLabels, isEnglishLabel } from '../support/englishLabels';

/**
 * Must show (issue #18): the interface switched to Dutch, every area walked (one screen of each kind, found
 * by following the app's own links), a screenshot of each, and none of them showing one of the interface's
 * own English labels: not on the page, not in a label or name a screen reader reads.
 */

/** Each area of the app and the screens that belong to it (by address pattern). */
const AREAS: [string, RegExp][] = [
  ['portfolio', /\/portfolio/],
  ['workshops', /\/workshops/],
  ['governance', /\/governance/],
  ['controls', /\/controls|^#\/control-library/],
  ['questionnaires', /\/questionnaires/],
  ['vendors', /\/vendors|^#\/library/],
  ['reports', /\/reports/],
  ['planning', /^#\/planning/],
  ['backup', /^#\/backup/],
  ['consultant', /^#\/consultant/],
  ['governance', /^#\/about/], // the about screen shows the rule pack
  ['clients', /^#\/(clients\/:id(\/(profile|engagement))?)?$/],
];

const areaOf = (screen: string) => AREAS.find(([, pattern]) => pattern.test(screen))?.[0] ?? 'unknown';

/** The texts a user sees or hears in a part of the page: each text node, and the names and hints of controls. */
function textsIn(part: Locator): Promise<string[]> {
  return part.evaluate((root) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, svg text, [hidden]')) continue;
      texts.push(node.textContent ?? '');
    }
    for (const element of root.querySelectorAll('[aria-label], [placeholder], [title], [alt]'))
      for (const name of ['aria-label', 'placeholder', 'title', 'alt'])
        if (element.hasAttribute(name)) texts.push(element.getAttribute(name)!);
    return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  });
}

async function englishOn(part: Locator, labels: ReturnType<typeof englishLabels>): Promise<string[]> {
  const texts = await textsIn(part);
  return [...new Set(texts.filter((text) => isEnglishLabel(text, labels)))];
}

async function switchToDutch(page: Page): Promise<void> {
  await page.getByLabel('Interface language').selectOption('nl');
  await expect(page.getByLabel('Taal van de interface')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
}

test('the interface in Dutch: every area walked, no English label on any screen', async ({ page }) => {
  test.setTimeout(600_000 * Number(process.env.E2E_TIMEOUT_SCALE ?? 1));
  const labels = englishLabels();
  await openWithDemo(page);
  await switchToDutch(page);
  mkdirSync(`${ARTIFACTS}/dutch`, { recursive: true });
  const found: Record<string, string[]> = {};
  // The sidebar and top bar, once: they are the same on every screen.
  const shell = [
    ...(await englishOn(page.locator('aside'), labels)),
    ...(await englishOn(page.locator('header.topbar'), labels)),
  ];
  if (shell.length > 0) found.shell = shell;
  const visited = await visitEveryScreen(page, async (screen) => {
    await page.screenshot({ path: `${ARTIFACTS}/dutch/${screen.replace(/[^\w]+/g, '_') || 'home'}.png` });
    const english = await englishOn(page.locator('main'), labels);
    if (english.length > 0) found[screen] = english;
  });
  writeFileSync(`${ARTIFACTS}/dutch/english-found.json`, JSON.stringify(found, null, 2));
  const areas = new Set(Object.keys(found).map((screen) => (screen === 'shell' ? 'shell' : areaOf(screen))));
  console.log(`Dutch walk: ${visited} screens; English labels left in: ${[...areas].join(', ') || 'none'}`);
  expect(visited, 'screens visited').toBeGreaterThan(25);
  expect(found).toEqual({});
});
