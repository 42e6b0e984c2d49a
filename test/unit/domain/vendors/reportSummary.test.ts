import { describe, expect, it } from 'vitest';
import {
  changeStatus,
  createEvaluation,
  decideVendor,
  evaluationSummaryForReport,
  linkEvaluation,
  type Evaluation,
} from '../../../../src/domain/vendors';
import { CVSENSE, profile, PROFILES, scoredEvaluation, SUMMA, T0, T2, TALENTLENS, unwrap } from './fixtures';

const QUILL = profile({
  id: 'v-quill',
  name: 'Quillbridge',
  category: 'llm-platform',
  dpa: 'available',
  subProcessors: [
    { name: 'OpenModel Inc.', purpose: 'LLM inference', location: 'US', isModelProvider: true },
  ],
});
const VENDORS = [...PROFILES, QUILL];

function decide(
  e: Evaluation,
  choices: Array<[string, 'selected' | 'shortlisted' | 'rejected', string]>,
  markDecided = true,
): Evaluation {
  for (const [vendorId, outcome, date] of choices) {
    e = unwrap(
      decideVendor(
        e,
        { vendorId, outcome, rationale: `${outcome} for a reason`, date, confirmGaps: true },
        T2,
        VENDORS,
      ),
    );
  }
  return markDecided ? unwrap(changeStatus(e, 'decided', T2, VENDORS, { confirmGaps: true })) : e;
}

function cvEvaluation(): Evaluation {
  return decide(scoredEvaluation(), [
    ['v-cvsense', 'selected', '2025-03-17'],
    ['v-summa', 'shortlisted', '2025-03-17'],
    ['v-talentlens', 'rejected', '2025-03-14'],
  ]);
}

function draft(
  id: string,
  title: string,
  vendorIds: string[],
  useCase: { useCaseId?: string; useCaseName?: string } = {},
): Evaluation {
  return unwrap(
    createEvaluation({ clientId: 'client-brightside', title, vendorIds, ...useCase }, T0, () => id),
  );
}

