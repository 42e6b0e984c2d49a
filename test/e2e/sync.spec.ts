import { expect, test, type Locator, type Page } from '@playwright/test';
import { startPouchServer, type PouchServer } from '../support/pouchServer';
import { encryptWorkspace, openWithDemo, requestsOutside, snap, switchClient } from './helpers';

/**
 * Sync in the browser build against a CouchDB-protocol server started by the test (pouchdb-server, in
 * memory), reached through the app's own origin (`/couch/`, see scripts/serve.mjs): PouchDB's IndexedDB
 * adapter in Chromium, the card's rules, and a server that holds ciphertext only and refuses a non-member.
 */
const PASSPHRASE = 'lantern orchard seven kites';
const port = Number(process.env.E2E_PORT ?? 4317) + 100;
let server: PouchServer;

test.beforeEach(async () => {
  server = await startPouchServer({ port, interruptible: true });
  await server.createUser('alice', 'alice-pw');
  await server.createUser('bob', 'bob-pw');
});
test.afterEach(async () => server?.stop());

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

/**
 * The practice (issue 23's must-show): the owner (a server admin, with the demo's three clients) creates
 * consultants A and B and assigns A to clients 1 and 2, B to 2 and 3, each in their own browser context.
 */
const CLIENTS = ['Brightside Staffing', 'Van Dijk & Partners Accountants', 'Nordhaven Precision Parts'];
const MARKER = 'zq9mark';

async function signIn(page: Page, origin: string, username: string, password: string) {
  await page.getByRole('link', { name: 'Backup & restore' }).click();
  const card = page.getByRole('region', { name: 'Sync with your practice' });
  await card.getByLabel('Server address').fill(`${origin}/couch`);
  await card.getByLabel('User name').fill(username);
  await card.getByLabel('Password').fill(password);
  await card.getByRole('button', { name: 'Turn on sync' }).click();
  await expect(card).toContainText(`as ${username}`);
  return card;
}

const row = (card: Locator, name: string | RegExp) => card.getByRole('listitem').filter({ hasText: name });

async function syncUntil(card: Locator, name: string | RegExp, state = 'Synced') {
  const item = row(card, name);
  await item.getByRole('button', { name: 'Sync now' }).click();
  await expect(item.getByText(state, { exact: true })).toBeVisible({ timeout: 60_000 });
}

/** Ids of the app's client records (plain in IndexedDB: ids stay clear, content is sealed). */
function idsIn(page: Page, store: string, clientId?: string): Promise<string[]> {
  return page.evaluate(
    async ({ store, clientId }) => {
      const open = indexedDB.open('caio-desk');
      const database = await new Promise<IDBDatabase>(
        (resolve) => (open.onsuccess = () => resolve(open.result)),
      );
      const rows = await new Promise<{ id: string; clientId?: string }[]>((resolve) => {
        const request = database.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as { id: string; clientId?: string }[]);
      });
      database.close();
      return rows.filter((r) => !clientId || r.clientId === clientId).map((r) => r.id);
    },
    { store, clientId },
  );
}

