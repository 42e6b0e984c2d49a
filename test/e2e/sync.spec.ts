import { expect, test } from '@playwright/test';
import { startPouchServer, type PouchServer } from '../support/pouchServer';
import { encryptWorkspace, openWithDemo, requestsOutside, snap } from './helpers';

/**
 * Sync in the browser build against a CouchDB-protocol server started by the test (pouchdb-server, in
 * memory), reached through the app's own origin (`/couch/`, see scripts/serve.mjs): PouchDB's IndexedDB
 * adapter in Chromium, the card's rules, and a server that holds ciphertext only and refuses a non-member.
 */
const PASSPHRASE = 'lantern orchard seven kites';
const port = Number(process.env.E2E_PORT ?? 4317) + 100;
let server: PouchServer;

test.beforeAll(async () => {
  server = await startPouchServer({ port });
  await server.createUser('alice', 'alice-pw');
  await server.createUser('bob', 'bob-pw');
});
test.afterAll(async () => server?.stop());

test('a consultant syncs a client: only ciphertext reaches the server, and only members get it', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const outside = requestsOutside(page, baseURL!);
  await openWithDemo(page);
  const clientId = /#\/clients\/([^/?]+)/.exec(page.url())![1];
  const database = `caio-${clientId.toLowerCase()}`;
  await server.createDatabase(database, ['alice']);

  await page.getByRole('link', { name: 'Backup & restore' }).click();
  const card = page.getByRole('region', { name: 'Sync with your practice' });
  await expect(card).toContainText('Sync needs encryption');
  await encryptWorkspace(page, PASSPHRASE);

  // The address rules: HTTPS (HTTP only on this computer), and in a browser only the app's own origin.
  await card.getByLabel('Server address').fill('http://couch.example.eu');
  await card.getByLabel('User name').fill('alice');
  await card.getByLabel('Password').fill('alice-pw');
  await card.getByRole('button', { name: 'Turn on sync' }).click();
  await expect(card.getByRole('alert')).toContainText('HTTPS');
  await card.getByLabel('Server address').fill('https://couch.example.eu');
  await card.getByRole('button', { name: 'Turn on sync' }).click();
  await expect(card.getByRole('alert')).toContainText('cannot reach that address');
  await card.getByLabel('Server address').fill(`${origin}/couch`);
  await card.getByRole('button', { name: 'Turn on sync' }).click();
  await expect(card).toContainText(`On: ${origin}/couch as alice`);

  // The box follows the stored settings (it is checked once they are saved).
  const brightside = card.getByRole('checkbox', { name: 'Brightside Staffing' });
  await brightside.click();
  await expect(brightside).toBeChecked();
  await expect(card.getByText('Synced', { exact: true })).toBeVisible({ timeout: 60_000 });
  await snap(page, 'sync-01-synced');

  const docs = await server.request('GET', `/${database}/_all_docs?include_docs=true`, server.admin);
  const rows = (docs.body as { rows: { id: string; doc: Record<string, unknown> }[] }).rows;
  expect(rows.length).toBeGreaterThan(20);
  expect(rows.map((r) => r.id)).toContain(`clients:${clientId}`);
  // Ids stay plain by design; everything else is the revision and ciphertext (records), or the client's key
  // wrapped for alice's public key with its fingerprint, and the keyring's check value.
  const records = rows.filter((r) => !r.id.startsWith('key'));
  for (const { doc } of records) expect(Object.keys(doc).sort()).toEqual(['_id', '_rev', 'c', 'v']);
  const keys = rows.filter((r) => r.id.startsWith('key:')).map((r) => Object.keys(r.doc).sort());
  expect(keys).toEqual([['_id', '_rev', 'fingerprint', 'wrapped']]);
  const content = JSON.stringify(rows.map((r) => r.doc.c));
  const leaked = ['Brightside', 'Staffing', 'candidate', 'screening'].filter((s) => content.includes(s));
  expect(leaked).toEqual([]);
  expect(
    (await server.request('GET', `/${database}/_all_docs`, { username: 'bob', password: 'bob-pw' })).status,
  ).toBe(401);

  // Pause and resume; then the client's state is synced again.
  await card.getByRole('button', { name: 'Pause' }).click();
  await expect(card.getByText('Paused', { exact: true })).toBeVisible();
  await card.getByRole('button', { name: 'Resume' }).click();
  await expect(card.getByText('Synced', { exact: true })).toBeVisible({ timeout: 60_000 });
  expect(outside).toEqual([]);
});