describe('evaluationSummaryForReport', () => {
  it('lists vendors in use, decisions, DPA status and evaluations still running', () => {
    const email = draft('eval-email', 'Email answering', ['v-quill', 'v-talentlens'], {
      useCaseName: 'Client emails',
    });
    const summary = evaluationSummaryForReport([cvEvaluation(), email], VENDORS);
    expect(summary.counts).toEqual({ evaluations: 2, decided: 1, inProgress: 1, vendorsInUse: 1 });
    expect(summary.vendorsInUse).toEqual([
      expect.objectContaining({
        vendorName: 'CVSense',
        useCaseId: 'uc-cv-summaries',
        useCaseName: 'CV summarisation tool',
        dpa: 'signed',
        modelProviders: ['EuroLLM Cloud'],
        decisionDate: '2025-03-17',
      }),
    ]);
    expect(summary.underEvaluation).toEqual([
      expect.objectContaining({
        title: 'Email answering',
        useCaseName: 'Client emails',
        status: 'draft',
        vendorNames: ['Quillbridge', 'TalentLens AI'],
        leaderNames: [],
        knockedOutCount: 0,
      }),
    ]);
    expect(summary.decisions.map((d) => [d.vendorName, d.outcome, d.date])).toEqual([
      ['CVSense', 'selected', '2025-03-17'],
      ['Summa HR', 'shortlisted', '2025-03-17'],
      ['TalentLens AI', 'rejected', '2025-03-14'],
    ]);
    expect(summary.dpa.counts).toMatchObject({ signed: 1, available: 0, unknown: 0, 'not-available': 0 });
    expect(summary.dpa.notSigned).toEqual([]);
  });

  it('shows the leader and knock-outs of a running evaluation', () => {
    const running = scoredEvaluation();
    const [row] = evaluationSummaryForReport([running], VENDORS).underEvaluation;
    expect(row.leaderNames).toEqual(['CVSense']);
    expect(row.knockedOutCount).toBe(1);
    expect(row.openDdCount).toBe(60);
  });

  it('counts use cases that depend on one model provider, and flags DPAs not signed', () => {
    const jobAds = decide(
      draft('eval-jobs', 'Job ads', ['v-quill'], { useCaseId: 'uc-jobads', useCaseName: 'Job postings' }),
      [['v-quill', 'selected', '2025-04-01']],
    );
    const emails = decide(
      draft('eval-mail', 'Emails', ['v-quill', 'v-summa'], { useCaseName: 'Client emails' }),
      [
        ['v-quill', 'selected', '2025-05-01'],
        ['v-summa', 'rejected', '2025-05-01'],
      ],
    );
    // A second evaluation of the same use case does not count the use case twice.
    const jobAdsAgain = decide(
      draft('eval-jobs-2', 'Job ads, renewal', ['v-quill'], { useCaseId: 'uc-jobads' }),
      [['v-quill', 'selected', '2025-06-01']],
    );
    const summary = evaluationSummaryForReport([jobAds, emails, jobAdsAgain, cvEvaluation()], VENDORS);
    expect(summary.concentration[0]).toEqual({
      provider: 'OpenModel Inc.',
      useCaseCount: 2,
      useCaseNames: ['Client emails', 'Job postings'],
      vendorNames: ['Quillbridge'],
      concentrated: true,
    });
    expect(summary.concentration[1]).toMatchObject({
      provider: 'EuroLLM Cloud',
      useCaseCount: 1,
      concentrated: false,
    });
    expect(summary.counts.vendorsInUse).toBe(2);
    expect(summary.dpa.counts).toMatchObject({ signed: 1, available: 1 });
    expect(summary.dpa.notSigned).toEqual([
      { vendorId: 'v-quill', vendorName: 'Quillbridge', dpa: 'available' },
    ]);
  });

  it('reports vendors in use without an identified model provider', () => {
    const e = decide(draft('eval-summa', 'Summaries', ['v-summa']), [['v-summa', 'selected', '2025-04-01']]);
    const summary = evaluationSummaryForReport([e], [SUMMA]);
    expect(summary.concentration).toEqual([]);
    expect(summary.providerUnknown).toEqual(['Summa HR']);
  });

  it('ignores selections in evaluations that are not decided yet', () => {
    const provisional = decide(scoredEvaluation(), [['v-cvsense', 'selected', '2025-03-17']], false);
    const summary = evaluationSummaryForReport([provisional], VENDORS);
    expect(summary.vendorsInUse).toEqual([]);
    expect(summary.decisions).toHaveLength(1);
  });

  it('filters decisions to the report period and evaluations to the client', () => {
    const other = { ...draft('eval-other', 'Other client', ['v-cvsense']), clientId: 'client-ledger' };
    const summary = evaluationSummaryForReport([cvEvaluation(), other], VENDORS, {
      clientId: 'client-brightside',
      from: '2025-03-15',
      to: '2025-03-31',
    });
    expect(summary.counts.evaluations).toBe(1);
    expect(summary.decisions.map((d) => d.vendorName)).toEqual(['CVSense', 'Summa HR']);
  });

  it('treats a vendor missing from the library as unknown', () => {
    const e = cvEvaluation();
    const summary = evaluationSummaryForReport([e], [TALENTLENS, SUMMA]);
    expect(summary.vendorsInUse[0]).toMatchObject({
      vendorName: '(vendor not in library)',
      dpa: 'unknown',
      modelProviders: [],
    });
    expect(CVSENSE.id).toBe(summary.vendorsInUse[0].vendorId);
  });

  it('uses the linked use case in words', () => {
    const e = unwrap(linkEvaluation(cvEvaluation(), { useCaseName: 'Summarising CVs' }, T2));
    expect(evaluationSummaryForReport([e], VENDORS).vendorsInUse[0].useCaseName).toBe('Summarising CVs');
  });
});
