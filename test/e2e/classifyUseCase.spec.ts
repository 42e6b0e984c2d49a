import { expect, test } from '@playwright/test';
import { createUseCase, openWithDemo } from './helpers';

test('a use case is classified through the AI system it runs on, and takes its tier', async ({ page }) => {
  await openWithDemo(page);
  await createUseCase(page, 'Ranking candidates for vacancies', 'Tom Jansen');
  const useCaseUrl = page.url();

  await expect(
    page.getByText('the wizard creates one named “Ranking candidates for vacancies”'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Classify with the EU AI Act wizard' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Classify Ranking candidates for vacancies' }),
  ).toBeVisible();
  await expect(page.getByText(/AI system of Ranking candidates for vacancies/)).toBeVisible();

  // The inventory now holds the system, linked to the use case; a second click reuses it and says so.
  await page.getByRole('link', { name: 'Ranking candidates for vacancies' }).first().click();
  await expect(page).toHaveURL(useCaseUrl);
  const links = page.getByRole('region', { name: 'Linked records' });
  await expect(links.getByRole('link', { name: 'Ranking candidates for vacancies' })).toBeVisible();
  await page
    .getByRole('button', { name: 'Classify Ranking candidates for vacancies with the EU AI Act wizard' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Classify Ranking candidates for vacancies' }),
  ).toBeVisible();
  await page.goto(useCaseUrl);
  await expect(page.getByRole('region', { name: 'Linked records' }).getByRole('link')).toHaveCount(1);
});

test('a use case running on a named AI system opens the wizard on that system, naming both, and returns to the use case', async ({
  page,
}) => {
  await openWithDemo(page);
  await createUseCase(page, 'Answering supplier questions');
  const useCaseUrl = page.url();

  // Link an AI system entry with its own name from the charter, then classify from the use case.
  await page.getByLabel('New entry name').fill('Supplier copilot');
  await page.getByRole('button', { name: 'Create entry and link' }).click();
  await expect(page.getByRole('button', { name: 'Unlink Supplier copilot' })).toBeVisible();
  await page.getByRole('button', { name: 'Classify Supplier copilot with the EU AI Act wizard' }).click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Classify Supplier copilot, the AI system of Answering supplier questions',
    }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Answering supplier questions' }).first().click();
  await expect(page).toHaveURL(useCaseUrl);
});
