import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { DEMO_CLIENT_IDS } from '../../../../src/demo/clients';
import { demoContext, loadDemoWorkspace, removeDemoWorkspace } from '../../../../src/demo/workspace';
import { createEvaluationRecord, evaluationsForClient } from '../../../../src/db/vendors/evaluations';
import { listVendorProfiles, usageOfVendor } from '../../../../src/db/vendors/library';
import {
  compareVendors,
  EvaluationSchema,
  evaluationSummaryForReport,
  VendorProfileSchema,
  withClientDpa,
} from '../../../../src/domain/vendors';
import { DEMO_VENDOR_IDS } from '../../../../src/demo/vendorProfiles';
import { freshDb } from '../testDb';

describe('vendor demo data', () => {
  it('tells the story: a knock-out on training, a winner on data handling, a vendor shared by two clients', async () => {
    const db = await freshDb();
    await loadDemoWorkspace(db, demoContext(new Date('2026-11-26T10:00:00Z')));
    const profiles = await listVendorProfiles(db);
    for (const p of profiles) expect(VendorProfileSchema.safeParse(p).success).toBe(true);
    const staffing = await evaluationsForClient(db, DEMO_CLIENT_IDS.staffing);
    for (const e of staffing) expect(EvaluationSchema.safeParse(e).success).toBe(true);
    expect(staffing.map((e) => [e.title, e.status, e.vendors.length]).sort()).toEqual([
      ['CV summarisation tool', 'decided', 3],
      ['Client email answering', 'in-review', 2],
      ['Job posting drafting assistant', 'decided', 1],
    ]);
    const cv = staffing.find((e) => e.useCaseId === 'demo-uc-cvsummaries')!;
    const rows = compareVendors(cv, profiles).rows;
    expect(rows.map((r) => [r.vendorName, r.rank, r.knockedOut])).toEqual([
      ['CVSense', 1, false],
      ['Summa HR', 2, false],
      ['TalentLens AI', 3, true],
    ]);
    // TalentLens has the highest raw score but is ruled out.
    expect(rows[2].score.average).toBeGreaterThan(rows[0].score.average!);
    expect(rows[2].knockOuts[0].gateName).toBe('Trains on customer data without opt-out');
    expect(rows[0].decision?.outcome).toBe('selected');
    expect(
      (await usageOfVendor(db, DEMO_VENDOR_IDS.quillbridge)).map((u) => [
        u.clientName,
        u.evaluationTitle,
        u.decision,
      ]),
    ).toEqual([
      ['Brightside Staffing', 'Client email answering', null],
      ['Brightside Staffing', 'Job posting drafting assistant', 'selected'],
      ['Nordhaven Precision Parts', 'Maintenance knowledge assistant', 'selected'],
    ]);
    // "DPA signed" is Brightside's contract fact (moved out of the library when the demo loaded).
    const contracts = await db.vendorContracts.where('clientId').equals(DEMO_CLIENT_IDS.staffing).toArray();
    expect(profiles.some((p) => p.dpa === 'signed')).toBe(false);
    const summary = evaluationSummaryForReport(staffing, withClientDpa(profiles, contracts), {
      clientId: DEMO_CLIENT_IDS.staffing,
    });
    expect(summary.vendorsInUse.map((v) => [v.vendorName, v.useCaseName])).toEqual([
      ['CVSense', 'Summarising CVs'],
      ['Quillbridge', 'Writing job postings'],
    ]);
    expect(summary.underEvaluation.map((v) => v.title)).toEqual(['Client email answering']);
    expect(summary.dpa.notSigned.map((v) => v.vendorName)).toEqual(['Quillbridge']);
    expect(summary.concentration.map((c) => [c.provider, c.useCaseCount])).toEqual([
      ['Aurora Models', 1],
      ['OpenModel Inc.', 1],
    ]);
  });

  it('removing the demo removes its library entries, except those the user’s own clients use', async () => {
    const db = await freshDb();
    await loadDemoWorkspace(db);
    const own = await createClient(db, { name: 'My Client' });
    await createEvaluationRecord(db, {
      clientId: own.id,
      title: 'Mine',
      vendorIds: [DEMO_VENDOR_IDS.replywise],
    });
    await removeDemoWorkspace(db);
    expect((await listVendorProfiles(db)).map((p) => p.id)).toEqual([DEMO_VENDOR_IDS.replywise]);
    expect(await db.criteriaTemplates.count()).toBe(0);
    expect(await db.evaluations.count()).toBe(1);
  });
});
