import { describe, expect, it } from 'vitest';
import {
  compareVendors,
  DEFAULT_GATE_IDS,
  gapToLeader,
  leaders,
  setGateResult,
  setScore,
  UNKNOWN_VENDOR_NAME,
  updateCriteria,
} from '../../../../src/domain/vendors';
import { draftEvaluation, PROFILES, scoredEvaluation, T2, unwrap } from './fixtures';

describe('compareVendors - staffing firm, CV summarisation', () => {
  const comparison = compareVendors(scoredEvaluation(), PROFILES);
  const byName = (name: string) => comparison.rows.find((r) => r.vendorName === name)!;

  it('ranks the knocked-out vendor last although it has the highest raw score', () => {
    expect(comparison.rows.map((r) => [r.vendorName, r.rank, r.score.average])).toEqual([
      ['CVSense', 1, 3.85],
      ['Summa HR', 2, 3.6],
      ['TalentLens AI', 3, 3.95],
    ]);
    expect(leaders(comparison).map((r) => r.vendorName)).toEqual(['CVSense']);
  });

  it('says which gate ruled the vendor out and why', () => {
    const talentLens = byName('TalentLens AI');
    expect(talentLens.knockedOut).toBe(true);
    expect(talentLens.knockOuts).toEqual([
      {
        gateId: DEFAULT_GATE_IDS.training,
        gateName: 'Trains on customer data without opt-out',
        reason: 'Terms s.7: CVs are used to improve models; no opt-out offered.',
      },
    ]);
  });

  it('shows CVSense winning on security and data handling', () => {
    const security = (name: string) =>
      byName(name).score.criteria.find((c) => c.criterionId === 'security')!.score;
    expect(security('CVSense')).toBe(5);
    expect(security('TalentLens AI')).toBe(2);
  });

  it('reports gates, open due diligence and unverified counts per vendor', () => {
    const talentLens = byName('TalentLens AI');
    expect(talentLens.unverifiedCount).toBe(1);
    expect(talentLens.openDdCount).toBe(20);
    expect(talentLens.gateResults[DEFAULT_GATE_IDS.training]).toBe('fail');
    expect(byName('CVSense').unknownGateCount).toBe(4);
    expect(byName('CVSense').unverifiedCount).toBe(0);
    expect(comparison.weights).toEqual({ ok: true, total: 100 });
  });

  it('gives the gap to the leader in points', () => {
    const gaps = gapToLeader(comparison);
    expect(gaps['v-cvsense']).toBe(0);
    expect(gaps['v-summa']).toBe(0.25);
    expect(gaps['v-talentlens']).toBe(-0.1);
  });
});

describe('ranking edge cases', () => {
  it('shares a rank on equal averages and skips the next rank', () => {
    let e = draftEvaluation();
    e = unwrap(setScore(e, 'v-talentlens', 'quality', { score: 4, evidence: 'x' }, T2));
    e = unwrap(setScore(e, 'v-cvsense', 'quality', { score: 4, evidence: 'x' }, T2));
    e = unwrap(setScore(e, 'v-summa', 'quality', { score: 3, evidence: 'x' }, T2));
    const ranks = compareVendors(e, PROFILES).rows.map((r) => [r.vendorName, r.rank]);
    expect(ranks).toEqual([
      ['CVSense', 1],
      ['TalentLens AI', 1],
      ['Summa HR', 3],
    ]);
  });

  it('ranks unscored vendors after scored ones, and knocked-out ones after both', () => {
    let e = draftEvaluation();
    e = unwrap(setScore(e, 'v-summa', 'quality', { score: 1, evidence: 'poor' }, T2));
    e = unwrap(setScore(e, 'v-talentlens', 'quality', { score: 5, evidence: 'great' }, T2));
    e = unwrap(setGateResult(e, 'v-talentlens', DEFAULT_GATE_IDS.dpa, { result: 'fail', note: '' }, T2));
    const rows = compareVendors(e, PROFILES).rows;
    expect(rows.map((r) => [r.vendorName, r.rank])).toEqual([
      ['Summa HR', 1],
      ['CVSense', 2],
      ['TalentLens AI', 3],
    ]);
    expect(leaders(compareVendors(e, PROFILES)).map((r) => r.vendorName)).toEqual(['Summa HR']);
  });

  it('reports invalid weights in the comparison', () => {
    const e = scoredEvaluation();
    const criteria = e.criteria.map((c) => (c.id === 'compliance' ? { ...c, weight: 4.5 } : c));
    const comparison = compareVendors(unwrap(updateCriteria(e, criteria, T2)), PROFILES);
    expect(comparison.weights.ok).toBe(false);
    expect(comparison.weights.total).toBe(99.5);
  });

  it('names vendors missing from the library clearly', () => {
    expect(compareVendors(draftEvaluation(), []).rows[0].vendorName).toBe(UNKNOWN_VENDOR_NAME);
  });
});
