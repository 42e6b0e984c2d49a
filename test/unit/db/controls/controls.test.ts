import { beforeEach, describe, expect, it } from 'vitest';
import { createClientBundle } from '../../../../src/db/backup/dump';
import { analyseBackupText } from '../../../../src/db/backup/import';
import { importClient } from '../../../../src/db/backup/apply';
import { addEvidence, recordReview } from '../../../../src/db/controls/evidence';
import { libraryUsage, listLibraryControls } from '../../../../src/db/controls/library';
import { applyLibrary, decideRequirement, updateControl } from '../../../../src/db/controls/programme';
import { loadControlsData } from '../../../../src/db/controls/queries';
import { newClient } from '../../../../src/domain/clients/client';
import { sealBackup, type BackupFile } from '../../../../src/domain/backup';
import { coverageByFramework, STANDARD_CONTROLS } from '../../../../src/domain/controls';
import { MAX_EVIDENCE_BYTES } from '../../../../src/domain/shared/fileContent';
import type { CaioDatabase } from '../../../../src/db/core/schema';
import { freshDb } from '../testDb';

const TODAY = '2026-12-01';
const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF',
);
let database: CaioDatabase;

beforeEach(async () => {
  database = await freshDb();
  await database.clients.bulkAdd([
    newClient({ id: 'acme', name: 'Acme', now: '2026-11-01T00:00:00.000Z' }),
    newClient({ id: 'beta', name: 'Beta', now: '2026-11-01T00:00:00.000Z' }),
  ]);
});

async function firstControl() {
  const data = await loadControlsData(database, 'acme');
  return data.controls.find((c) => c.title.startsWith('Logs'))!;
}

