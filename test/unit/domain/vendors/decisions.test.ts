import { describe, expect, it } from 'vitest';
import {
  changeStatus,
  checkEditable,
  CONFIRM_GAPS_MESSAGE,
  evaluationGaps,
  gapLines,
  gapSummary,
  setDdAnswer,
  setGateResult,
  vendorGaps,
  clearVendorDecision,
  decideVendor,
  isReadOnly,
  RATIONALE_MESSAGE,
  READ_ONLY_MESSAGE,
  reopenEvaluation,
  REOPEN_REASON_MESSAGE,
  setScore,
  updateCriteria,
  type Evaluation,
} from '../../../../src/domain/vendors';
import { PROFILES, scoredEvaluation, T1, T2, unwrap } from './fixtures';

const decide = (
  e: Evaluation,
  vendorId: string,
  outcome: 'selected' | 'shortlisted' | 'rejected',
  rationale = 'Best fit on the trial.',
) => decideVendor(e, { vendorId, outcome, rationale, date: '2025-03-17', confirmGaps: true }, T2, PROFILES);

/** All three vendors decided and the evaluation marked decided. */
function decidedEvaluation(): Evaluation {
  let e = scoredEvaluation();
  e = unwrap(
    decide(e, 'v-cvsense', 'selected', 'Highest score among eligible vendors; EU data, no training.'),
  );
  e = unwrap(decide(e, 'v-summa', 'shortlisted', 'Fallback if CVSense pricing changes.'));
  e = unwrap(decide(e, 'v-talentlens', 'rejected', 'Trains on CVs without opt-out.'));
  return unwrap(changeStatus(e, 'decided', T2, PROFILES, { confirmGaps: true }));
}

describe('decideVendor', () => {
  it('records a decision with rationale and date, and a history entry', () => {
    const result = decide(scoredEvaluation(), 'v-cvsense', 'selected');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const cvSense = result.evaluation.vendors.find((v) => v.vendorId === 'v-cvsense')!;
    expect(cvSense.decision).toMatchObject({
      outcome: 'selected',
      rationale: 'Best fit on the trial.',
      date: '2025-03-17',
    });
    expect(result.evaluation.history.at(-1)).toEqual({
      at: T2,
      action: 'decision-recorded',
      vendorId: 'v-cvsense',
      outcome: 'selected',
      reason: 'Best fit on the trial.',
    });
    expect(result.evaluation.updatedAt).toBe(T2);
  });

  it('refuses a decision without rationale with a clear message', () => {
    const result = decide(scoredEvaluation(), 'v-cvsense', 'selected', '   ');
    expect(result).toEqual({ ok: false, reasons: [RATIONALE_MESSAGE] });
  });

  it('refuses an invalid date', () => {
    const result = decideVendor(
      scoredEvaluation(),
      { vendorId: 'v-cvsense', outcome: 'rejected', rationale: 'x', date: '17-03-2025', confirmGaps: true },
      T2,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reasons).toEqual(['Date must be a valid date (YYYY-MM-DD)']);
  });

  it('refuses to select or shortlist a knocked-out vendor, naming the gate', () => {
    const result = decide(scoredEvaluation(), 'v-talentlens', 'shortlisted');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reasons[0]).toBe(
        'TalentLens AI cannot be shortlisted: Ruled out by knock-out gate "Trains on customer data without opt-out": Terms s.7: CVs are used to improve models; no opt-out offered. It can only be rejected.',
      );
    }
    expect(decide(scoredEvaluation(), 'v-talentlens', 'rejected').ok).toBe(true);
  });

  it('refuses a decision while weights do not total 100', () => {
    const e = scoredEvaluation();
    const broken = unwrap(
      updateCriteria(
        e,
        e.criteria.map((c) => (c.id === 'tco' ? { ...c, weight: 14.5 } : c)),
        T1,
      ),
    );
    const result = decide(broken, 'v-cvsense', 'selected');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reasons).toEqual([
        'Fix the criteria before deciding. Criteria weights must total 100. They now total 99.5.',
      ]);
  });

  it('warns about what is still open when selecting', () => {
    const result = decide(scoredEvaluation(), 'v-summa', 'selected');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.warnings).toEqual([
        '4 knock-out gates not confirmed for Summa HR.',
        '20 due-diligence questions still open for Summa HR.',
      ]);
    }
  });

  it('refuses an unknown vendor', () => {
    expect(decide(scoredEvaluation(), 'v-nobody', 'rejected')).toEqual({
      ok: false,
      reasons: ['This vendor is not part of the evaluation.'],
    });
  });

  it('clears a decision and records it', () => {
    const e = unwrap(decide(scoredEvaluation(), 'v-summa', 'rejected'));
    const cleared = unwrap(clearVendorDecision(e, 'v-summa', T2));
    expect(cleared.vendors.find((v) => v.vendorId === 'v-summa')!.decision).toBeUndefined();
    expect(cleared.history.at(-1)).toMatchObject({
      action: 'decision-cleared',
      vendorId: 'v-summa',
      outcome: 'rejected',
    });
  });
});

