import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encryptWorkspace, openWithDemo, snap } from './helpers';

const PASSPHRASE = 'lantern orchard seven kites';

test('encrypt the workspace, lock, unlock: the data is back, and nothing shows while locked', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openWithDemo(page);
  await page.getByRole('link', { name: 'Backup & restore' }).click();
  await page.getByRole('button', { name: 'Encrypt this workspace…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Encrypt this workspace' });
  await dialog.getByLabel('New passphrase').fill(PASSPHRASE);
  await dialog.getByLabel('Passphrase again').fill('something else entirely');
  await dialog.getByRole('button', { name: 'Encrypt the workspace' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not the same');
  await dialog.getByLabel('Passphrase again').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Encrypt the workspace' }).click();
  const recovery = dialog.getByLabel('Recovery key', { exact: true });
  await expect(recovery).toHaveText(/^([A-Z2-9]{5}-){7}[A-Z2-9]{5}$/, { timeout: 30_000 });
  await snap(page, 'vault-01-recovery-key');
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeDisabled();
  await dialog.getByLabel('I have stored the recovery key').check();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('This workspace is encrypted')).toBeVisible();

  // Lock on demand: no client data anywhere in the page, and the title says so.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'CAIO Desk is locked' })).toBeVisible();
  await expect(page).toHaveTitle('CAIO Desk (locked)');
  expect(await page.content()).not.toContain('Brightside');
  await snap(page, 'vault-02-locked');

  await page.getByLabel('Passphrase', { exact: true }).fill('lantern orchard seven kite');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText('That passphrase is not right. Nothing was changed.');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('This workspace is encrypted')).toBeVisible();
  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByRole('table', { name: 'Clients' })).toContainText('Brightside Staffing');

  // The shortcut locks too; a reload starts locked (a browser keeps no key); the edit made before is there.
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { name: 'CAIO Desk is locked' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'CAIO Desk is locked' })).toBeVisible();
  expect(await page.content()).not.toContain('Brightside');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('table', { name: 'Clients' })).toContainText('Brightside Staffing');
  await snap(page, 'vault-03-unlocked');
});

test('in Dutch the lock screen is Dutch before any data opens: title, heading, field and message', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openWithDemo(page);
  await encryptWorkspace(page, PASSPHRASE);
  await page.getByLabel('Interface language').selectOption('nl');
  await expect(page.getByText('Deze werkruimte is versleuteld')).toBeVisible();
  await page.getByRole('button', { name: 'Nu vergrendelen' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'CAIO Desk is vergrendeld' })).toBeVisible();
  await expect(page).toHaveTitle('CAIO Desk (vergrendeld)');
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill('lantern orchard seven kite');
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('alert')).toHaveText('Die wachtwoordzin klopt niet. Er is niets gewijzigd.');
  await snap(page, 'vault-04-locked-dutch');
  await page.getByRole('button', { name: 'Vergeten? Gebruik de herstelsleutel' }).click();
  await expect(page.getByLabel('Herstelsleutel', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Wachtwoordzin gebruiken' }).click();
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByText('Deze werkruimte is versleuteld')).toBeVisible();
  await expect(page.getByLabel('Vergrendelen na inactiviteit van')).toContainText('5 minuten');
  await snap(page, 'vault-05-card-dutch');
});

test('a passphrase-protected backup: nothing readable in the file, a wrong passphrase changes nothing, the right one restores', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openWithDemo(page);
  await encryptWorkspace(page, PASSPHRASE);
  const card = page.getByRole('region', { name: 'Back up the workspace' });
  await expect(card.getByRole('checkbox', { name: 'Protect the file with a passphrase' })).toBeChecked();
  await card.getByLabel('File passphrase', { exact: true }).fill('for the archive only');
  await card.getByLabel('File passphrase again').fill('for the archive only');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('"caio-desk-protected"');
  expect(text).not.toContain('Brightside');

  const input = page.getByLabel('Choose a backup or client file…');
  await input.setInputFiles(path);
  await page.getByLabel('Passphrase of the file').fill('for the archive');
  await page.getByRole('button', { name: 'Open the file' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'That passphrase does not open this file' }),
  ).toBeVisible();
  await page.getByLabel('Passphrase of the file').fill('for the archive only');
  await page.getByRole('button', { name: 'Open the file' }).click();
  const preview = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(preview).toContainText('3 clients');
  // The safety copy downloaded first is sealed like an automatic backup: no content in it.
  await expect(
    preview.getByRole('checkbox', {
      name: /First download a backup .*encrypted: it opens only in this workspace/,
    }),
  ).toBeChecked();
  const [safety] = await Promise.all([
    page.waitForEvent('download'),
    preview.getByRole('button', { name: 'Replace the workspace with this backup' }).click(),
  ]);
  const safetyText = readFileSync(await safety.path(), 'utf8');
  expect(safetyText).toContain('"caio-desk-vault-backup"');
  expect(safetyText).not.toContain('Brightside');
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored' })).toBeVisible();
  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByRole('table', { name: 'Clients' })).toContainText('Brightside Staffing');
});
