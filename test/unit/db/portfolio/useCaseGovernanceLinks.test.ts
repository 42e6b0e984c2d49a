import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { updateRecord } from '../../../../src/db/core/records';
import { createRegisterRecord, deleteRegisterRecord } from '../../../../src/db/governance/registers';
import { overrideSystemTier, saveClassification } from '../../../../src/db/governance/classification';
import { loadGovernanceData } from '../../../../src/db/governance/queries';
import {
  createUseCase,
  moveUseCaseStage,
  updateUseCase,
  listUseCasesForClient,
} from '../../../../src/db/portfolio/useCases';
import { liveReportModel } from '../../../../src/db/reports/sources';
import { recordsLinkedToUseCase } from '../../../../src/db/portfolio/useCaseLinks';
import { aiSystemToClassify } from '../../../../src/db/portfolio/useCaseClassification';
import {
  createSystemForUseCase,
  linkSystemToUseCase,
  migrateSystemLinks,
  resolvedUseCase,
  unlinkSystemFromUseCase,
} from '../../../../src/db/portfolio/useCaseSystems';
import { effectiveSystemStatus, governanceGaps } from '../../../../src/domain/governance';
import { complianceFigures } from '../../../../src/domain/reports';
import { CLIENT_EMAILS, CV_SUMMARIES } from '../../domain/governance/aiActFixtures';
import { readyForPilot, TODAY } from './helpers';
import { freshDb } from '../testDb';

const tierOf = async (db: Awaited<ReturnType<typeof freshDb>>, id: string) =>
  (await resolvedUseCase(db, id))!.riskTier;