describe('deciding with gaps in view', () => {
  /** CVSense with every gate confirmed and every question answered, one of them unsatisfactorily. */
  function completeForCvSense(): Evaluation {
    let e = scoredEvaluation();
    for (const gate of e.gates)
      e = unwrap(setGateResult(e, 'v-cvsense', gate.id, { result: 'pass', note: '' }, T1));
    for (const q of e.ddQuestions)
      e = unwrap(
        setDdAnswer(
          e,
          'v-cvsense',
          q.id,
          { answer: 'Answered in the call of 12 March.', satisfactory: q.id !== 'dd-sla' },
          T1,
        ),
      );
    return e;
  }

  it('refuses to select with unknown gates and open answers until confirmed, listing them', () => {
    const result = decideVendor(
      scoredEvaluation(),
      { vendorId: 'v-summa', outcome: 'selected', rationale: 'Fits the budget.', date: '2025-03-17' },
      T2,
      PROFILES,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons[0]).toBe(CONFIRM_GAPS_MESSAGE);
    expect(result.reasons[1]).toMatch(
      /^Knock-out gates not confirmed \(4\): No DPA offered; No encryption at rest; /,
    );
    expect(result.reasons[2]).toMatch(
      /^Due-diligence questions without an answer \(20\): Where exactly are our prompts/,
    );
  });

  it('records the open points with the decision once confirmed', () => {
    const result = unwrap(
      decideVendor(
        scoredEvaluation(),
        {
          vendorId: 'v-summa',
          outcome: 'shortlisted',
          rationale: 'Fallback.',
          date: '2025-03-17',
          confirmGaps: true,
        },
        T2,
        PROFILES,
      ),
    );
    const decision = result.vendors.find((v) => v.vendorId === 'v-summa')!.decision!;
    expect(decision.openPoints).toHaveLength(2);
    expect(decision.openPoints![0]).toContain('Knock-out gates not confirmed (4)');
  });

  it('names an unsatisfactory answer, and needs nothing when the file is complete; a rejection needs no confirmation', () => {
    const gaps = vendorGaps(completeForCvSense(), 'v-cvsense', PROFILES);
    expect(gaps).toMatchObject({ vendorName: 'CVSense', unknownGates: [], openQuestions: [] });
    expect(gaps.unsatisfactoryAnswers).toHaveLength(1);
    expect(gapLines(gaps)).toEqual([
      `Unsatisfactory due-diligence answers (1): ${scoredEvaluation().ddQuestions.find((q) => q.id === 'dd-sla')!.question}`,
    ]);
    const selected = decideVendor(
      completeForCvSense(),
      { vendorId: 'v-cvsense', outcome: 'selected', rationale: 'Best eligible.', date: '2025-03-17' },
      T2,
      PROFILES,
    );
    expect(selected.ok).toBe(false);

    let e = completeForCvSense();
    e = unwrap(
      setDdAnswer(
        e,
        'v-cvsense',
        'dd-sla',
        { answer: '99.9% with credits, confirmed in writing.', satisfactory: true },
        T1,
      ),
    );
    const clean = unwrap(
      decideVendor(
        e,
        { vendorId: 'v-cvsense', outcome: 'selected', rationale: 'Best eligible.', date: '2025-03-17' },
        T2,
        PROFILES,
      ),
    );
    expect(clean.vendors.find((v) => v.vendorId === 'v-cvsense')!.decision!.openPoints).toBeUndefined();
    expect(
      decideVendor(
        scoredEvaluation(),
        { vendorId: 'v-summa', outcome: 'rejected', rationale: 'Too expensive.', date: '2025-03-17' },
        T2,
        PROFILES,
      ).ok,
    ).toBe(true);
  });

  it('"Mark as decided" lists every vendor with open points, requires confirmation and records them in the history', () => {
    let e = scoredEvaluation();
    e = unwrap(decide(e, 'v-cvsense', 'selected'));
    e = unwrap(decide(e, 'v-summa', 'shortlisted'));
    e = unwrap(decide(e, 'v-talentlens', 'rejected'));
    const refused = changeStatus(e, 'decided', T2, PROFILES);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.reasons).toEqual([
        CONFIRM_GAPS_MESSAGE,
        'CVSense: 4 gates unknown, 20 questions open',
        'Summa HR: 4 gates unknown, 20 questions open',
      ]);
    expect(evaluationGaps(e, PROFILES).map(gapSummary)).toEqual([
      'CVSense: 4 gates unknown, 20 questions open',
      'Summa HR: 4 gates unknown, 20 questions open',
    ]);
    const decided = unwrap(changeStatus(e, 'decided', T2, PROFILES, { confirmGaps: true }));
    expect(decided.history.at(-1)).toMatchObject({
      action: 'status-changed',
      toStatus: 'decided',
      reason:
        'Decided with open points: CVSense: 4 gates unknown, 20 questions open; Summa HR: 4 gates unknown, 20 questions open',
    });
  });
});

