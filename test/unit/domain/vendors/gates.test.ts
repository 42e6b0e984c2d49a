import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GATE_IDS,
  DEFAULT_GATES,
  describeKnockOut,
  gateSummary,
  isPermittedLocation,
  suggestGateResults,
} from '../../../../src/domain/vendors';
import { CVSENSE, profile, SUMMA, TALENTLENS } from './fixtures';

describe('suggestGateResults', () => {
  it('fails the training gate for a vendor that trains on customer data without opt-out', () => {
    const s = suggestGateResults(TALENTLENS);
    expect(s[DEFAULT_GATE_IDS.training]).toEqual({
      result: 'fail',
      note: 'From the vendor profile: trains on customer data, no opt-out.',
    });
    expect(s[DEFAULT_GATE_IDS.dpa].result).toBe('pass');
    expect(s[DEFAULT_GATE_IDS.encryption].result).toBe('pass');
  });

  it('fails the DPA gate when no DPA is available', () => {
    const s = suggestGateResults(profile({ id: 'x', name: 'NoPaper AI', dpa: 'not-available' }));
    expect(s[DEFAULT_GATE_IDS.dpa].result).toBe('fail');
  });

  it('passes an opt-out but reminds to switch it on', () => {
    const s = suggestGateResults(SUMMA);
    expect(s[DEFAULT_GATE_IDS.training].result).toBe('pass');
    expect(s[DEFAULT_GATE_IDS.training].note).toContain('opt-out is switched on');
  });

  it('fails encryption and sub-processor gates from explicit facts', () => {
    const s = suggestGateResults(
      profile({ id: 'x', name: 'Shady', encryptionAtRest: 'no', subProcessorDisclosure: 'refused' }),
    );
    expect(s[DEFAULT_GATE_IDS.encryption].result).toBe('fail');
    expect(s[DEFAULT_GATE_IDS.subProcessors].result).toBe('fail');
  });

  it('leaves every gate unknown for an empty profile (unknown is not a fail)', () => {
    const s = suggestGateResults(profile({ id: 'x', name: 'Blank' }));
    expect(Object.values(s).map((g) => g.result)).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
    expect(Object.keys(s).sort()).toEqual(DEFAULT_GATES.map((g) => g.id).sort());
  });

  it('names the model provider when sub-processors are disclosed', () => {
    expect(suggestGateResults(CVSENSE)[DEFAULT_GATE_IDS.subProcessors].note).toContain(
      'Model provider: EuroLLM Cloud.',
    );
  });

  describe('data location', () => {
    it('stays unknown without the client permitted jurisdictions', () => {
      const g = suggestGateResults(SUMMA)[DEFAULT_GATE_IDS.dataLocation];
      expect(g.result).toBe('unknown');
      expect(g.note).toContain('EU (Dublin), US');
    });

    it('passes when all data stays in permitted locations', () => {
      expect(
        suggestGateResults(CVSENSE, { permittedLocations: ['EU', 'EEA'] })[DEFAULT_GATE_IDS.dataLocation]
          .result,
      ).toBe('pass');
    });

    it('never passes US hosting just because SCCs are recorded: the transfer is left to be checked by hand', () => {
      const g = suggestGateResults(SUMMA, { permittedLocations: ['EU'] })[DEFAULT_GATE_IDS.dataLocation];
      expect(g.result).toBe('unknown');
      expect(g.note).toContain('the vendor names SCCs. Check the transfer impact assessment');
    });

    it('asks the vendor when data is outside permitted locations and no mechanism is recorded', () => {
      const g = suggestGateResults(TALENTLENS, { permittedLocations: ['EU'] })[DEFAULT_GATE_IDS.dataLocation];
      expect(g.result).toBe('unknown');
      expect(g.note).toContain('Data in US is outside');
    });

    it('matches permitted names as whole words only', () => {
      expect(isPermittedLocation('EU (Frankfurt)', ['eu'])).toBe(true);
      expect(isPermittedLocation('Europe-wide', ['EU'])).toBe(false);
      expect(isPermittedLocation('Reunion', ['EU'])).toBe(false);
      expect(isPermittedLocation('US', [' ', ''])).toBe(false);
    });
  });
});

describe('gateSummary', () => {
  it('lists failed gates with the note as reason, or the gate name without a note', () => {
    const summary = gateSummary(DEFAULT_GATES, {
      gates: {
        [DEFAULT_GATE_IDS.dpa]: { result: 'fail', note: '' },
        [DEFAULT_GATE_IDS.training]: { result: 'fail', note: 'ToS s.7 allows training' },
        [DEFAULT_GATE_IDS.encryption]: { result: 'pass', note: 'AES-256' },
      },
    });
    expect(summary.knockOuts).toEqual([
      { gateId: DEFAULT_GATE_IDS.dpa, gateName: 'No DPA offered', reason: 'No DPA offered' },
      {
        gateId: DEFAULT_GATE_IDS.training,
        gateName: 'Trains on customer data without opt-out',
        reason: 'ToS s.7 allows training',
      },
    ]);
    expect(summary.passedCount).toBe(1);
    expect(summary.unknownGateIds).toEqual([DEFAULT_GATE_IDS.dataLocation, DEFAULT_GATE_IDS.subProcessors]);
    expect(describeKnockOut(summary.knockOuts[0])).toBe('Ruled out by knock-out gate "No DPA offered".');
    expect(describeKnockOut(summary.knockOuts[1])).toBe(
      'Ruled out by knock-out gate "Trains on customer data without opt-out": ToS s.7 allows training',
    );
  });
});
