import JSZip from 'jszip';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createClientBundle } from '../../../src/db/backup/dump';
import { describeTables, tableCsvRowsOf } from '../../../src/db/core/tables';
import { getConsultantProfile } from '../../../src/db/consultant/profile';
import { loadControlsData } from '../../../src/db/controls/queries';
import { DEMO_CLIENT_IDS } from '../../../src/demo/clients';
import { demoContext, loadDemoWorkspace } from '../../../src/demo/workspace';
import { loadGovernanceData } from '../../../src/db/governance/queries';
import { createHandoverDataFile, createHandoverDocument } from '../../../src/db/handover/handover';
import { planData } from '../../../src/db/planning/planData';
import { listUseCasesForClient } from '../../../src/db/portfolio/useCases';
import { updateRecord } from '../../../src/db/core/records';
import { liveReportModel } from '../../../src/db/reports/sources';
import { evaluationsForClient } from '../../../src/db/vendors/evaluations';
import { listVendorProfiles } from '../../../src/db/vendors/library';
import {
  addIdea,
  createWorkshop,
  ideasForClient,
  workshopsForClient,
} from '../../../src/db/workshops/workshops';
import { toCsv } from '../../../src/domain/shared/csv';
import { REGISTERS, REGISTER_IDS, registerCsvRows } from '../../../src/domain/governance';
import {
  HANDOVER_CATEGORIES,
  NOTHING_EXTRA,
  type HandoverChoices,
} from '../../../src/domain/handover/allowList';
import { planItems } from '../../../src/domain/planning/plan';
import { planToIcs } from '../../../src/domain/planning/ics';
import { csvRowsOfUseCases } from '../../../src/domain/portfolio/csv';
import { compareReports, defaultSlides, type ReportTexts } from '../../../src/domain/reports';
import { evaluationCsvRows, evaluationListCsvRows, evaluationOverview } from '../../../src/domain/vendors';
import { ideaStats, ideasCsvRows, workshopsCsvRows } from '../../../src/domain/workshops';
import { soaCsv } from '../../../src/features/controls/export/exportSoa';
import { buildPptx } from '../../../src/features/reports/pptx/buildPptx';
import { WorkshopSummarySlides } from '../../../src/features/workshops/print/PrintWorkshop';
import { loadWorkshopData } from '../../../src/features/workshops/useWorkshopData';
import { found, plantMarkers } from './markerSeed';
import { freshDb } from './testDb';

/**
 * Nothing of another client in any export of client A, proven with markers: every free-text value of
 * the other clients (and of library records A does not use) carries a unique marker, and so do A's
 * internal-only fields. Then everything A can produce is made and searched.
 */

const NOW = new Date('2026-11-26T10:00:00.000Z');
const TODAY = '2026-11-26';
const A = DEMO_CLIENT_IDS.staffing;
const EVERYTHING = Object.fromEntries(
  HANDOVER_CATEGORIES.map((c) => [c, true]),
) as unknown as HandoverChoices;
const texts: ReportTexts = {
  headlines: ['Headline'],
  overallStatus: 'amber',
  decisionsRequested: [],
  nextSteps: [],
  notDoing: [],
};

async function seeded() {
  const db = await freshDb();
  await loadDemoWorkspace(db, demoContext(NOW));
  // The demo's workshop is another client's: client A gets one of its own.
  const workshop = await createWorkshop(db, A, { title: 'Recruitment ideas', date: TODAY });
  for (const title of ['Draft interview invitations', 'Summarise reference checks'])
    await addIdea(db, workshop.id, { title });
  const markers = await plantMarkers(db, A);
  // Text the consultant deleted: it stays in the change history only.
  const risk = (await db.risks.where('clientId').equals(A).first())!;
  await updateRecord(db, 'risks', risk.id, { description: 'Deleted wording ⟦AI-deleted⟧' });
  await updateRecord(db, 'risks', risk.id, { description: 'The wording the client reads' });
  markers.internal.push('⟦AI-deleted⟧');
  return { db, markers };
}

/** Every CSV the app offers for client A: each table (Backup screen), each register, portfolio, vendors, workshops, SoA. */
async function csvFiles(db: Awaited<ReturnType<typeof seeded>>['db']): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const table of describeTables(db).filter((t) => t.clientOwned || t.name === 'clients'))
    files[`table ${table.name}`] = toCsv(await tableCsvRowsOf(db, table.name, { id: A }));
  const governance = await loadGovernanceData(db, A);
  const titles = new Map(
    REGISTER_IDS.flatMap((id) =>
      (governance[id] as unknown as Record<string, unknown>[]).map(
        (r) => [String(r.id), String(r[REGISTERS[id].titleField] ?? '')] as [string, string],
      ),
    ),
  );
  for (const id of REGISTER_IDS)
    files[`register ${id}`] = toCsv(
      registerCsvRows(REGISTERS[id], governance[id], { linkLabel: (linked) => titles.get(linked) ?? linked }),
    );
  files.portfolio = toCsv(
    csvRowsOfUseCases(
      await listUseCasesForClient(db, A),
      await db.kpis.where('clientId').equals(A).toArray(),
    ),
  );
  const profiles = await listVendorProfiles(db);
  const evaluations = await evaluationsForClient(db, A);
  files.evaluations = toCsv(evaluationListCsvRows(evaluations.map((e) => evaluationOverview(e, profiles))));
  for (const e of evaluations) files[`evaluation ${e.id}`] = toCsv(evaluationCsvRows(e, profiles));
  const ideas = await ideasForClient(db, A);
  files.ideas = toCsv(ideasCsvRows(ideas));
  files.workshops = toCsv(
    workshopsCsvRows(
      (await workshopsForClient(db, A)).map((workshop) => ({
        workshop,
        stats: ideaStats(ideas.filter((i) => i.workshopId === workshop.id)),
      })),
    ),
  );
  files.soa = toCsv(await soaCsv((await db.clients.get(A))!, await loadControlsData(db, A), TODAY));
  return files;
}