/** Opens a screen inside the app (no page load: it works offline) and types into one field. */
async function fillField(page: Page, url: string, label: string, value: string) {
  await page.evaluate((hash) => (location.hash = hash), url.slice(1));
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

test('two consultants: each syncs only their clients, offline edits converge, a conflict is resolved, the server holds no marker and a stop loses nothing', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL!).origin;
  const [ownerContext, aContext, bContext] = [
    await browser.newContext({ baseURL }),
    await browser.newContext({ baseURL }),
    await browser.newContext({ baseURL }),
  ];
  const owner = await ownerContext.newPage();
  const a = await aContext.newPage();
  const b = await bContext.newPage();

  // The owner: the demo's three clients, encrypted, signed in as the server's admin; two consultants.
  await openWithDemo(owner);
  await encryptWorkspace(owner, PASSPHRASE);
  const ownerCard = await signIn(owner, origin, 'admin', 'admin-secret');
  const practice = ownerCard.getByRole('region', { name: 'Your practice' });
  await practice.getByLabel('Consultant’s user name').fill('Consultant A');
  await practice.getByLabel('First password').fill('a-password-1');
  await practice.getByRole('button', { name: 'Add consultant' }).click();
  await expect(practice.getByRole('alert')).toContainText('lower-case letters');
  await practice.getByLabel('Consultant’s user name').fill('consultant-a');
  await practice.getByLabel('First password').fill('short');
  await practice.getByRole('button', { name: 'Add consultant' }).click();
  await expect(practice.getByRole('alert')).toContainText('at least 10 characters');
  await practice.getByLabel('First password').fill('a-password-1');
  await practice.getByRole('button', { name: 'Add consultant' }).click();
  await expect(practice.getByRole('listitem').filter({ hasText: 'consultant-a' })).toContainText(
    'No key yet',
  );
  await practice.getByLabel('Consultant’s user name').fill('consultant-b');
  await practice.getByLabel('First password').fill('b-password-1');
  await practice.getByRole('button', { name: 'Add consultant' }).click();
  await expect(practice.getByRole('listitem').filter({ hasText: 'consultant-b' })).toContainText(
    'No key yet',
  );

  // A and B: empty, encrypted workspaces, signed in (their apps publish their public keys).
  for (const [page, name, password] of [
    [a, 'consultant-a', 'a-password-1'],
    [b, 'consultant-b', 'b-password-1'],
  ] as const) {
    await page.goto('/');
    await page.getByRole('button', { name: /Start empty/ }).click();
    await encryptWorkspace(page, PASSPHRASE);
    await signIn(page, origin, name, password);
  }
  // The owner's screen shows both consultants' published keys (read when the card opens).
  await expect(async () => {
    await owner.evaluate(() => (location.hash = '#/'));
    await owner.getByRole('link', { name: 'Backup & restore' }).click();
    for (const name of ['consultant-a', 'consultant-b'])
      await expect(practice.getByRole('listitem').filter({ hasText: name })).toContainText('Keys:', {
        timeout: 2_000,
      });
  }).toPass({ timeout: 60_000 });

  // Assignments: A to clients 1 and 2, B to 2 and 3 (each sets the database's members and wraps the key).
  const assign = async (client: string, consultant: string) => {
    const box = practice.getByRole('group', { name: client }).getByRole('checkbox', { name: consultant });
    await box.click(); // the box follows the server's answer
    await expect(box).toBeChecked();
  };
  await assign(CLIENTS[0], 'consultant-a');
  await assign(CLIENTS[1], 'consultant-a');
  await assign(CLIENTS[1], 'consultant-b');
  await assign(CLIENTS[2], 'consultant-b');
  for (const name of CLIENTS) await syncUntil(ownerCard, name);
  const clientIds: Record<string, string> = {};
  for (const name of CLIENTS) clientIds[name] = await clientIdOf(owner, name);
  await snap(owner, 'sync-02-practice');

  // Each consultant lists only their clients and syncs them; B's requests for client 1 are refused.
  const cards = {
    a: a.getByRole('region', { name: 'Sync with your practice' }),
    b: b.getByRole('region', { name: 'Sync with your practice' }),
  };
  for (const [page, card, mine] of [
    [a, cards.a, [CLIENTS[0], CLIENTS[1]]],
    [b, cards.b, [CLIENTS[1], CLIENTS[2]]],
  ] as const) {
    await page.getByRole('button', { name: 'Sync all now' }).click();
    const boxes = card.getByRole('list', { name: 'Clients to sync' }).getByRole('checkbox');
    await expect(boxes).toHaveCount(2);
    for (const name of mine) {
      const id = clientIds[name];
      await card.getByRole('checkbox', { name: new RegExp(`${name}|${id}`) }).click();
      await expect(row(card, name).getByText('Synced', { exact: true })).toBeVisible({ timeout: 60_000 });
    }
    void page;
  }
  await expect(row(cards.b, CLIENTS[0])).toHaveCount(0);
  const refused = await b.evaluate(
    async (db) =>
      (
        await fetch(`/couch/${db}/_all_docs`, {
          headers: { authorization: `Basic ${btoa('consultant-b:b-password-1')}` },
        })
      ).status,
    `caio-${clientIds[CLIENTS[0]].toLowerCase()}`,
  );
  expect(refused).toBe(401);
  expect(await idsIn(b, 'clients')).toEqual(expect.not.arrayContaining([clientIds[CLIENTS[0]]]));

  // Offline edits on both sides of client 2 (different records) converge after reconnecting.
  const shared = clientIds[CLIENTS[1]];
  /** Each side's "Sync now" while offline puts its edit into its replica; nothing reaches the server. */
  const bothQueueOffline = async () => {
    for (const [page, card] of [
      [a, cards.a],
      [b, cards.b],
    ] as const) {
      await page.getByRole('link', { name: 'Backup & restore' }).click();
      await syncUntil(card, CLIENTS[1], 'Offline, 1 change waiting');
    }
  };
  const [useCaseId] = await idsIn(b, 'useCases', shared);
  await aContext.setOffline(true);
  await bContext.setOffline(true);
  await fillField(a, `/#/clients/${shared}/profile`, 'Contact role', `${MARKER} role by A`);
  await fillField(
    b,
    `/#/clients/${shared}/portfolio/${useCaseId}`,
    'Problem statement',
    `${MARKER} problem by B`,
  );
  await bothQueueOffline();
  await aContext.setOffline(false);
  await bContext.setOffline(false);
  await syncUntil(cards.a, CLIENTS[1]);
  await syncUntil(cards.b, CLIENTS[1]);
  await syncUntil(cards.a, CLIENTS[1]);
  await a.goto(`/#/clients/${shared}/portfolio/${useCaseId}`);
  await expect(a.getByLabel('Problem statement', { exact: true })).toHaveValue(`${MARKER} problem by B`);
  await b.goto(`/#/clients/${shared}/profile`);
  await expect(b.getByLabel('Contact role', { exact: true })).toHaveValue(`${MARKER} role by A`);

  // A concurrent edit of one field: a conflict in the dialog, resolved with A's value everywhere.
  await aContext.setOffline(true);
  await bContext.setOffline(true);
  await fillField(a, `/#/clients/${shared}/profile`, 'Contact name', `${MARKER} name by A`);
  await fillField(b, `/#/clients/${shared}/profile`, 'Contact name', `${MARKER} name by B`);
  // Both edits are in their replicas, from the same revision, before either side reaches the server.
  await bothQueueOffline();
  await aContext.setOffline(false);
  await bContext.setOffline(false);
  // Each "Sync now" gets a run that starts after the click (coming online starts one of its own, which may
  // have pulled before the other side pushed): A's edit is on the server before B's run pulls.
  await syncUntil(cards.a, CLIENTS[1]);
  await syncUntil(cards.b, CLIENTS[1]);
  await expect(row(cards.b, CLIENTS[1])).toContainText('1 conflict kept for review');
  await row(cards.b, CLIENTS[1]).getByRole('button', { name: 'Resolve' }).click();
  const dialog = b.getByRole('dialog', { name: 'Changes made at the same time' });
  await expect(dialog).toContainText(`${MARKER} name by A`);
  await expect(dialog).toContainText(`${MARKER} name by B`);
  await snap(b, 'sync-03-conflict');
  await dialog.getByRole('radio', { name: new RegExp(`${MARKER} name by A`) }).check();
  const logged = (await idsIn(b, 'changes', shared)).length;
  await dialog.getByRole('button', { name: 'Apply my choices' }).click();
  await expect(dialog).toBeHidden();
  // The choice is in B's audit trail (the change log: its entries' content is sealed, their owner is not).
  expect((await idsIn(b, 'changes', shared)).length).toBeGreaterThan(logged);
  await expect(row(cards.b, CLIENTS[1])).not.toContainText('conflict');
  await syncUntil(cards.a, CLIENTS[1]);
  for (const page of [a, b]) {
    await page.goto(`/#/clients/${shared}/profile`);
    await expect(page.getByLabel('Contact name', { exact: true })).toHaveValue(`${MARKER} name by A`);
    await page.getByRole('link', { name: 'Backup & restore' }).click();
  }

  // The server's documents hold none of the strings typed into the records.
  for (const id of Object.values(clientIds)) {
    const all = await server.request(
      'GET',
      `/caio-${id.toLowerCase()}/_all_docs?include_docs=true`,
      server.admin,
    );
    const text = JSON.stringify(all.body);
    expect(text).not.toContain(MARKER);
    for (const name of CLIENTS) expect(text).not.toContain(name);
  }

  // The server stops in the middle of a sync (while A fetches client 1's changes): nothing is lost, and
  // sync resumes when it is back.
  await fillField(
    owner,
    `/#/clients/${clientIds[CLIENTS[0]]}/profile`,
    'Contact role',
    `${MARKER} role by owner`,
  );
  await owner.getByRole('link', { name: 'Backup & restore' }).click();
  await syncUntil(ownerCard, CLIENTS[0]);
  const first = `caio-${clientIds[CLIENTS[0]].toLowerCase()}`;
  let cut = false;
  server.onRequest((line) => {
    if (!cut && line.includes(`/${first}/_changes`)) {
      cut = true;
      void server.down();
    }
  });
  await row(cards.a, CLIENTS[0]).getByRole('button', { name: 'Sync now' }).click();
  await expect(row(cards.a, CLIENTS[0]).getByText(/^Offline/)).toBeVisible({ timeout: 60_000 });
  expect(cut).toBe(true);
  server.onRequest(null);
  await server.up();
  await syncUntil(cards.a, CLIENTS[0]);
  await a.goto(`/#/clients/${clientIds[CLIENTS[0]]}/profile`);
  await expect(a.getByLabel('Contact role', { exact: true })).toHaveValue(`${MARKER} role by owner`);
  const records = (id: string) => idsIn(a, 'useCases', id);
  expect((await records(clientIds[CLIENTS[0]])).length).toBe(
    (await idsIn(owner, 'useCases', clientIds[CLIENTS[0]])).length,
  );
  for (const context of [ownerContext, aContext, bContext]) await context.close();
});

async function clientIdOf(page: Page, name: string): Promise<string> {
  await switchClient(page, name);
  const id = /#\/clients\/([^/?]+)/.exec(page.url())![1];
  await page.getByRole('link', { name: 'Backup & restore' }).click();
  return id;
}
