import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { checksumPayload, type BackupFile } from '../../src/domain/backup/format';
import { ARTIFACTS, openWithDemo, snap } from './helpers';
import { renderPages } from './pdf';

/** Clicks something that downloads a file and returns the file's path and text. */
async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; path: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

async function openBackupScreen(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Backup & restore' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backup & restore' })).toBeVisible();
}

/** Reads one value of the app's settings table straight from IndexedDB (runs in the page). */
function readSetting(key: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('caio-desk');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('settings').objectStore('settings').get(key);
      request.onsuccess = () => {
        resolve((request.result as { value?: unknown } | undefined)?.value ?? null);
        open.result.close();
      };
      request.onerror = () => reject(request.error);
    };
  });
}

function reseal(file: BackupFile): string {
  const { checksum: _checksum, ...content } = file;
  return JSON.stringify({
    ...file,
    checksum: {
      algorithm: 'SHA-256',
      value: createHash('sha256').update(checksumPayload(content)).digest('hex'),
    },
  });
}

test('an edit survives an immediate reload', async ({ page }) => {
  await openWithDemo(page);
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByLabel('Employees').fill('77');
  await page.reload();
  await expect(page.getByLabel('Employees')).toHaveValue('77');
  await page.getByLabel('Client notes').fill('Written just before the reload: ünïcödé ✓');
  await page.reload();
  await expect(page.getByLabel('Client notes')).toHaveValue('Written just before the reload: ünïcödé ✓');
});

test('back up, delete a client, restore: the client is back', async ({ page }) => {
  await openWithDemo(page);
  await openBackupScreen(page);
  await snap(page, 'backup-01-screen');
  const backup = await download(page, () => page.getByRole('button', { name: 'Download a backup' }).click());
  expect(backup.name).toMatch(/^caio-desk-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(backup.text)).toMatchObject({
    format: 'caio-desk-backup',
    formatVersion: 1,
    kind: 'workspace',
    schemaVersion: 1,
  });
  await expect(page.getByText('Last backup you saved: less than a minute ago')).toBeVisible();

  await page.getByRole('link', { name: 'All clients' }).click();
  await page.getByRole('link', { name: /Brightside Staffing/ }).click();
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByRole('button', { name: 'Delete client…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Brightside Staffing?' });
  await confirm.getByLabel(/Type .* to confirm/).fill('Brightside Staffing');
  await confirm.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(page.getByRole('table', { name: 'Clients' })).not.toContainText('Brightside Staffing');

  await openBackupScreen(page);
  await page.getByLabel('Choose a backup or client file…').setInputFiles(backup.path);
  const preview = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(preview).toContainText('Workspace backup (all clients)');
  await expect(preview).toContainText('Verified: the file is complete and unchanged');
  await expect(preview).toContainText('3 clients');
  await expect(preview.getByText('Added (1):')).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: 'Brightside Staffing' })).toBeVisible();
  await expect(preview.getByRole('table', { name: 'Records per register' })).toContainText('Engagement log');
  await snap(page, 'backup-02-restore-preview');
  await preview.getByRole('checkbox', { name: /First download a backup/ }).uncheck();
  await preview.getByRole('button', { name: 'Replace the workspace with this backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored' })).toBeVisible();

  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByRole('table', { name: 'Clients' })).toContainText('Brightside Staffing');
  await page.getByRole('link', { name: /Brightside Staffing/ }).click();
  await page.getByRole('link', { name: 'Engagement log', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Engagement entries' })).toContainText(
    'CV summary pilot gate review',
  );
});

