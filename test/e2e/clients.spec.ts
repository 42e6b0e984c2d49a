import { expect, test } from '@playwright/test';
import { expectSaved, openWithDemo, snap, switchClient } from './helpers';

test('first run: demo workspace, switching clients, the home screen across clients', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to CAIO Desk' })).toBeVisible();
  await snap(page, '01-welcome');
  await openWithDemo(page);
  await snap(page, '02-client-overview');

  await switchClient(page, 'Nordhaven Precision Parts');
  await expect(page.getByRole('heading', { level: 1, name: 'Nordhaven Precision Parts' })).toBeVisible();
  await switchClient(page, 'Van Dijk');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Van Dijk & Partners Accountants' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'All clients' }).click();
  const table = page.getByRole('table', { name: 'Clients' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table).toContainText('Brightside Staffing');
  await expect(table).toContainText('Staffing and recruitment');
  await expect(table.getByRole('meter', { name: 'Hours used this month' })).toHaveCount(3);
  await expect(table.getByRole('img', { name: 'Brightside Staffing logo' })).toBeVisible();
  await snap(page, '03-home');
});

test('create, edit, reload, archive, restore and delete a client', async ({ page }) => {
  await openWithDemo(page);
  await page.getByRole('link', { name: 'All clients' }).click();
  await page.getByRole('button', { name: 'New client' }).click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Client name').fill('Quayside Logistics');
  await dialog.getByLabel('Sector').fill('Logistics');
  await dialog.getByRole('button', { name: 'Create client' }).click();

  await expect(page.getByRole('heading', { name: 'Client profile' })).toBeVisible();
  // The new record opens on its first field, not on the sidebar.
  await expect(page.getByLabel('Client name', { exact: true })).toBeFocused();
  await expect(page.getByRole('button', { name: /Current client Quayside Logistics/ })).toBeVisible();
  await page.getByLabel(/^(Upload|Replace) logo$/).setInputFiles('test/fixtures/logo.png');
  await expect(page.getByRole('img', { name: 'Quayside Logistics logo' }).first()).toBeVisible();
  await page.getByLabel('Employees').fill('85');
  await page.getByLabel('Country', { exact: true }).fill('Belgium');
  await page.getByLabel('Contact name').fill('Élodie Martin');
  await page.getByLabel('Contact email').fill('elodie@quayside.example');
  await page.getByLabel('Agreed time per month').fill('12');
  await page.getByLabel('Pilot limit').fill('2');
  await page.getByLabel('Brand colour', { exact: true }).fill('#7A3E9D');
  await page.getByLabel('Governance maturity').selectOption('3');
  await page.getByLabel('Board report cadence').selectOption('monthly');
  await page
    .getByLabel('Client notes')
    .fill('Two depots, 40 drivers. "Route planning" is the board\'s first question.');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByLabel('Employees')).toHaveValue('85');
  await expect(page.getByLabel('Contact name')).toHaveValue('Élodie Martin');
  await expect(page.getByLabel('Contact email')).toHaveValue('elodie@quayside.example');
  await expect(page.getByLabel('Agreed time per month')).toHaveValue('12');
  await expect(page.getByLabel('Pilot limit')).toHaveValue('2');
  await expect(page.getByLabel('Brand colour', { exact: true })).toHaveValue('#7A3E9D');
  await expect(page.getByLabel('Governance maturity')).toHaveValue('3');
  await expect(page.getByLabel('Board report cadence')).toHaveValue('monthly');
  await expect(page.getByLabel('Client notes')).toHaveValue(/Route planning/);
  await expect(page.getByRole('img', { name: 'Quayside Logistics logo' }).first()).toBeVisible();
  await snap(page, '04-client-profile');

  // Engagement log: hours against the agreement.
  await page.getByRole('link', { name: 'Engagement log' }).click();
  await page.getByLabel('Hours', { exact: true }).fill('3.5');
  await page.getByLabel('Activity').fill('Kick-off with management');
  await page.getByRole('button', { name: 'Add entry' }).click();
  await expect(page.getByRole('table', { name: 'Engagement entries' })).toContainText(
    'Kick-off with management',
  );
  await expect(page.getByRole('table', { name: 'Hours per month' })).toContainText('3.5 h');
  await snap(page, '05-engagement-log');

  // Archive, find it under Archived, restore.
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByRole('button', { name: 'Archive client' }).click();
  await expect(page.getByRole('button', { name: 'Restore client' })).toBeVisible();
  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByRole('table', { name: 'Clients' })).not.toContainText('Quayside Logistics');
  await page.getByRole('radio', { name: /Archived/ }).click();
  await expect(page.getByRole('table', { name: 'Clients' })).toContainText('Quayside Logistics');
  await page.getByRole('link', { name: /Quayside Logistics/ }).click();
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByRole('button', { name: 'Restore client' }).click();
  await expect(page.getByRole('button', { name: 'Archive client' })).toBeVisible();

  // Delete: needs the exact name; removes only this client.
  await page.getByRole('button', { name: 'Delete client…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Quayside Logistics?' });
  await expect(confirm).toContainText('1 record');
  await confirm.getByLabel(/Type .* to confirm/).fill('Quayside');
  await expect(confirm.getByRole('button', { name: 'Delete permanently' })).toBeDisabled();
  await confirm.getByLabel(/Type .* to confirm/).fill('Quayside Logistics');
  await confirm.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(page.getByRole('heading', { name: 'All clients' })).toBeVisible();
  await page.getByRole('radio', { name: /All/ }).click();
  const table = page.getByRole('table', { name: 'Clients' });
  await expect(table).not.toContainText('Quayside Logistics');
  await expect(table.getByRole('row')).toHaveCount(4);
});

