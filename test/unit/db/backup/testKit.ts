import { readFileSync } from 'node:fs';
import type Dexie from 'dexie';
import { newClient, type Client } from '../../../../src/domain/clients/client';
import { dumpWorkspace } from '../../../../src/db/backup/dump';
import { CaioDatabase, STORES_V1 } from '../../../../src/db/core/schema';

/**
 * A database with the real schema plus two tables no backup code knows about: proves a new table is
 * covered without extra code (client-owned `fieldNotes` with dates, bytes and links; library `playbooks`).
 */
export class ExtendedDb extends CaioDatabase {
  constructor(name: string) {
    super(name);
    this.version(1).stores({ ...STORES_V1, fieldNotes: 'id, clientId, playbookId', playbooks: 'id' });
  }
}

let counter = 0;
export async function freshExtendedDb(): Promise<ExtendedDb> {
  const database = new ExtendedDb(`backup-test-${Date.now()}-${counter++}`);
  await database.open();
  return database;
}

export const PNG_DATA_URL = `data:image/png;base64,${readFileSync('test/fixtures/logo.png').toString('base64')}`;
export const SVG_DATA_URL = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4" fill="#123456"/></svg>').toString('base64')}`;

export function makeClient(id: string, name: string, extra: Partial<Client> = {}): Client {
  return { ...newClient({ id, name, now: '2026-03-01T09:00:00.000Z' }), ...extra };
}

/** Two clients, each with engagement entries, field notes (linking a playbook) and history; one library playbook each. */
export async function seedTwoClients(database: Dexie): Promise<void> {
  await database.table('clients').bulkAdd([
    makeClient('client-a', 'Ålesund Ferries ⛴', {
      logo: PNG_DATA_URL,
      notes: 'Ünïcödé notes — 日本語 <b>bold?</b>',
    }),
    makeClient('client-b', 'Brightwater Clinics', { logo: SVG_DATA_URL }),
  ]);
  await database.table('playbooks').bulkAdd([
    { id: 'pb-1', title: 'Vendor due diligence', createdAt: '2026-01-01T00:00:00.000Z' },
    { id: 'pb-2', title: 'Unused playbook' },
    { id: 'pb-3', title: 'Clinic playbook' },
  ]);
  await database.table('engagementLog').bulkAdd([
    {
      id: 'e-a1',
      clientId: 'client-a',
      date: '2026-03-02',
      hours: 2.5,
      activity: 'Kick-off',
      note: '',
      createdAt: 'x',
      updatedAt: 'x',
    },
    {
      id: 'e-b1',
      clientId: 'client-b',
      date: '2026-03-03',
      hours: 1,
      activity: 'Intake',
      note: 'Zoë',
      createdAt: 'x',
      updatedAt: 'x',
    },
  ]);
  await database.table('fieldNotes').bulkAdd([
    {
      id: 'fn-a1',
      clientId: 'client-a',
      playbookId: 'pb-1',
      seenAt: new Date('2026-03-04T10:00:00Z'),
      blob: new Uint8Array([0, 1, 2, 255]),
      text: 'Straße',
    },
    {
      id: 'fn-b1',
      clientId: 'client-b',
      playbookId: 'pb-3',
      seenAt: new Date('2026-03-05T10:00:00Z'),
      text: 'B only',
    },
  ]);
  await database.table('changes').bulkAdd([
    {
      id: 'ch-a1',
      clientId: 'client-a',
      entity: 'clients',
      entityId: 'client-a',
      field: 'name',
      oldValue: 'A',
      newValue: 'Ålesund Ferries ⛴',
      at: '2026-03-01T10:00:00.000Z',
      by: 'consultant',
    },
    {
      id: 'ch-b1',
      clientId: 'client-b',
      entity: 'clients',
      entityId: 'client-b',
      field: 'sector',
      oldValue: '',
      newValue: 'Health',
      at: '2026-03-01T10:00:00.000Z',
      by: 'consultant',
    },
  ]);
  await database.table('settings').bulkAdd([{ key: 'welcomeDone', value: true }]);
}

/** A full, comparable picture of a database (every table, every record). */
export async function snapshot(database: Dexie): Promise<unknown> {
  return structuredClone(await dumpWorkspace(database));
}
