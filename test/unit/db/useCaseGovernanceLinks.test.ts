import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/db/clients';
import { updateRecord } from '../../../src/db/records';
import { createRegisterRecord } from '../../../src/db/governance';
import { overrideSystemTier, saveClassification } from '../../../src/db/governanceClassification';
import { createUseCase } from '../../../src/db/portfolio';
import { recordsLinkedToUseCase } from '../../../src/db/useCaseLinks';
import { aiSystemToClassify } from '../../../src/db/useCaseClassification';
import { CLIENT_EMAILS, CV_SUMMARIES } from '../domain/governance/aiActFixtures';
import { freshDb } from './testDb';

describe('use cases and the AI systems they run on', () => {
  it('take the EU AI Act tier of their linked, classified systems (most severe wins, overrides count)', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const cv = await createUseCase(db, client.id, { title: 'Summarising CVs' });
    const mail = await createRegisterRecord(db, 'aiSystems', client.id, { name: 'Mail assistant', status: 'inPilot' });
    const summariser = await createRegisterRecord(db, 'aiSystems', client.id, { name: 'CV summariser', status: 'inPilot' });

    await updateRecord(db, 'aiSystems', mail.id, { useCaseIds: [cv.id] });
    await saveClassification(db, mail.id, CLIENT_EMAILS, '2026-11-26');
    expect((await db.useCases.get(cv.id))!.riskTier).toBe('limited');

    await saveClassification(db, summariser.id, CV_SUMMARIES, '2026-11-26');
    expect((await db.useCases.get(cv.id))!.riskTier).toBe('limited'); // not linked yet
    await updateRecord(db, 'aiSystems', summariser.id, { useCaseIds: [cv.id] });
    expect((await db.useCases.get(cv.id))!.riskTier).toBe('high');

    await overrideSystemTier(db, summariser.id, { tier: 'minimal', justification: 'Only formats CVs that recruiters already assessed in full.', acknowledgedArticle: 'Art. 6(3), third subparagraph' }, '2026-11-26');
    expect((await db.useCases.get(cv.id))!.riskTier).toBe('limited');

    const links = await recordsLinkedToUseCase(db, client.id, cv.id);
    expect(links.map((l) => `${l.area}: ${l.title}`).sort()).toEqual(['AI systems: CV summariser', 'AI systems: Mail assistant']);
    expect(links[0].path).toMatch(/^governance\/ai-systems\//);
  });

  it('classify a use case: its linked AI system, or a new one in the inventory linked to it', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const useCase = await createUseCase(db, client.id, { title: 'Ranking candidates' });
    const first = await aiSystemToClassify(db, useCase);
    expect(await db.aiSystems.get(first)).toMatchObject({ name: 'Ranking candidates', status: 'inPilot', useCaseIds: [useCase.id], clientId: client.id });
    expect(await aiSystemToClassify(db, useCase)).toBe(first);
    await saveClassification(db, first, CV_SUMMARIES, '2026-11-26');
    expect((await db.useCases.get(useCase.id))!.riskTier).toBe('high');
  });
});
