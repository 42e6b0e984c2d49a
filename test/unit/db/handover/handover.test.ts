import { describe, expect, it } from 'vitest';
import { dumpWorkspace } from '../../../../src/db/backup/dump';
import { analyseOrThrow } from '../../../../src/db/backup/import';
import { importClient } from '../../../../src/db/backup/apply';
import { describeTables } from '../../../../src/db/core/tables';
import { DEMO_CLIENT_IDS } from '../../../../src/demo/clients';
import { demoContext, loadDemoWorkspace } from '../../../../src/demo/workspace';
import {
  createHandoverDataFile,
  createHandoverDocument,
  handoverRecords,
} from '../../../../src/db/handover/handover';
import { updateRecord } from '../../../../src/db/core/records';
import { STORES_V1 } from '../../../../src/db/core/schema';
import type { StoredRecord } from '../../../../src/domain/backup';
import {
  HANDOVER_CATEGORIES,
  HANDOVER_TABLES,
  NEVER_HANDED_OVER,
  NOTHING_EXTRA,
  fieldsThatLeave,
  type HandoverChoices,
} from '../../../../src/domain/handover/allowList';
import { freshDb } from '../testDb';

const NOW = new Date('2026-11-26T10:00:00.000Z');
const A = DEMO_CLIENT_IDS.staffing;
const EVERYTHING: HandoverChoices = Object.fromEntries(
  HANDOVER_CATEGORIES.map((c) => [c, true]),
) as unknown as HandoverChoices;

async function demo() {
  const db = await freshDb();
  await loadDemoWorkspace(db, demoContext(NOW));
  return db;
}

/** Internal values planted in client A's records: none may leave unless its category is ticked. */
async function plantInternals(db: Awaited<ReturnType<typeof demo>>) {
  await db.clients.update(A, { notes: 'INTERNAL-client-notes', rate: 4321.5, agreedAmount: 77 });
  const system = (await db.aiSystems.where('clientId').equals(A).first())!;
  await db.aiSystems.update(system.id, {
    notes: 'INTERNAL-system-notes',
    classificationDraft: { 'gpai.model': 'INTERNAL-draft-answer' },
  });
  const risk = (await db.risks.where('clientId').equals(A).first())!;
  await updateRecord(db, 'risks', risk.id, { description: 'INTERNAL-deleted-text' });
  await updateRecord(db, 'risks', risk.id, { description: 'What the client may read' });
  const evaluation = (await db.evaluations.where('clientId').equals(A).first())!;
  await db.vendorProfiles.update(evaluation.vendorIds[0], { notes: 'INTERNAL-library-notes' });
  await db.engagementLog.add({
    id: 'e-internal',
    clientId: A,
    date: '2026-11-02',
    hours: 2,
    activity: 'INTERNAL-engagement',
    note: '',
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  });
}
const INTERNALS = [
  'INTERNAL-client-notes',
  '4321',
  'INTERNAL-system-notes',
  'INTERNAL-draft-answer',
  'INTERNAL-deleted-text',
  'INTERNAL-library-notes',
  'INTERNAL-engagement',
];

describe('the handover allow-list', () => {
  it('lists every table of the schema, either with the fields that leave or as never handed over', () => {
    for (const table of Object.keys(STORES_V1)) {
      const listed = Object.hasOwn(HANDOVER_TABLES, table);
      const never = Object.hasOwn(NEVER_HANDED_OVER, table);
      expect(
        listed !== never,
        `${table}: listed in exactly one of HANDOVER_TABLES and NEVER_HANDED_OVER`,
      ).toBe(true);
    }
    for (const table of [...Object.keys(HANDOVER_TABLES), ...Object.keys(NEVER_HANDED_OVER)])
      expect(Object.keys(STORES_V1), table).toContain(table);
  });

  it('decides on every field the demo workspace stores: it leaves, leaves when ticked, or stays with a blank for import', async () => {
    const all = await dumpWorkspace(await demo());
    for (const [table, rows] of Object.entries(all)) {
      const rule = HANDOVER_TABLES[table];
      if (!rule) continue;
      const known = new Set([
        ...rule.leaves,
        ...Object.values(rule.optional ?? {}).flat(),
        ...Object.keys(rule.blanks ?? {}),
      ]);
      for (const field of new Set(rows.flatMap((r) => Object.keys(r))))
        expect(known.has(field), `${table}.${field} is neither allowed, optional nor kept back`).toBe(true);
    }
  });
});

