import { expect, test } from '@playwright/test';
import { openWithDemo } from './helpers';

test('a use case is classified through the AI system it runs on, and takes its tier', async ({ page }) => {
  await openWithDemo(page);
  await page.getByRole('navigation', { name: /areas/ }).getByRole('link', { name: 'Portfolio', exact: true }).click();
  await page.getByRole('button', { name: 'New use case' }).click();
  const create = page.getByRole('dialog', { name: 'New use case' });
  await create.getByLabel('Title').fill('Ranking candidates for vacancies');
  await create.getByLabel('Business owner').fill('Tom Jansen');
  await create.getByRole('button', { name: 'Create use case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ranking candidates for vacancies' })).toBeVisible();
  const useCaseUrl = page.url();

  await page.getByRole('button', { name: 'Classify with the EU AI Act wizard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Classify Ranking candidates for vacancies' })).toBeVisible();

  // The inventory now holds the system, linked to the use case; a second click reuses it.
  await page.goto(useCaseUrl);
  const links = page.getByRole('region', { name: 'Linked records' });
  await expect(links.getByRole('link', { name: 'Ranking candidates for vacancies' })).toBeVisible();
  await page.getByRole('button', { name: 'Classify with the EU AI Act wizard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Classify Ranking candidates for vacancies' })).toBeVisible();
  await page.goto(useCaseUrl);
  await expect(page.getByRole('region', { name: 'Linked records' }).getByRole('link')).toHaveCount(1);
});