test('client handover: data file and readable document, imported back as a copy', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openWithDemo(page);
  await openBackupScreen(page);
  await page.getByLabel('Client to hand over').selectOption({ label: 'Van Dijk & Partners Accountants' });
  const data = await download(page, () =>
    page.getByRole('button', { name: 'Save data file (.json)' }).click(),
  );
  expect(data.name).toMatch(/^van-dijk-partners-accountants-handover-.*\.json$/);
  const bundle = JSON.parse(data.text) as BackupFile;
  expect(bundle).toMatchObject({ kind: 'client', clientId: 'demo-client-vandijk' });
  expect(data.text).not.toContain('Brightside');
  // Nothing ticked: the engagement log and the client notes stay on this computer.
  expect(bundle.tables.engagementLog).toBeUndefined();
  expect(bundle.tables.clients[0]).not.toHaveProperty('notes');
  const doc = await download(page, () =>
    page.getByRole('button', { name: 'Save readable document (.html)' }).click(),
  );
  expect(doc.text).toContain('<h1>Van Dijk &amp; Partners Accountants</h1>');
  expect(doc.text).not.toContain('Engagement log');
  expect(doc.text).not.toMatch(/<script/i);

  // A hostile edit of the client file: markup in the name is stored and shown as plain text.
  bundle.tables.clients[0] = {
    ...(bundle.tables.clients[0] as object),
    notes: '<img src=x onerror="alert(1)"><script>alert(2)</script>',
  };
  await page.getByLabel('Choose a backup or client file…').setInputFiles({
    name: 'van-dijk.json',
    mimeType: 'application/json',
    buffer: Buffer.from(reseal(bundle)),
  });
  const preview = page.getByRole('dialog', { name: 'Import client “Van Dijk & Partners Accountants”?' });
  await expect(preview).toContainText('is already in this workspace');
  await expect(preview).toContainText('1 text field contains HTML or script code');
  await expect(preview.getByRole('button', { name: 'Import client' })).toBeDisabled();
  await snap(page, 'backup-04-client-import-choice');
  await preview.getByRole('radio', { name: /Import as a copy/ }).check();
  await preview.getByRole('checkbox', { name: /First download a backup/ }).uncheck();
  await preview.getByRole('button', { name: 'Import client' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Van Dijk & Partners Accountants (copy)' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await expect(page.getByLabel('Client notes')).toHaveValue(
    '<img src=x onerror="alert(1)"><script>alert(2)</script>',
  );
  await expect(page.getByLabel('Short name')).toHaveValue('Van Dijk (copy)');
  const colours = await page.getByLabel('Brand colour', { exact: true }).inputValue();
  expect(colours.toLowerCase()).not.toBe('#1f3a68');
  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByRole('table', { name: 'Clients' }).getByRole('row')).toHaveCount(5);
  // The copy is told apart everywhere: its own name and colour next to the original.
  await expect(page.getByRole('table', { name: 'Clients' })).toContainText(
    'Van Dijk & Partners Accountants (copy)',
  );
  await snap(page, 'backup-04b-copy-told-apart');
  expect(dialogs).toEqual([]);
});

test('handover: the preview says what leaves, the document reads as a deliverable on A4 and passes axe', async ({
  page,
  browser,
}) => {
  await openWithDemo(page);
  await openBackupScreen(page);
  await page.getByLabel('Client to hand over').selectOption({ label: 'Brightside Staffing' });
  const extras = page.getByRole('group', { name: /Also hand over/ });
  for (const label of [
    'Your working notes',
    'Your commercial terms',
    'Your engagement log',
    'Change history',
    'Notes from your vendor library',
  ])
    await expect(extras.getByRole('checkbox', { name: label })).not.toBeChecked();
  await expect(page.getByRole('list', { name: 'What leaves' })).toContainText('AI systems: 5');
  await extras.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await snap(page, 'backup-03-handover-preview');
  const doc = await download(page, () =>
    page.getByRole('button', { name: 'Save readable document (.html)' }).click(),
  );
  expect(doc.name).toMatch(/^brightside-staffing-handover-.*\.html$/);

  // The document has a CSP that blocks scripts: axe is injected in a context that bypasses it.
  const reader = await browser.newContext({
    bypassCSP: true,
    viewport: { width: 1000, height: 1300 },
    locale: 'en-GB',
  });
  const view = await reader.newPage();
  const docPath = test.info().outputPath('handover.html');
  writeFileSync(docPath, doc.text);
  await view.goto(`file://${docPath}`);
  await expect(view.getByRole('heading', { level: 1, name: 'Brightside Staffing' })).toBeVisible();
  await expect(view.getByRole('img', { name: 'Brightside Staffing logo' })).toBeVisible();
  await snap(view, 'backup-03-handover-document-cover');
  await view.locator('#summary').evaluate((el) => el.scrollIntoView());
  await snap(view, 'backup-03b-handover-document-summary');
  await view.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const axe = await view.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact: string; nodes: unknown[] }[];
            passes: unknown[];
          }>;
        };
      }
    ).axe.run();
    return {
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
      passes: result.passes.length,
    };
  });
  mkdirSync(`${ARTIFACTS}/handover`, { recursive: true });
  writeFileSync(`${ARTIFACTS}/handover/axe.json`, JSON.stringify(axe, null, 2));
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // Printed to A4 as a browser prints it: first pages rendered for a human to look at.
  const pdf = `${ARTIFACTS}/handover/handover.pdf`;
  await view.emulateMedia({ media: 'print' });
  await view.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const pages = renderPages(pdf, 'handover/pages');
  expect(pages.length).toBeGreaterThan(5);
  await reader.close();
});