describe('use cases and the AI systems they run on', () => {
  it('take the EU AI Act tier of their linked, classified systems, computed when read (most severe wins, overrides count)', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const cv = await createUseCase(db, client.id, { title: 'Summarising CVs' });
    const mail = await createRegisterRecord(db, 'aiSystems', client.id, {
      name: 'Mail assistant',
      status: 'inPilot',
    });
    const summariser = await createRegisterRecord(db, 'aiSystems', client.id, {
      name: 'CV summariser',
      status: 'inPilot',
    });

    await updateRecord(db, 'aiSystems', mail.id, { useCaseIds: [cv.id] });
    await saveClassification(db, mail.id, CLIENT_EMAILS, '2026-11-26');
    expect(await tierOf(db, cv.id)).toBe('limited');

    await saveClassification(db, summariser.id, CV_SUMMARIES, '2026-11-26');
    expect(await tierOf(db, cv.id)).toBe('limited'); // not linked yet
    await linkSystemToUseCase(db, cv, summariser.id);
    expect(await tierOf(db, cv.id)).toBe('high');

    await overrideSystemTier(
      db,
      summariser.id,
      {
        tier: 'minimal',
        justification: 'Only formats CVs that recruiters already assessed in full.',
        acknowledgedArticle: 'Art. 6(3), third subparagraph',
      },
      '2026-11-26',
    );
    expect(await tierOf(db, cv.id)).toBe('limited');
    // Nothing was copied onto the stored use case.
    expect((await db.useCases.get(cv.id))!.riskTier).toBe('unclassified');

    const links = await recordsLinkedToUseCase(db, client.id, cv.id);
    expect(links.map((l) => `${l.area}: ${l.title}`).sort()).toEqual([
      'AI systems: CV summariser',
      'AI systems: Mail assistant',
    ]);
    expect(links[0].path).toMatch(/^governance\/ai-systems\//);
  });

  it('classify a use case that is an Idea: a new entry linked to it whose status follows the use case, never "In pilot"', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const useCase = await createUseCase(db, client.id, { title: 'Ranking candidates' });
    const first = await aiSystemToClassify(db, useCase);
    const system = (await db.aiSystems.get(first))!;
    expect(system).toMatchObject({
      name: 'Ranking candidates',
      status: 'fromUseCases',
      useCaseIds: [useCase.id],
      clientId: client.id,
      businessOwner: '',
      vendor: '',
    });
    const data = await loadGovernanceData(db, client.id);
    expect(effectiveSystemStatus(system, data.useCaseFacts ?? [])).toBe('planned');
    expect(await aiSystemToClassify(db, useCase)).toBe(first);
    await saveClassification(db, first, CV_SUMMARIES, '2026-11-26');
    expect(await tierOf(db, useCase.id)).toBe('high');
  });

  it('unlinking a system and deleting a system both update the tier, the gaps and the next report', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const pilot = await readyForPilot(db, client.id, 'Drafting job postings');
    await updateUseCase(db, pilot.id, { riskTier: 'unclassified' }); // no tier of its own: only the system's
    const systemId = (await resolvedUseCase(db, pilot.id))!.aiSystemIds[0];
    await saveClassification(db, systemId, CLIENT_EMAILS, '2026-01-10');
    await moveUseCaseStage(db, pilot.id, { target: 'pilot', date: '2026-01-12' }, TODAY);

    const report = () => liveReportModel(db, client, '2026-Q1', TODAY);
    const gapSubjects = async () =>
      governanceGaps(await loadGovernanceData(db, client.id), TODAY)
        .filter((g) => g.kind === 'noSystemEntry')
        .map((g) => g.subject);
    expect(await tierOf(db, pilot.id)).toBe('limited');
    expect(await gapSubjects()).toEqual([]);
    let figures = complianceFigures(await report());
    expect(figures).toMatchObject({ useCasesUnclassified: 0, useCasesCounted: 1 });
    expect(figures.systemsByTier.limited).toBe(1);

    await unlinkSystemFromUseCase(db, pilot, systemId);
    expect(await tierOf(db, pilot.id)).toBe('unclassified');
    expect(await gapSubjects()).toEqual(['Drafting job postings']);
    figures = complianceFigures(await report());
    expect(figures.useCasesUnclassified).toBe(1);
    expect((await report()).portfolio.useCases[0].riskTier).toBe('unclassified');

    await linkSystemToUseCase(db, pilot, systemId);
    expect(await tierOf(db, pilot.id)).toBe('limited');
    await deleteRegisterRecord(db, 'aiSystems', systemId);
    expect(await tierOf(db, pilot.id)).toBe('unclassified');
    expect((await listUseCasesForClient(db, client.id))[0].aiSystemIds).toEqual([]);
    expect(await gapSubjects()).toEqual(['Drafting job postings']);
    figures = complianceFigures(await report());
    expect(figures).toMatchObject({ useCasesUnclassified: 1, useCasesCounted: 1 });
    expect(figures.systemsByTier.limited).toBe(0);
  });

  it('a tier set on the use case by hand counts only while none of its systems is classified', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const useCase = await createUseCase(db, client.id, { title: 'Scoring candidates' });
    await updateUseCase(db, useCase.id, { riskTier: 'high' });
    const systemId = await createSystemForUseCase(db, useCase, 'Scoring tool');
    expect(await tierOf(db, useCase.id)).toBe('high');
    await saveClassification(db, systemId, CLIENT_EMAILS, '2026-03-01');
    expect(await tierOf(db, useCase.id)).toBe('limited');
    expect((await resolvedUseCase(db, useCase.id))!.ownRiskTier).toBe('high');
  });

  it("migrates the charter's free-text AI system entry into a linked entry (found by name, or created once per name)", async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const existing = await createRegisterRecord(db, 'aiSystems', client.id, {
      name: 'CVSense',
      status: 'approved',
    });
    const a = await createUseCase(db, client.id, { title: 'A' });
    const b = await createUseCase(db, client.id, { title: 'B' });
    const c = await createUseCase(db, client.id, { title: 'C' });
    // The old shapes, as stored before links existed.
    await db.useCases.update(a.id, { charter: { ...a.charter, aiSystemName: 'cvsense ' } });
    await db.useCases.update(b.id, { charter: { ...b.charter, aiSystemName: 'Copilot' } });
    await db.useCases.update(c.id, { charter: { ...c.charter, aiSystemName: 'copilot' } });

    expect(await migrateSystemLinks(db, TODAY)).toBe(3);
    const systems = await db.aiSystems.where('clientId').equals(client.id).toArray();
    expect(systems).toHaveLength(2);
    expect((await db.aiSystems.get(existing.id))!.useCaseIds).toEqual([a.id]);
    const copilot = systems.find((s) => s.id !== existing.id)!;
    expect(copilot.name.toLowerCase()).toBe('copilot'); // the first use case's spelling
    expect(copilot.status).toBe('fromUseCases');
    expect([...copilot.useCaseIds].sort()).toEqual([b.id, c.id].sort());
    expect((await db.useCases.get(b.id))!.charter.aiSystemName).toBe('');
    expect(await migrateSystemLinks(db, TODAY)).toBe(0);
  });
});

describe('the records linked to a use case (issue 22)', () => {
  it('are read through the registers’ use-case index, not by reading every register row of the client', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const cv = await createUseCase(db, client.id, { title: 'Summarising CVs' });
    await createRegisterRecord(db, 'risks', client.id, { title: 'Bias', useCaseIds: [cv.id] });
    await createRegisterRecord(db, 'risks', client.id, { title: 'Unrelated' });
    const indexes: string[] = [];
    for (const table of db.tables) {
      const where = table.where.bind(table);
      table.where = ((index: string) => (
        indexes.push(`${table.name}.${index}`),
        where(index)
      )) as typeof table.where;
    }
    const links = await recordsLinkedToUseCase(db, client.id, cv.id);
    expect(links.map((l) => l.title)).toEqual(['Bias']);
    expect(indexes.filter((i) => i.endsWith('.clientId'))).toEqual([]);
  });
});
