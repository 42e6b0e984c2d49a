import { expect as baseExpect, test, type Page } from '@playwright/test';
import { openWithDemo, snap } from './helpers';

/** Titles with what used to break: words starting with N, digits (score keys), capitals, punctuation. */
const TITLES = [
  'Draft job postings from intake notes',
  'Summarise client meeting minutes',
  'Nightly check of timesheets',
  'Note-taking for 1:1 meetings',
  'Answer routine candidate FAQs by chat',
  'Predict no-shows for interviews',
  'Translate vacancy texts (NL, EN, DE)',
  'Extract skills from 500 CVs a week',
  'Write the weekly sales report',
  'Onboarding checklist assistant',
];

/** Impact and effort per idea, typed as two digits each, in list order. */
const SCORES: [number, number][] = [
  [5, 2],
  [4, 4],
  [3, 1],
  [2, 5],
  [4, 2],
  [1, 1],
  [2, 4],
  [3, 3],
  [5, 3],
  [2, 2],
];

async function planAndFacilitate(page: Page, title: string) {
  await openWithDemo(page);
  await page.getByRole('link', { name: 'Workshops' }).click();
  await page.getByRole('button', { name: 'Plan a workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Plan a workshop' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Date').fill('2026-05-12');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Start facilitation' }).click();
  await expect(page.getByRole('timer', { name: 'Time left for Introduction' })).toBeVisible();
}

// Many writes queue up behind fast typing; on a busy machine they take a while to land.
const expect = baseExpect.configure({ timeout: 30_000 });

const ideaTitles = (scope: Page, name: 'listbox' | 'list') =>
  scope.getByRole(name, { name: 'Ideas' }).locator('.idea-item__title');