async function pptxText(
  db: Awaited<ReturnType<typeof seeded>>['db'],
): Promise<{ model: string; slides: string }> {
  const client = (await db.clients.get(A))!;
  const model = await liveReportModel(db, client, '2026-Q4', TODAY);
  // The logo is rasterised by the browser (not in Node): left out here.
  const file = await buildPptx({
    model: { ...model, client: { ...model.client, logo: null } },
    deltas: compareReports(null, model),
    texts,
    slides: defaultSlides(),
  });
  const zip = await JSZip.loadAsync(file);
  const xml = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => n.endsWith('.xml'))
      .map((n) => zip.file(n)!.async('string')),
  );
  return { model: JSON.stringify(model), slides: xml.join('\n') };
}

async function workshopSummaries(db: Awaited<ReturnType<typeof seeded>>['db']): Promise<string> {
  const consultant = await getConsultantProfile(db);
  const html: string[] = [];
  for (const workshop of await workshopsForClient(db, A)) {
    const data = (await loadWorkshopData(db, workshop.id, A))!;
    html.push(renderToStaticMarkup(<WorkshopSummarySlides data={data} consultant={consultant} />));
  }
  return html.join('\n');
}

async function calendar(db: Awaited<ReturnType<typeof seeded>>['db']): Promise<string> {
  const data = await planData(db, NOW, 6);
  const items = planItems(data.items, data.today, data.consultantName, { clientId: A });
  const file = planToIcs(items, {
    clientNames: new Map(data.clients.map((c) => [c.id, c.name])),
    calendarName: 'CAIO Desk deadlines',
    now: NOW,
  });
  if (!file.ok) throw new Error(file.message);
  return file.text;
}

describe('no cross-client text in any export', () => {
  it('finds none of the other clients’ markers in anything client A produces, and none of A’s internal markers in what the client receives', async () => {
    const { db, markers } = await seeded();
    expect(markers.foreign.length).toBeGreaterThan(400);
    expect(markers.internal.length).toBeGreaterThan(20);

    const handover = {
      'handover data file': (await createHandoverDataFile(db, A, NOTHING_EXTRA, '1.0.0', NOW)).text,
      'handover document': await createHandoverDocument(db, A, NOTHING_EXTRA, '1.0.0', NOW),
    };
    const ticked = {
      'handover data file, everything ticked': (await createHandoverDataFile(db, A, EVERYTHING, '1.0.0', NOW))
        .text,
      'handover document, everything ticked': await createHandoverDocument(db, A, EVERYTHING, '1.0.0', NOW),
    };
    const report = await pptxText(db);
    const clientFacing = {
      ...handover,
      'board report PPTX': report.slides,
      'board report model (the PDF’s source)': report.model,
      'workshop summaries': await workshopSummaries(db),
    };
    const consultantOwn: Record<string, string> = {
      ...(await csvFiles(db)),
      ...ticked,
      calendar: await calendar(db),
    };

    for (const [name, text] of Object.entries({ ...clientFacing, ...consultantOwn })) {
      if (!name.startsWith('table ')) expect(text.length, `${name} is not empty`).toBeGreaterThan(0);
      expect(found(text, markers.foreign), `${name}: another client's text`).toEqual([]);
    }
    for (const [name, text] of Object.entries(clientFacing))
      expect(found(text, markers.internal), `${name}: internal-only text`).toEqual([]);

    // The test sees what it should: A's own text is in its exports, ticked internals in the ticked handover.
    expect(handover['handover document']).toContain('Brightside Staffing');
    expect(consultantOwn['table engagementLog']).toMatch(/⟦AI\d+⟧/);
    expect(found(ticked['handover data file, everything ticked'], markers.internal).length).toBeGreaterThan(
      10,
    );
    expect(ticked['handover data file, everything ticked']).toContain('⟦AI-deleted⟧');
    // Controls: the markers do show in the other client's own exports, and the unfiltered client file would leak A's internals.
    expect(
      found(
        await createHandoverDocument(db, DEMO_CLIENT_IDS.accountancy, NOTHING_EXTRA, '1.0.0', NOW),
        markers.foreign,
      ).length,
    ).toBeGreaterThan(50);
    expect(
      found((await createClientBundle(db, A, '1.0.0', NOW)).text, markers.internal).length,
    ).toBeGreaterThan(10);
  }, 120_000);
});