describe('status flow', () => {
  it('moves draft -> in review and records the change', () => {
    const e = unwrap(changeStatus(scoredEvaluation(), 'in-review', T2));
    expect(e.status).toBe('in-review');
    expect(e.history.at(-1)).toEqual({
      at: T2,
      action: 'status-changed',
      fromStatus: 'draft',
      toStatus: 'in-review',
    });
  });

  it('refuses to mark decided while vendors have no decision, naming them', () => {
    const e = unwrap(decide(scoredEvaluation(), 'v-cvsense', 'selected'));
    const result = changeStatus(e, 'decided', T2, PROFILES, { confirmGaps: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reasons).toEqual([
        'Record a decision (selected, shortlisted or rejected) for every vendor first. Still open: TalentLens AI, Summa HR.',
      ]);
    }
  });

  it('warns when an evaluation is decided without a selected vendor', () => {
    let e = scoredEvaluation();
    for (const id of ['v-cvsense', 'v-summa', 'v-talentlens'])
      e = unwrap(decide(e, id, 'rejected', 'None fits the budget.'));
    const result = changeStatus(e, 'decided', T2, [], { confirmGaps: true });
    expect(result.ok && result.warnings).toEqual(['No vendor is selected in this evaluation.']);
  });

  it('makes a decided evaluation read-only', () => {
    const e = decidedEvaluation();
    expect(isReadOnly(e)).toBe(true);
    expect(checkEditable(e)).toEqual({ ok: false, reasons: [READ_ONLY_MESSAGE] });
    expect(setScore(e, 'v-summa', 'quality', { score: 5, evidence: 'x' }, T2)).toEqual({
      ok: false,
      reasons: [READ_ONLY_MESSAGE],
    });
    expect(decide(e, 'v-summa', 'selected')).toEqual({ ok: false, reasons: [READ_ONLY_MESSAGE] });
    expect(changeStatus(e, 'draft', T2)).toEqual({ ok: false, reasons: [READ_ONLY_MESSAGE] });
  });

  it('reopens with a reason, recorded with its date, back to in review with decisions kept', () => {
    const reopened = unwrap(
      reopenEvaluation(decidedEvaluation(), '  CVSense raised prices by 40%.  ', '2025-06-02T08:00:00.000Z'),
    );
    expect(reopened.status).toBe('in-review');
    expect(reopened.history.at(-1)).toEqual({
      at: '2025-06-02T08:00:00.000Z',
      action: 'reopened',
      fromStatus: 'decided',
      toStatus: 'in-review',
      reason: 'CVSense raised prices by 40%.',
    });
    expect(reopened.vendors.find((v) => v.vendorId === 'v-cvsense')!.decision?.outcome).toBe('selected');
    expect(setScore(reopened, 'v-cvsense', 'tco', { score: 2, evidence: 'New price list' }, T2).ok).toBe(
      true,
    );
  });

  it('refuses to reopen without a reason, or when not decided', () => {
    expect(reopenEvaluation(decidedEvaluation(), ' ', T2)).toEqual({
      ok: false,
      reasons: [REOPEN_REASON_MESSAGE],
    });
    expect(reopenEvaluation(scoredEvaluation(), 'why not', T2)).toEqual({
      ok: false,
      reasons: ['Only a decided evaluation can be reopened.'],
    });
  });
});
