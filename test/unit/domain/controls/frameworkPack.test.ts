import { describe, expect, it } from 'vitest';
import {
  CROSSWALK,
  FRAMEWORK_PACK,
  ISO_42001_ANNEX_A,
  MAPPING_STRENGTHS,
  requirementById,
  requirementsOf,
  STANDARD_CONTROLS,
} from '../../../../src/domain/controls';
import { EU_AI_ACT_OBLIGATIONS } from '../../../../src/domain/governance/euAiActObligations';

const ANNEX_A_IDS = [
  'A.2.2',
  'A.2.3',
  'A.2.4',
  'A.3.2',
  'A.3.3',
  'A.4.2',
  'A.4.3',
  'A.4.4',
  'A.4.5',
  'A.4.6',
  'A.5.2',
  'A.5.3',
  'A.5.4',
  'A.5.5',
  'A.6.1.2',
  'A.6.1.3',
  'A.6.2.2',
  'A.6.2.3',
  'A.6.2.4',
  'A.6.2.5',
  'A.6.2.6',
  'A.6.2.7',
  'A.6.2.8',
  'A.7.2',
  'A.7.3',
  'A.7.4',
  'A.7.5',
  'A.7.6',
  'A.8.2',
  'A.8.3',
  'A.8.4',
  'A.8.5',
  'A.9.2',
  'A.9.3',
  'A.9.4',
  'A.10.2',
  'A.10.3',
  'A.10.4',
];

describe('framework pack', () => {
  it('is versioned data with a change log', () => {
    expect(FRAMEWORK_PACK.id).toBe('ai-frameworks');
    expect(FRAMEWORK_PACK.version).toMatch(/^\d{4}\.\d{2}$/);
    expect(FRAMEWORK_PACK.changeLog.at(-1)?.version ?? FRAMEWORK_PACK.changeLog[0].version).toBeTruthy();
    expect(FRAMEWORK_PACK.changeLog.map((c) => c.version)).toContain(FRAMEWORK_PACK.version);
  });

  it('has every ISO/IEC 42001 Annex A control exactly once: 38 in all', () => {
    expect(ANNEX_A_IDS).toHaveLength(38);
    const annex = requirementsOf('iso42001').filter((r) => r.kind === 'annexControl');
    expect(annex.map((r) => r.ref).sort()).toEqual([...ANNEX_A_IDS].sort());
    expect(ISO_42001_ANNEX_A).toHaveLength(38);
    for (const id of ANNEX_A_IDS) expect(annex.filter((r) => r.ref === id)).toHaveLength(1);
  });

  it('has ISO/IEC 42001 clauses 4 to 10, all mandatory, and Annex A controls that can be excluded', () => {
    const clauses = requirementsOf('iso42001').filter((r) => r.kind === 'clause');
    expect(new Set(clauses.map((r) => r.ref.split('.')[0]))).toEqual(
      new Set(['4', '5', '6', '7', '8', '9', '10']),
    );
    expect(clauses.every((r) => r.mandatory)).toBe(true);
    expect(
      requirementsOf('iso42001')
        .filter((r) => r.kind === 'annexControl')
        .every((r) => !r.mandatory),
    ).toBe(true);
  });

  it('has the NIST AI RMF 1.0 subcategories of all four functions (72)', () => {
    const nist = requirementsOf('nistAiRmf');
    expect(nist).toHaveLength(72);
    const counts = Object.fromEntries(
      ['GOVERN', 'MAP', 'MEASURE', 'MANAGE'].map((f) => [
        f,
        nist.filter((r) => r.ref.startsWith(`${f} `)).length,
      ]),
    );
    expect(counts).toEqual({ GOVERN: 19, MAP: 18, MEASURE: 22, MANAGE: 13 });
    expect(nist.map((r) => r.ref)).toContain('GOVERN 6.2');
  });

  it('reuses the EU AI Act rule pack obligation ids, one requirement each, plus the deployer checks of provider duties', () => {
    const ids = requirementsOf('euAiAct').map((r) => r.id);
    expect(ids.filter((id) => EU_AI_ACT_OBLIGATIONS.some((o) => `euAiAct:${o.id}` === id))).toEqual(
      EU_AI_ACT_OBLIGATIONS.map((o) => `euAiAct:${o.id}`),
    );
    expect(ids).toEqual(
      expect.arrayContaining(['euAiAct:art50.1.deployer', 'euAiAct:art50.2.deployer', 'euAiAct:art16.check']),
    );
  });

  it('has unique requirement ids', () => {
    const ids = FRAMEWORK_PACK.requirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points every crosswalk entry at existing requirements of two different frameworks, with a known strength', () => {
    expect(CROSSWALK.length).toBeGreaterThan(50);
    for (const entry of CROSSWALK) {
      const from = requirementById(entry.from);
      const to = requirementById(entry.to);
      expect(from, entry.from).toBeDefined();
      expect(to, entry.to).toBeDefined();
      expect(from!.framework).not.toBe(to!.framework);
      expect(MAPPING_STRENGTHS).toContain(entry.strength);
    }
    const pairs = CROSSWALK.map((e) => `${e.from}|${e.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('maps every standard library control to existing requirements, and together they address all of ISO/IEC 42001', () => {
    const addressed = new Set<string>();
    for (const control of STANDARD_CONTROLS) {
      expect(control.requirementIds.length).toBeGreaterThan(0);
      for (const id of control.requirementIds) {
        expect(requirementById(id), `${control.key}: ${id}`).toBeDefined();
        addressed.add(id);
      }
    }
    const missing = requirementsOf('iso42001')
      .filter((r) => !addressed.has(r.id))
      .map((r) => r.ref);
    expect(missing).toEqual([]);
    expect(new Set(STANDARD_CONTROLS.map((c) => c.key)).size).toBe(STANDARD_CONTROLS.length);
  });
});
