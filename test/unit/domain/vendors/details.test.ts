import { describe, expect, it } from 'vitest';
import {
  changeStatus,
  createEvaluation,
  decideVendor,
  DEFAULT_PERMITTED_LOCATIONS,
  linkEvaluation,
  parseLocationList,
  READ_ONLY_MESSAGE,
  scaleWeightsTo100,
  checkWeights,
  updateEvaluationDetails,
  type Evaluation,
} from '../../../../src/domain/vendors';
import { draftEvaluation, PROFILES, scoredEvaluation, T0, T1, T2, unwrap } from './fixtures';

function decided(): Evaluation {
  let e = scoredEvaluation();
  for (const [id, outcome] of [
    ['v-cvsense', 'selected'],
    ['v-summa', 'shortlisted'],
    ['v-talentlens', 'rejected'],
  ] as const) {
    e = unwrap(
      decideVendor(
        e,
        { vendorId: id, outcome, rationale: 'Because.', date: '2025-03-17', confirmGaps: true },
        T2,
        PROFILES,
      ),
    );
  }
  return unwrap(changeStatus(e, 'decided', T2, PROFILES, { confirmGaps: true }));
}

describe('evaluation details', () => {
  it('defaults the permitted locations to EU and EEA and keeps a free-text use case', () => {
    const e = unwrap(
      createEvaluation(
        { clientId: 'c', title: 'Email answering', vendorIds: ['v'], useCaseName: 'Answering client emails' },
        T0,
      ),
    );
    expect(e.permittedLocations).toEqual([...DEFAULT_PERMITTED_LOCATIONS]);
    expect(e.useCaseName).toBe('Answering client emails');
    expect(e.useCaseId).toBeUndefined();
  });

  it('edits title, notes and permitted locations, refusing an empty title and duplicate locations', () => {
    const e = unwrap(
      updateEvaluationDetails(
        draftEvaluation(),
        { title: ' CV tool ', notes: 'Pilot in Q2', permittedLocations: [' EU ', '', 'UK'] },
        T1,
      ),
    );
    expect(e).toMatchObject({
      title: 'CV tool',
      notes: 'Pilot in Q2',
      permittedLocations: ['EU', 'UK'],
      updatedAt: T1,
    });
    expect(updateEvaluationDetails(e, { title: '  ' }, T1)).toEqual({
      ok: false,
      reasons: ['Evaluation title is required'],
    });
    expect(updateEvaluationDetails(e, { permittedLocations: ['EU', 'eu'] }, T1)).toEqual({
      ok: false,
      reasons: ['Each permitted location can be listed only once.'],
    });
  });

  it('refuses content edits of a decided evaluation but allows linking it', () => {
    const e = decided();
    expect(updateEvaluationDetails(e, { notes: 'x' }, T2)).toEqual({
      ok: false,
      reasons: [READ_ONLY_MESSAGE],
    });
    const linked = unwrap(
      linkEvaluation(e, { aiSystemId: 'ai-cvsense', useCaseName: 'Summarising CVs' }, T2),
    );
    expect(linked).toMatchObject({
      aiSystemId: 'ai-cvsense',
      useCaseName: 'Summarising CVs',
      status: 'decided',
    });
    const unlinked = unwrap(linkEvaluation(linked, { aiSystemId: null, useCaseId: null }, T2));
    expect(unlinked.aiSystemId).toBeUndefined();
    expect(unlinked.useCaseId).toBeUndefined();
  });

  it('splits a location list on commas, semicolons and new lines', () => {
    expect(parseLocationList('EU, EEA;UK\n  Switzerland ,,')).toEqual(['EU', 'EEA', 'UK', 'Switzerland']);
  });
});

describe('scaleWeightsTo100', () => {
  it('scales proportionally to whole numbers that total exactly 100', () => {
    const scaled = scaleWeightsTo100([{ weight: 25 }, { weight: 20 }, { weight: 15 }, { weight: 30 }]);
    expect(scaled.map((c) => c.weight)).toEqual([28, 22, 17, 33]);
    expect(checkWeights(scaled).ok).toBe(true);
  });

  it('splits evenly when all weights are zero, and gives the remainder to the largest fractions', () => {
    expect(scaleWeightsTo100([{ weight: 0 }, { weight: 0 }, { weight: 0 }]).map((c) => c.weight)).toEqual([
      34, 33, 33,
    ]);
    expect(scaleWeightsTo100([{ weight: 1 }, { weight: 1 }, { weight: 1 }]).map((c) => c.weight)).toEqual([
      34, 33, 33,
    ]);
    expect(scaleWeightsTo100([])).toEqual([]);
  });

  it('keeps weights that already total 100 and the other fields', () => {
    const criteria = [
      { id: 'a', name: 'A', weight: 60 },
      { id: 'b', name: 'B', weight: 40 },
    ];
    expect(scaleWeightsTo100(criteria)).toEqual(criteria);
  });
});
