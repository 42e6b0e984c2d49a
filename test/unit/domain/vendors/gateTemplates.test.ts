import { describe, expect, it } from 'vitest';
import {
  addGateFromTemplate,
  availableGateTemplates,
  GATE_TEMPLATES,
  gateRule,
  removeGate,
  setGateResult,
  suggestByRule,
  suggestGates,
} from '../../../../src/domain/vendors';
import { CVSENSE, draftEvaluation, profile, SUMMA, T1, TALENTLENS, unwrap } from './fixtures';

const EU = { permittedLocations: ['EU', 'EEA'] };

describe('gate templates: each with its pass rule', () => {
  it('offers the gates a client asks for, each with a rule, and only those not yet in the evaluation', () => {
    const names = GATE_TEMPLATES.map((t) => t.id);
    for (const id of [
      'eu-data-residency',
      'no-training-on-client-data',
      'no-dpa',
      'sub-processors-undisclosed',
      'security-certification',
    ])
      expect(names).toContain(id);
    expect(GATE_TEMPLATES.every((t) => t.rule)).toBe(true);
    const available = availableGateTemplates(draftEvaluation()).map((t) => t.id);
    expect(available).toContain('eu-data-residency');
    expect(available).not.toContain('no-dpa');
  });

  it('EU data residency fails US hosting even with SCCs, passes EU-only hosting, and asks when nothing is recorded', () => {
    const us = suggestByRule('eu-data-residency', SUMMA, EU);
    expect(us.result).toBe('fail');
    expect(us.note).toContain('data also in US');
    expect(us.note).toContain('SCCs cover a transfer, they do not keep the data in the EU');
    expect(suggestByRule('eu-data-residency', CVSENSE, EU).result).toBe('pass');
    expect(suggestByRule('eu-data-residency', profile({ id: 'x', name: 'Quiet' }), EU).result).toBe(
      'unknown',
    );
    expect(suggestByRule('eu-data-residency', CVSENSE, { permittedLocations: [] }).result).toBe('unknown');
  });

  it('the transfer gate never passes data outside the permitted places on a recorded mechanism alone', () => {
    expect(suggestByRule('transfer-mechanism', SUMMA, EU).result).toBe('unknown');
    expect(suggestByRule('transfer-mechanism', CVSENSE, EU).result).toBe('pass');
  });

  it('"no training on client data" passes only a contractual exclusion; an opt-out is left to confirm', () => {
    expect(suggestByRule('no-training', SUMMA).result).toBe('unknown');
    expect(suggestByRule('training-opt-out', SUMMA).result).toBe('pass');
    expect(suggestByRule('no-training', TALENTLENS).result).toBe('fail');
    expect(
      suggestByRule(
        'no-training',
        profile({ id: 'x', name: 'Clean', trainsOnCustomerData: 'contractually-no' }),
      ).result,
    ).toBe('pass');
  });

  it('certification passes ISO 27001 or SOC 2 Type II, otherwise asks; DPA, sub-processors, retention and SSO follow the facts', () => {
    expect(suggestByRule('security-certification', SUMMA).result).toBe('pass');
    expect(
      suggestByRule('security-certification', profile({ id: 'x', name: 'New', certifications: ['iso42001'] }))
        .result,
    ).toBe('unknown');
    expect(suggestByRule('dpa-available', profile({ id: 'x', name: 'N', dpa: 'not-available' })).result).toBe(
      'fail',
    );
    expect(
      suggestByRule(
        'sub-processors-disclosed',
        profile({ id: 'x', name: 'N', subProcessorDisclosure: 'refused' }),
      ).result,
    ).toBe('fail');
    expect(
      suggestByRule('zero-retention', profile({ id: 'x', name: 'N', zeroRetentionOption: 'no' })).result,
    ).toBe('fail');
    expect(suggestByRule('sso', profile({ id: 'x', name: 'N', sso: 'yes' })).result).toBe('pass');
  });

  it('an evaluation takes a gate from the library, suggests it by its rule, and removes it with its results', () => {
    let evaluation = unwrap(addGateFromTemplate(draftEvaluation(), 'eu-data-residency', T1));
    expect(evaluation.gates.at(-1)).toMatchObject({
      id: 'eu-data-residency',
      name: 'Data leaves the EU',
      rule: 'eu-data-residency',
    });
    expect(suggestGates(evaluation.gates, SUMMA, EU)['eu-data-residency'].result).toBe('fail');
    // The five gates of older evaluations keep their rules by id.
    expect(gateRule({ id: 'no-dpa' })).toBe('dpa-available');
    expect(suggestGates([{ id: 'own', name: 'Own gate', question: '', guidance: '' }], SUMMA, EU)).toEqual(
      {},
    );

    const again = addGateFromTemplate(evaluation, 'eu-data-residency', T1);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.reasons[0]).toContain('already a gate');

    evaluation = unwrap(
      setGateResult(evaluation, SUMMA.id, 'eu-data-residency', { result: 'fail', note: 'US hosting' }, T1),
    );
    evaluation = unwrap(removeGate(evaluation, 'eu-data-residency', T1));
    expect(evaluation.gates.some((g) => g.id === 'eu-data-residency')).toBe(false);
    expect(
      evaluation.vendors.find((v) => v.vendorId === SUMMA.id)!.gates['eu-data-residency'],
    ).toBeUndefined();
  });

  it('refuses to change the gates of a decided evaluation', () => {
    const decided = { ...draftEvaluation(), status: 'decided' as const };
    expect(addGateFromTemplate(decided, 'sso', T1).ok).toBe(false);
    expect(removeGate(decided, 'no-dpa', T1).ok).toBe(false);
  });
});