describe('controls programme', () => {
  it('copies the library into a client in one action, once, and counts the clients using each control', async () => {
    expect(await applyLibrary(database, 'acme')).toBe(STANDARD_CONTROLS.length);
    expect(await applyLibrary(database, 'acme')).toBe(0);
    await applyLibrary(database, 'beta');
    expect((await listLibraryControls(database)).length).toBe(STANDARD_CONTROLS.length);
    const usage = await libraryUsage(database);
    expect([...usage.values()].every((n) => n === 2)).toBe(true);
    const data = await loadControlsData(database, 'acme');
    expect(data.programme?.frameworks).toEqual(['iso42001', 'euAiAct']);
    expect(data.controls.every((c) => c.clientId === 'acme' && c.status === 'notStarted')).toBe(true);
  });

  it('refuses an exclusion without a reason and a mandatory clause, and changes nothing', async () => {
    await expect(
      decideRequirement(database, 'acme', 'iso42001:A.6.1.2', {
        applicability: 'excluded',
        reasons: [],
        justification: 'no',
        decidedOn: TODAY,
      }),
    ).rejects.toThrow(/Say why this requirement is excluded/);
    await expect(
      decideRequirement(database, 'acme', 'iso42001:A.2.2', {
        applicability: 'applicable',
        reasons: [],
        justification: '',
        decidedOn: TODAY,
      }),
    ).rejects.toThrow(/Tick at least one reason/);
    await expect(
      decideRequirement(database, 'acme', 'iso42001:5.2', {
        applicability: 'excluded',
        reasons: [],
        justification: 'We have no policy at all',
        decidedOn: TODAY,
      }),
    ).rejects.toThrow(/always applies/);
    expect(await database.requirementDecisions.count()).toBe(0);
    await decideRequirement(database, 'acme', 'iso42001:A.6.1.2', {
      applicability: 'excluded',
      reasons: [],
      justification: 'We build no AI systems ourselves',
      decidedOn: TODAY,
    });
    await decideRequirement(database, 'acme', 'iso42001:A.6.1.2', {
      applicability: 'applicable',
      reasons: ['contractual'],
      justification: '',
      decidedOn: TODAY,
    });
    const decisions = await database.requirementDecisions.toArray();
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ applicability: 'applicable', reasons: ['contractual'] });
  });

  it('keeps evidence files checked by content and size, each refusal with its own message', async () => {
    await applyLibrary(database, 'acme');
    const control = await firstControl();
    const base = {
      title: 'Log retention setting',
      date: TODAY,
      validUntil: '2027-06-01',
      providedBy: 'IT lead',
    };
    await expect(
      addEvidence(database, control.id, {
        ...base,
        kind: 'file',
        fileName: 'x.pdf',
        bytes: new Uint8Array(MAX_EVIDENCE_BYTES + 1).fill(65),
      }),
    ).rejects.toThrow(/limit is 5 MB/);
    await expect(
      addEvidence(database, control.id, {
        ...base,
        kind: 'file',
        fileName: 'x.pdf',
        bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]),
      }),
    ).rejects.toThrow(/not accepted as evidence/);
    await expect(
      addEvidence(database, control.id, { ...base, kind: 'link', url: 'javascript:alert(1)' }),
    ).rejects.toThrow(/https:\/\//);
    await expect(
      addEvidence(database, control.id, {
        ...base,
        kind: 'link',
        url: 'https://x.example',
        validUntil: '2026-01-01',
      }),
    ).rejects.toThrow(/on or after the evidence date/);
    expect(await database.evidence.count()).toBe(0);
    const item = await addEvidence(database, control.id, {
      ...base,
      kind: 'file',
      fileName: 'retention.txt',
      bytes: PDF,
    });
    expect(item.file).toMatchObject({
      mimeType: 'application/pdf',
      size: PDF.byteLength,
      name: 'retention.txt',
    });
    await updateControl(database, control.id, { status: 'implemented' });
    const data = await loadControlsData(database, 'acme');
    const iso = coverageByFramework(data, ['iso42001'], TODAY)[0];
    expect(iso.implemented).toBe(1);
    expect(iso.evidenced).toBe(1);
  });

  it("moves a control's next review on by its interval when a review is recorded", async () => {
    await applyLibrary(database, 'acme');
    const control = await firstControl();
    await recordReview(database, 'acme', 'controls', control.id, {
      date: '2026-11-15',
      reviewer: 'IT lead',
      outcome: 'effective',
      note: '',
    });
    expect((await database.controls.get(control.id))?.nextReviewDate).toBe('2027-11-15');
    await expect(
      recordReview(database, 'beta', 'controls', control.id, {
        date: '2026-11-15',
        reviewer: 'X',
        outcome: 'effective',
        note: '',
      }),
    ).rejects.toThrow(/no longer exists/);
  });

  it('carries controls and evidence files in a client file, and refuses a file whose evidence is not what it says', async () => {
    await applyLibrary(database, 'acme');
    await applyLibrary(database, 'beta');
    const control = await firstControl();
    await addEvidence(database, control.id, {
      title: 'Log setting',
      date: TODAY,
      validUntil: null,
      providedBy: '',
      kind: 'file',
      fileName: 'log.pdf',
      bytes: PDF,
    });
    const bundle = await createClientBundle(database, 'acme', '1.0.0');
    expect(bundle.file.tables.evidence).toHaveLength(1);
    expect(bundle.file.tables.controls.every((c) => (c as { clientId: string }).clientId === 'acme')).toBe(
      true,
    );
    expect(bundle.file.tables.libraryControls.length).toBe(STANDARD_CONTROLS.length);

    const target = await freshDb();
    const analysis = await analyseBackupText(target, bundle.text);
    expect(analysis.ok).toBe(true);
    if (!analysis.ok) return;
    await importClient(target, analysis.value, 'new');
    const [stored] = await target.evidence.toArray();
    expect(stored.file?.data).toEqual(PDF);

    const exe = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]).toString('base64');
    const big = Buffer.alloc(MAX_EVIDENCE_BYTES + 10, 65).toString('base64');
    for (const [data, message] of [
      [exe, /not accepted as evidence/],
      [big, /limit is 5 MB/],
    ] as const) {
      const copy = structuredClone(bundle.file) as unknown as BackupFile & {
        tables: Record<string, Record<string, unknown>[]>;
      };
      const file = copy.tables.evidence[0].file as Record<string, unknown>;
      file.data = { '$caio:bytes': data };
      const { checksum: _c, ...content } = copy;
      const text = JSON.stringify(await sealBackup(content));
      const refused = await analyseBackupText(await freshDb(), text);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.problems.map((p) => p.message).join(' ')).toMatch(message);
    }
  }, 30_000);
});

