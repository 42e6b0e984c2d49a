import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { mkdirSync, readFileSync } from 'node:fs';
import { ARTIFACTS, openWithDemo, snap, switchClient } from './helpers';
import { pdfText, printRouteToPdf, renderPages } from './pdf';

test('your profile, the week plan across clients with whose items they are, and the deadlines as .ics', async ({
  page,
  context,
}) => {
  mkdirSync(`${ARTIFACTS}/planning`, { recursive: true });
  await openWithDemo(page);

  // The consultant profile: named on deliverables, capacity for the plan. Bad input names the field.
  await page.getByRole('link', { name: 'Your profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Anna de Wit');
  await page.getByLabel('Title', { exact: true }).fill('Fractional Chief AI Officer');
  await page.getByLabel('Email', { exact: true }).fill('anna@');
  await expect(page.getByText('Email must be an address such as name@example.com')).toBeVisible();
  await page.getByLabel('Email', { exact: true }).fill('anna@dewit-advies.nl');
  await page.getByLabel('Phone', { exact: true }).fill('+31 6 1234 5678');
  await page.getByLabel('Weekly capacity (hours)').fill('24');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await snap(page, '70-consultant-profile');

  // Planning: overdue first, then week by week, with owner and whose; filters by client and kind.
  await page.getByRole('link', { name: 'Planning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planning' })).toBeVisible();
  const weeks = page.locator('section.plan-week');
  await expect(weeks.first()).toBeVisible();
  await expect(page.getByText(/ of 24 h planned/).first()).toBeVisible();
  const mine = page
    .getByRole('row')
    .filter({ hasText: "Check OpenAI's DPA and data residency for ChatGPT Team" });
  await expect(mine).toContainText('Fractional CAIO');
  await expect(mine).toContainText('Mine');
  await expect(page.getByRole('cell', { name: "Client's to chase" }).first()).toBeVisible();
  await snap(page, '71-planning');
  await page.getByRole('radio', { name: "Client's to chase" }).click();
  await expect(mine).toHaveCount(0);
  await page.getByRole('radio', { name: 'Everyone' }).click();
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Van Dijk & Partners Accountants' });
  const rows = page.locator('section.plan-week tbody tr');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText('Van Dijk');
  await snap(page, '72-planning-one-client');

  // Export the filtered deadlines; a real iCalendar parser reads them back on the right days.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export deadlines (.ics)' }).click();
  const file = `${ARTIFACTS}/planning/deadlines.ics`;
  await (await download).saveAs(file);
  const events = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')))
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c));
  expect(events).toHaveLength(count);
  const firstDate = await rows.first().getByRole('cell').first().textContent();
  expect(
    events.every((e) => e.startDate.isDate && e.summary.startsWith('Van Dijk & Partners Accountants: ')),
  ).toBe(true);
  const first = events[0].startDate;
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  // The first event is on the day the screen shows first (all-day: no zone can move it).
  expect(`${first.day} ${MONTHS[first.month - 1]} ${first.year}`).toBe(firstDate?.trim());

  // The workshop summary names the consultant from the profile, with contact; the client's logo is on it.
  await switchClient(page, 'Van Dijk');
  await page.getByRole('link', { name: 'Workshops', exact: true }).click();
  await page
    .getByRole('table', { name: 'Workshops' })
    .getByRole('link', { name: /Where can AI help us/ })
    .click();
  // The URL names the workshop only once the click has navigated.
  await expect(page).toHaveURL(/\/workshops\/[^/?]+/);
  const workshopId = page.url().split('/').pop()!.split('?')[0];
  const printPage = await context.newPage();
  const pdf = `${ARTIFACTS}/planning/workshop-summary.pdf`;
  await printRouteToPdf(printPage, `#/print/workshop/${workshopId}`, pdf);
  await expect(
    printPage.getByRole('img', { name: 'Van Dijk & Partners Accountants logo' }).first(),
  ).toBeVisible();
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  // Van Dijk reads Dutch (its report language), so the summary asks "Vragen:"; the profile's words stay as typed.
  expect(text).toContain(
    'Vragen: Anna de Wit, Fractional Chief AI Officer · anna@dewit-advies.nl · +31 6 1234 5678',
  );
  expect(text).not.toContain('Vragen: Fractional');
  expect(renderPages(pdf, 'planning/summary-pages').length).toBeGreaterThan(3);
});
