import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkspaceBackup } from '../../../../src/db/backup/dump';
import { analyseOrThrow } from '../../../../src/db/backup/import';
import { restoreWorkspace } from '../../../../src/db/backup/apply';
import { MATURITY_DIMENSIONS } from '../../../../src/domain/clients/client';
import { freshExtendedDb, makeClient, PNG_DATA_URL, seedTwoClients, snapshot, SVG_DATA_URL } from './testKit';

/** Text with accents, CJK, emoji and markup: all must survive byte for byte. */
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const nonBlank = (max: number) => text(max).filter((s) => s.trim().length > 0);
const isoTimestamp = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());

const clientArb = fc.record({
  name: nonBlank(100),
  notes: text(300),
  logo: fc.constantFrom(null, PNG_DATA_URL, SVG_DATA_URL),
  employees: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
  maturity: fc.tuple(...MATURITY_DIMENSIONS.map(() => fc.integer({ min: 1, max: 5 }))),
  status: fc.constantFrom('active', 'paused', 'archived' as const),
  updatedAt: isoTimestamp,
});

const workspaceArb = fc.record({
  clients: fc.array(clientArb, { minLength: 0, maxLength: 4 }),
  notes: fc.array(
    fc.record({
      owner: fc.nat(),
      seenAt: fc.date({ noInvalidDate: true }),
      bytes: fc.uint8Array({ maxLength: 64 }),
      text: text(200),
      tags: fc.array(text(20), { maxLength: 3 }),
      score: fc.oneof(fc.double({ noNaN: false }), fc.constant(null)),
    }),
    { maxLength: 8 },
  ),
  playbooks: fc.array(fc.record({ title: nonBlank(50), at: fc.date({ noInvalidDate: true }) }), {
    maxLength: 3,
  }),
  hours: fc.array(
    fc.record({
      owner: fc.nat(),
      hours: fc.integer({ min: 1, max: 96 }).map((q) => q / 4),
      activity: nonBlank(50),
    }),
    { maxLength: 6 },
  ),
});

describe('workspace backup -> restore into an empty database', () => {
  it('gives back exactly the same records, for random workspaces', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArb, async (ws) => {
        const source = await freshExtendedDb();
        const clientIds = ws.clients.map((_, i) => `client-${i}`);
        await source.clients.bulkAdd(
          ws.clients.map((c, i) => {
            const maturity = Object.fromEntries(
              MATURITY_DIMENSIONS.map((d, j) => [d, c.maturity[j]]),
            ) as Record<(typeof MATURITY_DIMENSIONS)[number], number>;
            return makeClient(clientIds[i], c.name, {
              notes: c.notes,
              logo: c.logo,
              employees: c.employees,
              maturity,
              status: c.status,
              updatedAt: c.updatedAt,
            });
          }),
        );
        const playbookIds = ws.playbooks.map((_, i) => `pb-${i}`);
        await source.table('playbooks').bulkAdd(ws.playbooks.map((p, i) => ({ id: playbookIds[i], ...p })));
        if (clientIds.length > 0) {
          await source.table('fieldNotes').bulkAdd(
            ws.notes.map((n, i) => ({
              id: `note-${i}`,
              clientId: clientIds[n.owner % clientIds.length],
              playbookId: playbookIds.length ? playbookIds[n.owner % playbookIds.length] : null,
              seenAt: n.seenAt,
              bytes: n.bytes,
              text: n.text,
              tags: n.tags,
              score: n.score,
            })),
          );
          await source.engagementLog.bulkAdd(
            ws.hours.map((h, i) => ({
              id: `h-${i}`,
              clientId: clientIds[h.owner % clientIds.length],
              date: '2026-02-28',
              hours: h.hours,
              activity: h.activity,
              note: '',
              createdAt: 'c',
              updatedAt: 'u',
            })),
          );
        }
        const before = await snapshot(source);
        const backup = await createWorkspaceBackup(source, '9.9.9');

        const target = await freshExtendedDb();
        await restoreWorkspace(target, await analyseOrThrow(target, backup.text));
        expect(await snapshot(target)).toEqual(before);
        source.close();
        target.close();
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('restores over a non-empty workspace: the result is the backup, nothing of the old workspace remains', async () => {
    const source = await freshExtendedDb();
    await seedTwoClients(source);
    const backup = await createWorkspaceBackup(source, '1.0.0');
    const target = await freshExtendedDb();
    await target.clients.add(makeClient('someone-else', 'Someone Else'));
    await target.table('playbooks').add({ id: 'pb-other', title: 'Other' });
    const analysis = await analyseOrThrow(target, backup.text);
    expect(analysis.plan).toMatchObject({
      kind: 'workspace',
      clientsRemoved: [{ id: 'someone-else', name: 'Someone Else' }],
    });
    await restoreWorkspace(target, analysis);
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('keeps this device’s backup bookkeeping out of backups and through restores', async () => {
    const source = await freshExtendedDb();
    await source.settings.put({ key: 'backup.lastBackupAt', value: '2026-01-01T00:00:00.000Z' });
    const backup = await createWorkspaceBackup(source, '1.0.0');
    expect(backup.file.tables.settings).toEqual([]);
    const target = await freshExtendedDb();
    await target.settings.put({ key: 'backup.lastBackupAt', value: '2026-04-01T00:00:00.000Z' });
    await restoreWorkspace(target, await analyseOrThrow(target, backup.text));
    expect(await target.settings.get('backup.lastBackupAt')).toEqual({
      key: 'backup.lastBackupAt',
      value: '2026-04-01T00:00:00.000Z',
    });
  });
});
