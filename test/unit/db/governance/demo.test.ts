import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_IDS } from '../../../../src/demo/clients';
import { demoContext, loadDemoWorkspace, removeDemoWorkspace } from '../../../../src/demo/workspace';
import { dueAcrossClients, loadGovernanceData } from '../../../../src/db/governance/queries';
import {
  REGISTER_IDS,
  REGISTERS,
  effectiveTier,
  governanceOverview,
  validateFieldValue,
  viewClassification,
} from '../../../../src/domain/governance';
import { freshDb } from '../testDb';
import { todayIso } from '../../../../src/domain/shared/dates';

const NOW = new Date(2026, 10, 26, 10, 0);

async function demo() {
  const db = await freshDb();
  await loadDemoWorkspace(db, demoContext(NOW));
  return db;
}

describe('the governance demo', () => {
  it('every demo record is valid for its register', async () => {
    const db = await demo();
    for (const id of REGISTER_IDS) {
      const records = await db.table(id).toArray();
      expect(records.length, id).toBeGreaterThan(0);
      for (const record of records) {
        for (const key of Object.keys(REGISTERS[id].shape)) {
          expect(
            validateFieldValue(REGISTERS[id], key, record[key]),
            `${id}.${record.id}.${key}`,
          ).toMatchObject({ ok: true });
        }
        const issues =
          REGISTERS[id].checks?.(record, { today: todayIso(NOW), isNew: false, changed: new Set() }) ?? [];
        expect(issues, record.id).toEqual([]);
      }
    }
  });

  it('the staffing firm: classified systems, DPIA, RACI, decision rights, the incident, policy and training', async () => {
    const db = await demo();
    const data = await loadGovernanceData(db, DEMO_CLIENT_IDS.staffing);
    const system = (name: string) => data.aiSystems.find((s) => s.name === name)!;
    expect(effectiveTier(system('CV summary assistant').classification)).toBe('high');
    const reasons = viewClassification(system('CV summary assistant').classification!, todayIso(NOW))
      .result.reasons.map((r) => r.text)
      .join(' ');
    expect(reasons).toContain('profiles natural persons');
    expect(effectiveTier(system('Client email assistant').classification)).toBe('limited');
    expect(effectiveTier(system('Job posting drafts').classification)).toBe('minimal');
    expect(system('CV summary assistant').dpiaStatus).toBe('completed');
    expect(data.raciEntries.some((r) => r.accountable.startsWith('Tom Jansen'))).toBe(true);
    expect(data.decisionRights.map((d) => d.rule)).toContainEqual(
      expect.stringContaining("No candidate is rejected without a recruiter's review"),
    );
    expect(data.escalationPaths.length).toBeGreaterThan(0);
    expect(data.incidents.map((i) => i.title)).toContain('CV summary dropped relevant experience');
    expect(data.policies.map((p) => p.policyType)).toContain('acceptableUse');
    expect(data.trainingRecords.length).toBeGreaterThan(3);
    expect(data.risks.length).toBeGreaterThanOrEqual(5);
  });

  it('flags the gaps of each client', async () => {
    const db = await demo();
    const gapsOf = async (clientId: string) =>
      governanceOverview(await loadGovernanceData(db, clientId), NOW).gaps.map(
        (g) => `${g.kind}:${g.subject}`,
      );
    expect(await gapsOf(DEMO_CLIENT_IDS.staffing)).toEqual(
      expect.arrayContaining([
        'noAccountable:DeepL Pro',
        'reviewOverdue:Client correspondence drafted with AI',
        'untrained:Eva de Boer (Marketing coordinator)',
        'untrained:Finance team',
      ]),
    );
    expect(await gapsOf(DEMO_CLIENT_IDS.accountancy)).toContain('unclassified:ChatGPT Team (trial)');
    expect(await gapsOf(DEMO_CLIENT_IDS.manufacturer)).toEqual(
      expect.arrayContaining([
        'dpiaMissing:Shift planning assistant',
        'reviewOverdue:AI policy',
        'untrained:Quality engineers (4 people)',
      ]),
    );
    const staffing = governanceOverview(await loadGovernanceData(db, DEMO_CLIENT_IDS.staffing), NOW);
    expect(staffing.coverage.percent).toBe(93);
    expect(staffing.runningClocks).toBe(1);
  });

  it('the cross-client due list names each client and holds only overdue and next-14-day items', async () => {
    const db = await demo();
    const due = await dueAcrossClients(db, NOW);
    expect(new Set(due.map((d) => d.client.name))).toEqual(
      new Set(['Brightside Staffing', 'Van Dijk & Partners Accountants', 'Nordhaven Precision Parts']),
    );
    expect(due.every((d) => d.status !== 'later')).toBe(true);
    expect(due.find((d) => d.kind === 'incidentDeadline')).toMatchObject({
      title: 'Report incident: CV of a candidate sent to the wrong client',
      status: 'dueSoon',
    });
    expect(
      due.find((d) => d.title === 'Train Eva de Boer before further use of AI for job postings')?.status,
    ).toBe('overdue');
    expect(due.some((d) => d.title === 'Sign the DPA with CVSense')).toBe(false);
    await removeDemoWorkspace(db);
    expect(await dueAcrossClients(db, NOW)).toEqual([]);
    for (const id of REGISTER_IDS) expect(await db.table(id).count(), id).toBe(0);
  });
});
