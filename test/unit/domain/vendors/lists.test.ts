import { describe, expect, it } from 'vitest';
import {
  changeStatus,
  decideVendor,
  EVALUATION_LIST_CSV_HEADER,
  evaluationListCsvRows,
  evaluationOverview,
  VENDOR_LIBRARY_CSV_HEADER,
  vendorChoiceForUseCase,
  vendorLibraryCsvRows,
  type Evaluation,
} from '../../../../src/domain/vendors';
import {
  CVSENSE,
  draftEvaluation,
  PROFILES,
  scoredEvaluation,
  SUMMA,
  T2,
  TALENTLENS,
  unwrap,
} from './fixtures';

function withDecisions(markDecided: boolean): Evaluation {
  let e = scoredEvaluation();
  e = unwrap(
    decideVendor(
      e,
      {
        vendorId: 'v-cvsense',
        outcome: 'selected',
        rationale: 'EU data, no training.',
        date: '2025-03-17',
        confirmGaps: true,
      },
      T2,
      PROFILES,
    ),
  );
  e = unwrap(
    decideVendor(
      e,
      {
        vendorId: 'v-summa',
        outcome: 'shortlisted',
        rationale: 'Fallback.',
        date: '2025-03-18',
        confirmGaps: true,
      },
      T2,
      PROFILES,
    ),
  );
  e = unwrap(
    decideVendor(
      e,
      {
        vendorId: 'v-talentlens',
        outcome: 'rejected',
        rationale: 'Knock-out.',
        date: '2025-03-16',
        confirmGaps: true,
      },
      T2,
      PROFILES,
    ),
  );
  return markDecided ? unwrap(changeStatus(e, 'decided', T2, PROFILES, { confirmGaps: true })) : e;
}

describe('evaluationOverview', () => {
  it('summarises a scored evaluation in one line', () => {
    const row = evaluationOverview(withDecisions(true), PROFILES);
    expect(row).toMatchObject({
      title: 'CV summarisation tool',
      status: 'decided',
      vendorNames: ['CVSense', 'Summa HR', 'TalentLens AI'],
      leaderNames: ['CVSense'],
      selectedNames: ['CVSense'],
      knockedOutNames: ['TalentLens AI'],
      scoredPercent: 100,
      lastDecisionDate: '2025-03-18',
      weightsOk: true,
    });
  });

  it('shows progress of a fresh draft', () => {
    expect(evaluationOverview(draftEvaluation(), PROFILES)).toMatchObject({
      scoredPercent: 0,
      leaderNames: [],
      selectedNames: [],
      lastDecisionDate: null,
      openDdCount: 60,
    });
  });

  it('writes the list as CSV rows', () => {
    const rows = evaluationListCsvRows([evaluationOverview(withDecisions(true), PROFILES)]);
    expect(rows[0]).toEqual([...EVALUATION_LIST_CSV_HEADER]);
    expect(rows[1].slice(0, 9)).toEqual([
      'CV summarisation tool',
      '',
      'Decided',
      'CVSense; Summa HR; TalentLens AI',
      'CVSense',
      'CVSense',
      'TalentLens AI',
      '100',
      '60',
    ]);
  });
});

describe('vendorLibraryCsvRows', () => {
  it('has one row of facts per vendor, sorted by name, and no client data', () => {
    const rows = vendorLibraryCsvRows([TALENTLENS, CVSENSE, SUMMA]);
    expect(rows[0]).toEqual([...VENDOR_LIBRARY_CSV_HEADER]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['CVSense', 'Summa HR', 'TalentLens AI']);
    const cv = rows[1];
    expect(cv[VENDOR_LIBRARY_CSV_HEADER.indexOf('Model provider')]).toBe('EuroLLM Cloud');
    expect(cv[VENDOR_LIBRARY_CSV_HEADER.indexOf('Certifications')]).toBe('ISO/IEC 27001; ISO/IEC 42001');
    expect(cv[VENDOR_LIBRARY_CSV_HEADER.indexOf('DPA')]).toBe('Signed');
    expect(rows[3][VENDOR_LIBRARY_CSV_HEADER.indexOf('Trains on customer data')]).toBe('Yes');
  });
});

describe('vendorChoiceForUseCase', () => {
  it('names the selected vendor and why, final choices first', () => {
    const final = withDecisions(true);
    const provisional = { ...withDecisions(false), id: 'eval-2', title: 'Second look' };
    const choice = vendorChoiceForUseCase([provisional, final], 'uc-cv-summaries', PROFILES);
    expect(choice.chosen).toEqual([
      {
        evaluationId: 'eval-cv',
        evaluationTitle: 'CV summarisation tool',
        vendorId: 'v-cvsense',
        vendorName: 'CVSense',
        rationale: 'EU data, no training.',
        date: '2025-03-17',
        final: true,
      },
      expect.objectContaining({ evaluationId: 'eval-2', final: false }),
    ]);
    expect(choice.evaluations.map((e) => e.title)).toEqual(['CV summarisation tool', 'Second look']);
  });

  it('is empty for a use case without evaluations', () => {
    expect(vendorChoiceForUseCase([withDecisions(true)], 'uc-other', PROFILES)).toEqual({
      chosen: [],
      evaluations: [],
    });
  });
});