describe('a client handover', () => {
  it('holds in its data file no field outside the allow-list, and no internal value, with nothing ticked', async () => {
    const db = await demo();
    await plantInternals(db);
    const file = await createHandoverDataFile(db, A, NOTHING_EXTRA, '1.0.0', NOW);
    for (const [table, rows] of Object.entries(file.file.tables)) {
      const allowed = fieldsThatLeave(table, NOTHING_EXTRA);
      expect(allowed, `${table} may not leave`).not.toBeNull();
      for (const row of rows as StoredRecord[])
        for (const field of Object.keys(row))
          expect(allowed!.has(field), `${table}.${field} left`).toBe(true);
    }
    expect(Object.keys(file.file.tables)).not.toContain('engagementLog');
    expect(Object.keys(file.file.tables)).not.toContain('changes');
    expect(Object.keys(file.file.tables)).not.toContain('settings');
    for (const internal of INTERNALS) expect(file.text, internal).not.toContain(internal);
    const html = await createHandoverDocument(db, A, NOTHING_EXTRA, '1.0.0', NOW);
    for (const internal of INTERNALS) expect(html, internal).not.toContain(internal);
  });

  it('hands over each ticked category, and the change history only of fields that leave', async () => {
    const db = await demo();
    await plantInternals(db);
    const records = await handoverRecords(db, A, EVERYTHING);
    const text = JSON.stringify(records);
    for (const internal of [
      'INTERNAL-client-notes',
      'INTERNAL-system-notes',
      'INTERNAL-deleted-text',
      'INTERNAL-library-notes',
      'INTERNAL-engagement',
    ])
      expect(text, internal).toContain(internal);
    expect(records.clients[0].rate).toBe(4321.5);
    expect(text).not.toContain('INTERNAL-draft-answer');
    const onlyNotes = await handoverRecords(db, A, { ...NOTHING_EXTRA, changeHistory: true });
    // The change of a risk's description leaves; nothing of the client's notes (a field that stays) does.
    expect(JSON.stringify(onlyNotes.changes)).toContain('INTERNAL-deleted-text');
    for (const change of onlyNotes.changes)
      expect(
        fieldsThatLeave(String(change.entity), { ...NOTHING_EXTRA, changeHistory: true })!.has(
          String(change.field).split('.')[0],
        ) || change.field === '*',
      ).toBe(true);
  });

  it('imports into another workspace as a new client, the kept-back fields filled with blanks', async () => {
    const db = await demo();
    await plantInternals(db);
    const file = await createHandoverDataFile(db, A, NOTHING_EXTRA, '1.0.0', NOW);
    const target = await freshDb();
    const analysis = await analyseOrThrow(target, file.text);
    await importClient(target, analysis, 'new');
    const client = (await target.clients.get(A))!;
    expect(client).toMatchObject({ name: 'Brightside Staffing', notes: '', rate: null, agreedAmount: null });
    expect(await target.useCases.where('clientId').equals(A).count()).toBe(
      await db.useCases.where('clientId').equals(A).count(),
    );
    const system = (await target.aiSystems.where('clientId').equals(A).first())!;
    expect(system.notes).toBe('');
    expect(system.classificationDraft).toEqual({});
    expect(await target.engagementLog.count()).toBe(0);
    expect(describeTables(target).length).toBe(Object.keys(STORES_V1).length);
  });

  it('is a readable document: cover, contents, summary, registers with labels and formatted dates, no code names', async () => {
    const db = await demo();
    const html = await createHandoverDocument(db, A, NOTHING_EXTRA, '1.0.0', NOW);
    expect(html).toContain('<h1>Brightside Staffing</h1>');
    expect(html).toMatch(/<img class="logo" src="data:image\//);
    expect(html).toContain('>Contents</h2>');
    expect(html).toContain('>Summary</h2>');
    for (const heading of [
      'Portfolio',
      'AI systems and their EU AI Act tier',
      'Open risks',
      'Incidents',
      'Policies',
      'AI-literacy training',
      'Decisions',
    ])
      expect(html).toContain(`<h3>${heading}</h3>`);
    expect(html).toContain('Open risks by likelihood and severity');
    expect(html).toMatch(/\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d/);
    expect(html).toContain('Why</th>');
    expect(html).toContain('(Art.');
    // No internal ids as headings, no code names as values, no raw wizard answers, no ISO dates in the text.
    const visible = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
    for (const code of [
      'demo-',
      'inPilot',
      'inTheLoop',
      'onTheLoop',
      'art4.literacy',
      'art5.a',
      'notScreened',
      'fromUseCases',
      'gpai.buildsOn',
      'undefined',
      '[object Object]',
    ])
      expect(visible, code).not.toContain(code);
    expect(visible).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('@page{size:A4');
  });
});
