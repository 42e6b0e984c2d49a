import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { updateRecord } from '../../../../src/db/core/records';
import {
  createRegisterRecord,
  deleteRegisterRecord,
  listRegisterRecords,
  RegisterValidationError,
} from '../../../../src/db/governance/registers';
import {
  overrideSystemTier,
  removeSystemTierOverride,
  saveClassification,
  saveClassificationDraft,
  setObligationMet,
} from '../../../../src/db/governance/classification';
import { backlinksTo, loadGovernanceData } from '../../../../src/db/governance/queries';
import { GOVERNANCE_STORES } from '../../../../src/db/governance/schema';
import { deleteClientCascade } from '../../../../src/db/core/records';
import { REGISTER_LIST, REGISTER_IDS, effectiveTier } from '../../../../src/domain/governance';
import { CV_SUMMARIES, answersWith } from '../../domain/governance/aiActFixtures';
import { freshDb } from '../testDb';

const TODAY = '2026-11-26';

async function setup() {
  const db = await freshDb();
  const client = await createClient(db, { name: 'Brightside' });
  return { db, client };
}

describe('register records in the database', () => {
  it('round trip: create, edit with history, read back', async () => {
    const { db, client } = await setup();
    const risk = await createRegisterRecord(
      db,
      'risks',
      client.id,
      { title: 'Hallucinated experience', likelihoodBefore: 4, severityBefore: 4, reviewDate: '2026-12-10' },
      TODAY,
    );
    await updateRecord(db, 'risks', risk.id, { likelihoodAfter: 2 }, { today: TODAY });
    await updateRecord(db, 'risks', risk.id, { severityAfter: 3, owner: 'Tom Jansen' }, { today: TODAY });
    const [stored] = await listRegisterRecords(db, 'risks', client.id);
    expect(stored).toMatchObject({
      title: 'Hallucinated experience',
      likelihoodBefore: 4,
      likelihoodAfter: 2,
      severityAfter: 3,
      owner: 'Tom Jansen',
      status: 'open',
      clientId: client.id,
    });
    const history = await db.changes.where('[entity+entityId]').equals(['risks', risk.id]).toArray();
    expect(history.map((c) => [c.field, c.oldValue, c.newValue]).sort()).toEqual([
      ['likelihoodAfter', null, 2],
      ['owner', '', 'Tom Jansen'],
      ['severityAfter', null, 3],
    ]);
    expect(history.every((c) => c.clientId === client.id)).toBe(true);
  });

  it('invalid input throws with a clear message and writes nothing', async () => {
    const { db, client } = await setup();
    await expect(
      createRegisterRecord(
        db,
        'raciEntries',
        client.id,
        { subject: 'CV summaries', accountable: ' ' },
        TODAY,
      ),
    ).rejects.toThrow(/RACI needs an accountable person/);
    await expect(
      createRegisterRecord(db, 'risks', client.id, { title: 'X', likelihoodBefore: 6 }, TODAY),
    ).rejects.toBeInstanceOf(RegisterValidationError);
    await expect(
      createRegisterRecord(db, 'policies', client.id, { title: 'AUP', reviewDate: '2026-11-25' }, TODAY),
    ).rejects.toThrow('Next review is in the past');
    await expect(createRegisterRecord(db, 'risks', 'no-such-client', { title: 'X' }, TODAY)).rejects.toThrow(
      'client no longer exists',
    );
    for (const id of REGISTER_IDS) expect(await listRegisterRecords(db, id, client.id)).toEqual([]);

    const incident = await createRegisterRecord(
      db,
      'incidents',
      client.id,
      { title: 'Omission', occurredAt: '2026-11-20T09:00:00+01:00', detectedAt: '2026-11-20T10:00:00+01:00' },
      TODAY,
    );
    const error = await updateRecord(
      db,
      'incidents',
      incident.id,
      { occurredAt: '2026-11-20T11:00:00+01:00' },
      { today: TODAY },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegisterValidationError);
    expect((error as RegisterValidationError).field).toBe('detectedAt');
    expect((await db.incidents.get(incident.id))?.occurredAt).toBe('2026-11-20T09:00:00+01:00');
    expect(await db.changes.where('[entity+entityId]').equals(['incidents', incident.id]).count()).toBe(0);
  });

  it('deleting a record removes the links to it, and backlinks find linking records', async () => {
    const { db, client } = await setup();
    const system = await createRegisterRecord(db, 'aiSystems', client.id, { name: 'CV summaries' }, TODAY);
    const incident = await createRegisterRecord(
      db,
      'incidents',
      client.id,
      { title: 'Omission', detectedAt: '2026-11-20T10:00:00+01:00', aiSystemIds: [system.id] },
      TODAY,
    );
    const action = await createRegisterRecord(
      db,
      'governanceActions',
      client.id,
      { title: 'Fix prompt', relatedIds: [system.id, incident.id] },
      TODAY,
    );
    expect(
      (await backlinksTo(db, 'aiSystems', system.id)).map((b) => `${b.register.id}:${b.fieldLabel}`).sort(),
    ).toEqual(['governanceActions:Related register items', 'incidents:AI systems']);
    await deleteRegisterRecord(db, 'aiSystems', system.id);
    expect(await db.aiSystems.get(system.id)).toBeUndefined();
    expect((await db.incidents.get(incident.id))?.aiSystemIds).toEqual([]);
    expect((await db.governanceActions.get(action.id))?.relatedIds).toEqual([incident.id]);
    expect(
      await db.changes.where('[entity+entityId]').equals(['incidents', incident.id]).first(),
    ).toMatchObject({ field: 'aiSystemIds', oldValue: [system.id], newValue: [] });
  });

  it('deleting a client removes all its governance records and nothing of another client', async () => {
    const { db, client } = await setup();
    const other = await createClient(db, { name: 'Other' });
    for (const c of [client, other]) {
      await createRegisterRecord(db, 'aiSystems', c.id, { name: 'Tool' }, TODAY);
      await createRegisterRecord(db, 'trainingRecords', c.id, { person: 'All staff' }, TODAY);
    }
    await deleteClientCascade(db, client.id);
    const remaining = await loadGovernanceData(db, other.id);
    expect(remaining.aiSystems).toHaveLength(1);
    expect(remaining.trainingRecords).toHaveLength(1);
    expect(await db.aiSystems.count()).toBe(1);
  });

  it('every register table has a clientId index and a multi-entry index for each links field', () => {
    for (const register of REGISTER_LIST) {
      const spec: string = GOVERNANCE_STORES[register.id];
      expect(spec.split(', ')).toContain('clientId');
      for (const field of register.fields.filter((f) => f.kind === 'links'))
        expect(spec, `${register.id}.${field.key}`).toContain(`*${field.key}`);
    }
  });
});