test('bad input gets a clear message next to the field and is not stored', async ({ page }) => {
  await openWithDemo(page);
  await page.getByRole('link', { name: 'Profile', exact: true }).click();

  await page.getByLabel(/^(Upload|Replace) logo$/).setInputFiles({
    name: 'notes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('just some text, not an image'),
  });
  await expect(page.getByText('This file is not an image: use a PNG, JPEG or SVG logo.')).toBeVisible();
  const huge = Buffer.alloc(600 * 1024, 1);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(huge);
  await page
    .getByLabel(/^(Upload|Replace) logo$/)
    .setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: huge });
  await expect(page.getByText(/The logo is 600 KB; the limit is 512 KB/)).toBeVisible();
  await expect(page.getByRole('img', { name: 'Brightside Staffing logo' }).first()).toBeVisible();
  // A hostile SVG is refused; a plain one is kept only as a PNG drawing (the SVG markup is not stored).
  const hostile =
    '<svg xmlns="http://www.w3.org/2000/svg"><a href="&#106;avascript:alert(1)"><rect width="9" height="9"/></a></svg>';
  await page
    .getByLabel(/^(Upload|Replace) logo$/)
    .setInputFiles({ name: 'evil.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(hostile) });
  await expect(
    page.getByText(
      'This SVG contains scripts, event handlers or animations; export a plain SVG or use a PNG.',
    ),
  ).toBeVisible();
  const plain =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20" width="40" height="20"><rect width="40" height="20" fill="#0E7C66"/></svg>';
  await page
    .getByLabel(/^(Upload|Replace) logo$/)
    .setInputFiles({ name: 'plain.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(plain) });
  await expect(page.getByText(/This SVG contains/)).toHaveCount(0);
  await expect
    .poll(() => page.getByRole('img', { name: 'Brightside Staffing logo' }).first().getAttribute('src'))
    .toMatch(/^data:image\/png;base64,/);
  // The PNG is the drawing: 512 px on the long side, the SVG's proportions kept.
  const drawn = await page
    .getByRole('img', { name: 'Brightside Staffing logo' })
    .first()
    .evaluate(async (img: HTMLImageElement) => {
      const probe = new Image();
      probe.src = img.src;
      await probe.decode();
      return [probe.naturalWidth, probe.naturalHeight];
    });
  expect(drawn).toEqual([512, 256]);

  await page.getByLabel('Client name').fill('');
  await expect(page.getByRole('main').getByText('The client needs a name')).toBeVisible();
  await page.getByLabel('Pilot limit').fill('0');
  await expect(
    page.getByRole('main').getByText('The pilot limit must be a whole number from 1 to 20'),
  ).toBeVisible();
  await page.getByLabel('Pilot limit').fill('1000');
  await expect(
    page.getByRole('main').getByText('The pilot limit must be a whole number from 1 to 20'),
  ).toBeVisible();
  await page.getByLabel('Employees').fill('many');
  await expect(page.getByRole('main').getByText('Employees must be a number')).toBeVisible();
  await page.getByLabel('Contact email').fill('marieke at brightside');
  await expect(
    page.getByRole('main').getByText('Enter an email address like name@example.com'),
  ).toBeVisible();
  // The indicator never says "All changes saved" while refused values are on screen.
  await expect(page.getByRole('status').filter({ hasText: '4 fields not saved' })).toBeVisible();
  await snap(page, '06-profile-errors');

  await page.reload();
  await expect(page.getByLabel('Client name')).toHaveValue('Brightside Staffing');
  await expect(page.getByLabel('Pilot limit')).toHaveValue('3');
  await expect(page.getByLabel('Employees')).toHaveValue('50');
  await expect(page.getByLabel('Contact email')).toHaveValue('marieke.devries@brightside.example');

  await page.getByRole('link', { name: 'Engagement log', exact: true }).click();
  const entries = page.getByRole('table', { name: 'Engagement entries' });
  await expect(entries.getByRole('row')).not.toHaveCount(0);
  const rowsBefore = await entries.getByRole('row').count();
  await page.getByLabel('Hours', { exact: true }).fill('-2');
  await page.getByLabel('Activity').fill('Negative time');
  await page.getByRole('button', { name: 'Add entry' }).click();
  await expect(page.getByText('Hours must be more than 0')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Engagement entries' }).getByRole('row')).toHaveCount(
    rowsBefore,
  );

  // The consultant's own logo follows the same rules: a hostile SVG is refused, a plain one kept as a PNG.
  await page.getByRole('link', { name: 'Your profile' }).click();
  await page
    .getByLabel(/^(Upload|Replace) your logo$/)
    .setInputFiles({ name: 'evil.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(hostile) });
  await expect(
    page.getByText(
      'This SVG contains scripts, event handlers or animations; export a plain SVG or use a PNG.',
    ),
  ).toBeVisible();
  await page
    .getByLabel(/^(Upload|Replace) your logo$/)
    .setInputFiles({ name: 'plain.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(plain) });
  await expect
    .poll(() => page.getByRole('img', { name: 'Your logo' }).getAttribute('src'))
    .toMatch(/^data:image\/png;base64,/);
});

test('removing the demo workspace keeps the user’s own clients', async ({ page }) => {
  await openWithDemo(page);
  await page.getByRole('link', { name: 'All clients' }).click();
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByRole('dialog', { name: 'New client' }).getByLabel('Client name').fill('My Real Client');
  await page.getByRole('button', { name: 'Create client' }).click();
  await page.getByRole('link', { name: 'All clients' }).click();
  await page.getByRole('button', { name: 'Remove demo workspace' }).click();
  await page.getByRole('button', { name: 'Remove demo clients' }).click();
  const table = page.getByRole('table', { name: 'Clients' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('My Real Client');
  await expect(page.getByRole('button', { name: 'Remove demo workspace' })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Clients' })).toContainText('My Real Client');
});
