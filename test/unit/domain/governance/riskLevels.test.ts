import { describe, expect, it } from 'vitest';
import {
  incidentsAskingRescore,
  riskHeatMap,
  riskPosition,
  REGISTERS,
  type Risk,
} from '../../../../src/domain/governance';

const risk = (fields: Partial<Risk>): Risk => ({
  ...(REGISTERS.risks.defaults('2026-03-01') as unknown as Risk),
  id: 'r1',
  clientId: 'c',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  title: 'Leak',
  ...fields,
});

describe('risk levels: inherent, current, target', () => {
  it('the current level is the inherent one until the controls are in place, then the target', () => {
    const planned = risk({
      likelihoodBefore: 3,
      severityBefore: 4,
      likelihoodAfter: 1,
      severityAfter: 4,
      controlsInPlace: false,
    });
    expect(riskPosition(planned, 'before')).toMatchObject({ score: 12, level: 'high' });
    expect(riskPosition(planned, 'current')).toMatchObject({ score: 12, level: 'high' });
    expect(riskPosition(planned, 'after')).toMatchObject({ score: 4, level: 'low' });
    const inPlace = { ...planned, controlsInPlace: true };
    expect(riskPosition(inPlace, 'current')).toMatchObject({ score: 4, level: 'low' });
    // Controls in place but no target scored: still the inherent level.
    expect(riskPosition({ ...inPlace, likelihoodAfter: null, severityAfter: null }, 'current')).toMatchObject(
      { score: 12 },
    );
    expect(riskHeatMap([planned], 'current').rows[5 - 4][3 - 1].risks).toHaveLength(1);
  });

  it('an incident that realises a risk asks for a re-score until the risk is updated', () => {
    const r = risk({ likelihoodBefore: 3, severityBefore: 4 });
    const incident = { id: 'i1', riskIds: ['r1'], detectedAt: '2026-03-10T16:20:00.000Z' };
    expect(
      incidentsAskingRescore(r, [
        incident,
        { id: 'i2', riskIds: [], detectedAt: '2026-03-10T16:20:00.000Z' },
      ]),
    ).toEqual([incident]);
    expect(incidentsAskingRescore({ ...r, updatedAt: '2026-03-11T08:00:00.000Z' }, [incident])).toEqual([]);
  });
});