test('a workshop facilitated with the keyboard only, as the legend says: ten ideas typed at speed stay exactly as typed', async ({
  page,
  context,
}) => {
  test.setTimeout(420_000);
  await planAndFacilitate(page, 'Keyboard-only workshop');
  const legend = page.getByLabel('Keyboard shortcuts');
  await expect(legend).toContainText('New idea (Enter saves and returns to the list)');
  await expect(legend).toContainText('After scoring: next idea / next unscored');

  const popup = context.waitForEvent('page');
  await page.keyboard.press('a');
  const audience = await popup;
  await audience.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('timer', { name: 'Time left for Idea capture' })).toBeVisible();

  // N, the idea, Enter, as fast as the keyboard goes: no waiting between ideas.
  for (const title of TITLES) {
    await page.keyboard.press('n');
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }
  await expect(ideaTitles(page, 'listbox')).toHaveText(TITLES);
  await expect(page.getByRole('listbox', { name: 'Ideas' })).toBeFocused();
  await expect(ideaTitles(audience, 'list')).toHaveText([...TITLES].reverse());
  await snap(audience, '60-keyboard-audience-capture-1280');

  // Edit idea 2 in its dialog (Enter), typing fast into the title and the description.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const ideaDialog = page.getByRole('dialog', { name: 'Idea #2' });
  await expect(ideaDialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(ideaDialog.getByLabel('Idea', { exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' and send them to every participant');
  await page.keyboard.press('Tab');
  await page.keyboard.type('From the recording of the meeting, in the client template, within the hour');
  await expect(ideaDialog.getByLabel('Idea', { exact: true })).toHaveValue(
    'Summarise client meeting minutes and send them to every participant',
  );
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({
    timeout: 30_000,
  });
  await page.keyboard.press('Escape');
  await expect(ideaDialog).toBeHidden();
  const edited = [...TITLES];
  edited[1] = 'Summarise client meeting minutes and send them to every participant';
  await expect(ideaTitles(page, 'listbox')).toHaveText(edited);
  await expect(ideaTitles(audience, 'list')).toHaveText([...edited].reverse());

  // Del asks first, and the safe choice has the focus: Enter keeps the idea.
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete idea #2?' });
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(ideaTitles(page, 'listbox')).toHaveCount(10);

  // Scoring: two digits per idea; the selection goes to the next idea in the list (said on screen).
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('timer', { name: 'Time left for Scoring' })).toBeVisible();
  await expect(page.getByText('After scoring: next idea in the list')).toBeVisible();
  await page.keyboard.press('Home');
  for (const [impact, effort] of SCORES) {
    await page.keyboard.press(String(impact));
    await page.keyboard.press(String(effort));
  }
  const option = (i: number) => page.getByRole('listbox', { name: 'Ideas' }).getByRole('option').nth(i);
  for (const [i, [impact, effort]] of SCORES.entries())
    await expect(option(i)).toContainText(new RegExp(`Impact ${impact}\\s*Effort ${effort}`));
  // Re-scoring in order puts the new scores on the ideas the room looks at, not on "the next unscored".
  await page.keyboard.press('Home');
  for (const digit of '1122') await page.keyboard.press(digit);
  await expect(option(0)).toContainText(/Impact 1\s*Effort 1/);
  await expect(option(1)).toContainText(/Impact 2\s*Effort 2/);
  await expect(option(2)).toContainText(/Impact 3\s*Effort 1/);
  await expect(option(2)).toHaveAttribute('aria-selected', 'true');
  // S switches to "next unscored" and says so; S again switches back.
  await page.keyboard.press('s');
  await expect(page.getByText('After scoring: next unscored idea')).toBeVisible();
  await page.keyboard.press('s');
  await expect(page.getByText('After scoring: next idea in the list')).toBeVisible();

  // Dots: V on ideas 3 and 4; the audience sees the counts.
  await page.keyboard.press('v');
  await page.keyboard.press('v');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('v');
  await expect(option(2)).toContainText('2 dots');
  await expect(audience.getByRole('list', { name: 'Ideas' }).getByRole('listitem').nth(2)).toContainText(
    '2 dots',
  );
  await expect(audience.getByRole('list', { name: 'Ideas' }).getByRole('listitem').nth(3)).toContainText(
    '1 dot',
  );
  // At 1280x720 the scoring list is paged: the page holds the idea under discussion (#4).
  await expect(audience.getByText('1–5 of 10 · page 1 of 2')).toBeVisible();
  await expect(ideaTitles(audience, 'list')).toHaveText(edited.slice(0, 5));
  await snap(audience, '61-keyboard-audience-scoring-1280');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(audience.getByText('6–10 of 10 · page 2 of 2')).toBeVisible();
  await expect(ideaTitles(audience, 'list')).toHaveText(edited.slice(5));
  await snap(audience, '61b-keyboard-audience-scoring-page2-1280');

  // Decide with U P D; dots shown in the decision columns too.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('timer', { name: 'Time left for Decisions' })).toBeVisible();
  await page.keyboard.press('Home');
  await page.keyboard.press('p');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('d');
  await expect(audience.getByRole('region', { name: 'Parked (1)' })).toContainText(TITLES[0]);
  await expect(audience.getByRole('region', { name: 'Dropped (1)' })).toContainText(
    'Nightly check of timesheets · 2 dots',
  );
  // The undecided column is paged at 1280x720; selecting #4 brings its page on screen.
  await page.keyboard.press('ArrowDown');
  await expect(audience.getByRole('region', { name: 'Not decided (8)' })).toContainText(
    'Note-taking for 1:1 meetings · 1 dot',
  );
  await expect(audience.getByRole('region', { name: 'Not decided (8)' })).toContainText(
    /of 8 · page \d of 2/,
  );
  await snap(audience, '62-keyboard-audience-decide-1280');
});

test('the audience view fits 1280x720 and 1920x1080 with many ideas: pages follow the idea under discussion', async ({
  page,
  context,
}) => {
  test.setTimeout(420_000);
  await planAndFacilitate(page, 'Big room');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const many = Array.from(
    { length: 45 },
    (_, i) => `Idea number ${i + 1} about a process in the back office`,
  );
  for (const title of many) {
    await page.keyboard.press('n');
    await page.keyboard.insertText(title);
    await page.keyboard.press('Enter');
  }
  await expect(ideaTitles(page, 'listbox')).toHaveCount(45);
  await expect(ideaTitles(page, 'listbox').last()).toHaveText(many[44]);
  const audience = await context.newPage();
  const url = page.url().replace(/#\/.*$/, '');
  const workshopId = page.url().match(/workshops\/([^/?]+)/)![1];
  await audience.goto(`${url}#/present/workshop/${workshopId}`);

  const fits = async () =>
    audience.evaluate(() => {
      const overflowing = [
        ...document.querySelectorAll<HTMLElement>('.aud-list__items, .decision-column ul'),
      ].filter((el) => el.scrollHeight > el.clientHeight + 1);
      const outside = [
        ...document.querySelectorAll<HTMLElement>('.idea-item, .decision-column li, .aud-list__page'),
      ].filter((el) => el.getBoundingClientRect().bottom > window.innerHeight + 1);
      return { overflowing: overflowing.length, outside: outside.length };
    });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await audience.setViewportSize({ width, height });
    await expect(audience.getByRole('heading', { level: 1, name: 'Idea capture' })).toBeVisible();
    await expect(audience.getByText(/of 45 · page 1 of \d/)).toBeVisible();
    expect(await fits()).toEqual({ overflowing: 0, outside: 0 });
    await snap(audience, `63-audience-capture-45-${width}`);
  }
  // Decisions: 45 undecided ideas in one column, paged; the page holds the selected idea.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('timer', { name: 'Time left for Decisions' })).toBeVisible();
  await page.keyboard.press('End');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('u');
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await audience.setViewportSize({ width, height });
    await expect(audience.getByRole('heading', { level: 1, name: 'Decisions' })).toBeVisible();
    await page.keyboard.press('End');
    const notDecided = audience.getByRole('region', { name: 'Not decided (44)' });
    await expect(notDecided).toContainText(many[44]);
    await expect(notDecided).toContainText(/of 44 · page \d of \d/);
    await expect(audience.getByRole('region', { name: 'Use cases (1)' })).toContainText(many[39]);
    expect(await fits()).toEqual({ overflowing: 0, outside: 0 });
    await snap(audience, `64-audience-decide-45-${width}`);
    await page.keyboard.press('Home');
    await expect(notDecided).toContainText(/1–\d+ of 44 · page 1 of/);
  }
});