test('broken and hostile files are refused with their reason, nothing changes', async ({ page }) => {
  await openWithDemo(page);
  await openBackupScreen(page);
  const backup = await download(page, () => page.getByRole('button', { name: 'Download a backup' }).click());
  const input = page.getByLabel('Choose a backup or client file…');

  await input.setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text.slice(0, backup.text.length / 2)),
  });
  await expect(page.getByRole('alert')).toContainText('“cut.json” cannot be imported');
  await expect(page.getByRole('alert')).toContainText('The file is incomplete');
  await expect(page.getByRole('alert')).toContainText('Nothing in your workspace was changed.');
  await snap(page, 'backup-05-refused');

  await input.setInputFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text.replace('Brightside Staffing', 'Brightside Stuffing')),
  });
  await expect(page.getByRole('alert')).toContainText('The checksum does not match');

  await input.setInputFiles({
    name: 'report.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7 binary'),
  });
  await expect(page.getByRole('alert')).toContainText('it is not JSON text');

  const newer = { ...(JSON.parse(backup.text) as BackupFile), formatVersion: 9 };
  await input.setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(newer)),
  });
  await expect(page.getByRole('alert')).toContainText('made by a newer version of CAIO Desk');

  const dangling = JSON.parse(backup.text) as BackupFile;
  (dangling.tables.engagementLog[0] as Record<string, unknown>).clientId = 'client-that-does-not-exist';
  await input.setInputFiles({
    name: 'dangling.json',
    mimeType: 'application/json',
    buffer: Buffer.from(reseal(dangling)),
  });
  await expect(page.getByRole('alert')).toContainText('which is not in the file');

  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByRole('table', { name: 'Clients' })).toContainText('Brightside Staffing');
});

test('CSV export of a register', async ({ page }) => {
  await openWithDemo(page);
  await openBackupScreen(page);
  await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Brightside Staffing' });
  await page.getByRole('table', { name: 'Consultant library' }).scrollIntoViewIfNeeded();
  await snap(page, 'backup-08-csv');
  const csv = await download(page, () =>
    page.getByRole('button', { name: 'Export CSV of Engagement log' }).click(),
  );
  expect(csv.name).toMatch(/^brightside-staffing-engagement-log-.*\.csv$/);
  expect(csv.text.startsWith('\uFEFFID,Date,Hours,Activity')).toBe(true);
  await expect(
    page.getByRole('status').filter({ hasText: /Exported \d+ rows \(separated by commas\)/ }),
  ).toBeVisible();
  // Excel in Dutch or German expects semicolons: the setting applies to every CSV export of the app.
  await page
    .getByLabel('CSV separator')
    .selectOption({ label: 'Semicolon (;) - Excel in Dutch, German, French' });
  const semicolons = await download(page, () =>
    page.getByRole('button', { name: 'Export CSV of Engagement log' }).click(),
  );
  expect(semicolons.text.startsWith('\uFEFFID;Date;Hours;Activity')).toBe(true);
  await page.reload();
  await expect(page.getByLabel('CSV separator')).toHaveValue(';');
});