describe('the demo programme', () => {
  it('is valid, partly implemented, with one piece of evidence expired, and feeds the home due list', async () => {
    const { loadDemoWorkspace, demoContext } = await import('../../../../src/demo/workspace');
    const { dueAcrossClients } = await import('../../../../src/db/governance/queries');
    const { CONTROLS_RECORD_SCHEMAS } = await import('../../../../src/domain/controls/validation');
    const { DEMO_CLIENT_IDS } = await import('../../../../src/demo/clients');
    const { readinessReportData, evidenceExpired } = await import('../../../../src/domain/controls');
    const now = new Date('2026-12-01T10:00:00');
    await loadDemoWorkspace(database, demoContext(now));
    for (const [table, schema] of Object.entries(CONTROLS_RECORD_SCHEMAS)) {
      for (const record of await database.table(table).toArray())
        expect(schema.safeParse(record).success, `${table} ${record.id}`).toBe(true);
    }
    const data = await loadControlsData(database, DEMO_CLIENT_IDS.staffing);
    expect(data.evidence.filter((e) => evidenceExpired(e, '2026-12-01'))).toHaveLength(1);
    const report = readinessReportData(data, data.programme!.frameworks, '2026-12-01')!;
    const iso = report.frameworks.find((f) => f.framework === 'iso42001')!;
    expect(iso.undecided).toBe(0);
    // One EU AI Act requirement is left open on purpose (Art. 50(3)); the deployer checks of provider duties are decided.
    expect(report.frameworks.find((f) => f.framework === 'euAiAct')!.undecided).toBe(1);
    const undecided = report.topGaps.find((g) => g.kind === 'Applicability not decided');
    if (undecided)
      expect(`${undecided.heading}: ${undecided.text}`).toBe(
        'Applicability not decided (EU AI Act): 1 requirement not decided: Art. 50(3).',
      );
    expect(iso.implemented).toBeGreaterThan(0);
    expect(iso.evidenced).toBeLessThan(iso.implemented);
    expect(iso.readiness).toBeGreaterThan(0);
    expect(iso.readiness).toBeLessThan(60);
    expect(report.topGaps[0]).toMatchObject({
      kind: 'Evidence expired',
      heading: 'Evidence expired',
      text: 'AI risk assessment per system, repeated on change',
      message: '“Risk assessment CV summaries (pilot start)” expired on 19 Nov 2026; add current evidence.',
    });
    expect(report.expiringEvidence.some((e) => e.expired)).toBe(true);
    const due = await dueAcrossClients(database, now);
    const titles = due
      .filter((d) => d.client.id === DEMO_CLIENT_IDS.staffing)
      .map((d) => `${d.kind}: ${d.title} (${d.status})`);
    expect(titles).toContain(
      'controlReview: Review control: AI suppliers checked and bound by contract (overdue)',
    );
    expect(titles).toContain(
      'evidenceExpiry: Evidence expired: Risk assessment CV summaries (pilot start) (overdue)',
    );
  }, 30_000);
});

describe('policy versions and register reviews', () => {
  it('keeps versions with a diff, acknowledgements from the literacy register, and moves a policy review on', async () => {
    const { createRegisterRecord } = await import('../../../../src/db/governance/registers');
    const { updateRecord } = await import('../../../../src/db/core/records');
    const { savePolicyVersion, acknowledgeVersion, listPolicyVersions, moveRegisterReview } =
      await import('../../../../src/db/controls/policyVersions');
    const { diffPolicyText } = await import('../../../../src/domain/controls');
    const policy = await createRegisterRecord(
      database,
      'policies',
      'acme',
      { title: 'AI policy', policyType: 'aiPolicy', owner: 'Ann', reviewDate: null },
      TODAY,
    );
    const person = await createRegisterRecord(
      database,
      'trainingRecords',
      'acme',
      { person: 'Recruiters', headcount: 5, role: '', training: '', trainingDate: null },
      TODAY,
    );
    const stranger = await createRegisterRecord(
      database,
      'trainingRecords',
      'beta',
      { person: 'Other firm', headcount: 1, role: '', training: '', trainingDate: null },
      TODAY,
    );
    await updateRecord(database, 'policies', policy.id, { text: 'Use approved tools.' }, { today: TODAY });
    await savePolicyVersion(database, policy.id, { version: '1.0', date: TODAY, changeNote: 'First' });
    await expect(
      savePolicyVersion(database, policy.id, { version: '1.0', date: TODAY, changeNote: 'Again' }),
    ).rejects.toThrow(/already kept/);
    await updateRecord(
      database,
      'policies',
      policy.id,
      { text: 'Use approved tools.\nCheck every output.' },
      { today: TODAY },
    );
    const v2 = await savePolicyVersion(database, policy.id, {
      version: '1.1',
      date: TODAY,
      changeNote: 'Checks',
    });
    expect((await database.policies.get(policy.id))?.version).toBe('1.1');
    const [first, second] = await listPolicyVersions(database, policy.id);
    expect(diffPolicyText(first.text, second.text)).toEqual([
      { kind: 'same', text: 'Use approved tools.\n' },
      { kind: 'added', text: 'Check every output.\n' },
    ]);
    await acknowledgeVersion(database, v2.id, person.id, TODAY);
    await acknowledgeVersion(database, v2.id, person.id, TODAY);
    await expect(acknowledgeVersion(database, v2.id, stranger.id, TODAY)).rejects.toThrow(
      /this client's AI-literacy register/,
    );
    expect((await database.policyVersions.get(v2.id))?.acknowledgements).toEqual([
      { trainingRecordId: person.id, person: 'Recruiters', date: TODAY },
    ]);
    await recordReview(database, 'acme', 'policies', policy.id, {
      date: TODAY,
      reviewer: 'Ann',
      outcome: 'needsImprovement',
      note: 'Add vendor rules',
    });
    await moveRegisterReview(database, 'policies', policy.id, TODAY, 6);
    expect((await database.policies.get(policy.id))?.reviewDate).toBe('2027-06-01');
  }, 30_000);
});