describe('EU AI Act classification of an AI system', () => {
  it('keeps the draft, saves the classification with the rule-pack version, overrides only with a justification', async () => {
    const { db, client } = await setup();
    const system = await createRegisterRecord(db, 'aiSystems', client.id, { name: 'CV summaries' }, TODAY);
    await saveClassificationDraft(db, system.id, { 'art5.a': false });
    expect((await db.aiSystems.get(system.id))?.classificationDraft).toEqual({ 'art5.a': false });
    await expect(saveClassification(db, system.id, { 'art5.a': false }, TODAY)).rejects.toThrow(
      'Answer every question before saving',
    );

    await saveClassification(db, system.id, CV_SUMMARIES, TODAY);
    let stored = await db.aiSystems.get(system.id);
    expect(stored?.classification).toMatchObject({
      tier: 'high',
      rulePackId: 'eu-ai-act',
      rulePackVersion: '2026.12',
      classifiedOn: TODAY,
      override: null,
    });
    expect(stored?.classification?.answers['annex3.4a']).toBe(true);
    expect(stored?.obligationDates).toEqual(['2025-02-02', '2027-12-02']);

    await expect(
      overrideSystemTier(db, system.id, { tier: 'limited', justification: 'no' }, TODAY),
    ).rejects.toThrow('at least 20 characters');
    expect(effectiveTier((await db.aiSystems.get(system.id))?.classification)).toBe('high');
    const justification = 'Legal counsel confirmed the summaries are not used for selection.';
    await expect(
      overrideSystemTier(db, system.id, { tier: 'limited', justification }, TODAY),
    ).rejects.toThrow('tick the acknowledgement naming Art. 6(3), third subparagraph');
    expect(effectiveTier((await db.aiSystems.get(system.id))?.classification)).toBe('high');
    await overrideSystemTier(
      db,
      system.id,
      { tier: 'limited', justification, acknowledgedArticle: 'Art. 6(3), third subparagraph' },
      TODAY,
    );
    stored = await db.aiSystems.get(system.id);
    expect(stored?.classification).toMatchObject({
      tier: 'high',
      override: { tier: 'limited', acknowledgedArticle: 'Art. 6(3), third subparagraph' },
    });
    expect(effectiveTier(stored?.classification)).toBe('limited');
    await removeSystemTierOverride(db, system.id, TODAY);
    expect(effectiveTier((await db.aiSystems.get(system.id))?.classification)).toBe('high');
  });

  it('ticking obligations off updates the calendar index', async () => {
    const { db, client } = await setup();
    const system = await createRegisterRecord(
      db,
      'aiSystems',
      client.id,
      { name: 'Newsletter writer' },
      TODAY,
    );
    // Art. 50(4) is the deployer's own duty; Art. 50(1) would only add a provider check, which is no date of its own.
    await saveClassification(db, system.id, answersWith({ 'art50.1': true, 'art50.4': true }), TODAY);
    expect((await db.aiSystems.get(system.id))?.obligationDates).toEqual(['2025-02-02', '2026-08-02']);
    await setObligationMet(db, system.id, 'art4.literacy', true, TODAY);
    expect((await db.aiSystems.get(system.id))?.obligationDates).toEqual(['2026-08-02']);
    expect(await db.aiSystems.where('obligationDates').belowOrEqual('2026-12-10').count()).toBe(1);
    await setObligationMet(db, system.id, 'art50.4.deployer', true, TODAY);
    expect((await db.aiSystems.get(system.id))?.obligationDates).toEqual([]);
    await setObligationMet(db, system.id, 'art4.literacy', false, TODAY);
    expect((await db.aiSystems.get(system.id))?.obligationsMet).toEqual(['art50.4.deployer']);
  });
});
