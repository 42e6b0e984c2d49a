import { expect, test } from '@playwright/test';
import { startPouchServer, type PouchServer } from '../support/pouchServer';
import { openWithDemo, putRecords, readStore, requestsOutside, snap } from './helpers';

/**
 * The client handover as a replication to the client's own CouchDB (a pouchdb-server the test starts, reached on the
 * app's origin at /couch/, see scripts/serve.mjs): the server then holds the client's records in the clear, none of
 * another client's and none of the consultant's notes; a wrong password is refused with its reason.
 */
const port = Number(process.env.E2E_PORT ?? 4317) + 100;
let server: PouchServer;

test.beforeAll(async () => {
  server = await startPouchServer({ port });
  await server.createUser('brightside-it', 'client-pw');
  await server.createDatabase('ai-register', ['brightside-it']);
});
test.afterAll(async () => server?.stop());

test('a client is handed over by replication to its own CouchDB: its records only, readable', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const outside = requestsOutside(page, baseURL!);
  await openWithDemo(page);
  const origin = new URL(baseURL!).origin;
  const clients = await readStore(page, 'clients');
  const brightside = clients.find((c) => c.name === 'Brightside Staffing')!;
  const others = clients.filter((c) => c !== brightside).map((c) => String(c.name));
  await putRecords(page, 'clients', [{ ...brightside, notes: 'INTERNAL-consultant-note' }]);

  await page.getByRole('link', { name: 'Backup & restore' }).click();
  await page.getByLabel('Client to hand over').selectOption({ label: 'Brightside Staffing' });
  const part = page.getByRole('region', { name: 'Or replicate to the client’s CouchDB' });
  await part.getByLabel('Database address').fill('https://couch.brightside.example/ai-register');
  await part.getByLabel('User name').fill('brightside-it');
  await part.getByLabel('Password').fill('wrong');
  await part.getByRole('button', { name: 'Hand over to this database' }).click();
  await expect(part.getByRole('alert').filter({ hasText: 'cannot reach that address' })).toBeVisible();

  await part.getByLabel('Database address').fill(`${origin}/couch/ai-register`);
  await part.getByRole('button', { name: 'Hand over to this database' }).click();
  await expect(part.getByRole('alert').filter({ hasText: 'refused the sign-in' })).toBeVisible({
    timeout: 60_000,
  });

  await part.getByLabel('Password').fill('client-pw');
  await part.getByRole('button', { name: 'Hand over to this database' }).click();
  const done = part.getByRole('status').filter({ hasText: 'Handed over' });
  await expect(done).toContainText(/holds all \d+ documents/, { timeout: 60_000 });
  await part.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await snap(page, 'backup-04-handover-replicated');

  const count = Number(/holds all (\d+) documents/.exec((await done.textContent()) ?? '')![1]);
  const { body } = await server.request('GET', '/ai-register/_all_docs?include_docs=true', server.admin);
  const rows = (body as { rows: { id: string; doc: Record<string, unknown> }[] }).rows;
  expect(rows).toHaveLength(count);
  expect(rows.map((r) => r.id)).toContain(`clients:${String(brightside.id)}`);
  const text = JSON.stringify(rows);
  expect(text).toContain('Brightside Staffing');
  expect(text).not.toContain('INTERNAL-consultant-note');
  expect(others.filter((name) => text.includes(name))).toEqual([]);
  expect(outside).toEqual([]);
});

test('the handover by replication reads in Dutch, its messages too', async ({ page, baseURL }) => {
  await openWithDemo(page);
  await page.getByLabel('Interface language').selectOption('nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.goto(`${new URL(baseURL!).origin}/#/backup`);
  const part = page.getByRole('region', { name: 'Of repliceer naar de CouchDB van de klant' });
  await part.getByLabel('Adres van de database').fill('https://couch.klant.example');
  await part.getByLabel('Gebruikersnaam').fill('klant-it');
  await part.getByRole('button', { name: 'Overdragen aan deze database' }).click();
  await expect(part.getByRole('alert').filter({ hasText: 'Voeg de naam van de database' })).toBeVisible();
  await part.getByLabel('Adres van de database').fill('https://couch.klant.example/ai-register');
  await part.getByRole('button', { name: 'Overdragen aan deze database' }).click();
  await expect(part.getByRole('alert').filter({ hasText: 'Vul het wachtwoord' })).toBeVisible();
  await part.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await snap(page, 'backup-05-handover-replication-dutch');
});