test('a browser user is reminded to back up after a week, and can snooze it', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-05-01T09:00:00Z') });
  await openWithDemo(page);
  await page.getByRole('link', { name: 'All clients' }).click();
  await page.getByRole('button', { name: 'New client' }).click();
  await page
    .getByRole('dialog', { name: 'New client' })
    .getByLabel('Client name')
    .fill('Harbour Dental Group');
  await page.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('heading', { name: 'Client profile' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Backup reminder' })).toHaveCount(0);
  // The app notes when this workspace first held the user's own data; the reminder counts from then.
  await expect.poll(() => page.evaluate(readSetting, 'backup.dataSince')).toMatch(/^2026-05-01T09:/);
  await page.clock.setSystemTime(new Date('2026-05-09T09:00:00Z'));
  await page.reload();
  const reminder = page.getByRole('region', { name: 'Backup reminder' });
  await expect(reminder).toContainText('You have not downloaded a backup yet.');
  await snap(page, 'backup-06-reminder');
  await reminder.getByRole('button', { name: 'Remind me tomorrow' }).click();
  await expect(reminder).toHaveCount(0);
  await page.clock.setSystemTime(new Date('2026-05-10T10:00:00Z'));
  await page.reload();
  await download(page, () =>
    page
      .getByRole('region', { name: 'Backup reminder' })
      .getByRole('button', { name: 'Download a backup' })
      .click(),
  );
  await expect(page.getByRole('region', { name: 'Backup reminder' })).toHaveCount(0);
});

/**
 * The desktop shell's API, faked in the page (Electron is not available to the e2e run): automatic
 * backups are kept in memory, so the desktop screens and flows can be driven like a user would.
 */
function fakeDesktopShell(): void {
  const backups: { name: string; createdAt: string; reason: string; sizeBytes: number; json: string }[] = [];
  (window as unknown as Record<string, unknown>).caioDesk = {
    appInfo: async () => ({ name: 'CAIO Desk', version: '9.9.9', platform: 'desktop' }),
    saveFile: async ({ suggestedName }: { suggestedName: string }) => ({
      saved: true,
      location: `/home/me/Documents/${suggestedName}`,
    }),
    printToPdf: async () => ({ saved: false, reason: 'cancelled' }),
    openExternal: async () => false,
    listAutoBackups: async () => backups.map(({ json: _json, ...entry }) => entry).reverse(),
    writeAutoBackup: async ({ reason, json }: { reason: string; json: string }) => {
      const createdAt = new Date(Date.now() + backups.length).toISOString();
      const entry = {
        name: `caio-desk-auto-${createdAt.replace(/[:.]/g, '-')}-${reason}.json`,
        createdAt,
        reason,
        sizeBytes: json.length,
        json,
      };
      backups.push(entry);
      return { name: entry.name, createdAt, reason, sizeBytes: entry.sizeBytes };
    },
    readAutoBackup: async (name: string) => backups.find((b) => b.name === name)!.json,
    setMenuLanguage: async () => undefined,
    onMenuCommand: () => () => undefined,
  };
}

test('desktop: a daily automatic backup, restored from the list, with a safety backup first', async ({
  page,
}) => {
  await page.addInitScript(fakeDesktopShell);
  await openWithDemo(page);
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByLabel('Employees').fill('51');
  await openBackupScreen(page);
  const list = page.getByRole('table', { name: 'Automatic backups' });
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText('Daily');
  await expect(page.getByRole('button', { name: 'Save a backup…' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Backup reminder' })).toHaveCount(0);
  await snap(page, 'backup-07-desktop-list');

  await list.getByRole('button', { name: /^Restore the backup of/ }).click();
  const preview = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(preview).toContainText('An automatic backup of the current workspace is saved first');
  await expect(preview.getByText('Replaced by the backup’s version (3):')).toBeVisible();
  await preview.getByRole('button', { name: 'Replace the workspace with this backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored' })).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list).toContainText('Before a restore');

  await page.getByRole('link', { name: 'All clients' }).click();
  await page.getByRole('link', { name: /Brightside Staffing/ }).click();
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await expect(page.getByLabel('Employees')).toHaveValue('50');
});
