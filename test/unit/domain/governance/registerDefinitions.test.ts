import { describe, expect, it } from 'vitest';
import {
  REGISTER_IDS,
  REGISTER_LIST,
  REGISTERS,
  fieldDef,
  linkFieldsTo,
  registerBySlug,
  validateNewRecord,
} from '../../../../src/domain/governance';

describe('the eleven registers are described as data', () => {
  it('has all eleven registers of domain.md with unique slugs', () => {
    expect(REGISTER_LIST).toHaveLength(11);
    expect(new Set(REGISTER_LIST.map((r) => r.slug)).size).toBe(11);
    for (const id of REGISTER_IDS) expect(registerBySlug(REGISTERS[id].slug)?.id).toBe(id);
  });

  it.each(REGISTER_IDS)('%s: every field, column, filter and create field is defined and validated', (id) => {
    const register = REGISTERS[id];
    for (const field of register.fields) {
      expect(register.shape[field.key], field.key).toBeDefined();
      expect(register.sections).toContain(field.section);
      if (field.kind === 'select' || field.kind === 'multiselect')
        expect(field.options?.length, field.key).toBeGreaterThan(0);
      if (field.kind === 'links') expect(field.linkTo?.length, field.key).toBeGreaterThan(0);
    }
    for (const key of [
      ...register.listColumns,
      ...register.createFields,
      register.titleField,
      register.defaultSort.field,
    ]) {
      expect(fieldDef(register, key), key).toBeDefined();
    }
    for (const key of register.filterFields) expect(fieldDef(register, key)?.kind).toBe('select');
    expect(Object.keys(register.defaults('2026-11-26')).sort()).toEqual(Object.keys(register.shape).sort());
  });

  it.each(REGISTER_IDS)('%s: a record with only its required fields is valid', (id) => {
    const required: Record<string, Record<string, unknown>> = {
      aiSystems: { name: 'A' },
      privacyRecords: { title: 'A' },
      raciEntries: { subject: 'A', accountable: 'B' },
      decisionRights: { decisionType: 'A' },
      escalationPaths: { title: 'A' },
      incidents: { title: 'A', detectedAt: '2026-11-20T10:00:00+01:00' },
      risks: { title: 'A' },
      policies: { title: 'A' },
      trainingRecords: { person: 'A' },
      governanceDecisions: { decision: 'A' },
      governanceActions: { title: 'A' },
    };
    expect(validateNewRecord(REGISTERS[id], required[id], '2026-11-26')).toMatchObject({ ok: true });
  });

  it('knows which registers link to AI systems (for backlinks)', () => {
    const sources = linkFieldsTo('aiSystems').map(({ register, field }) => `${register.id}.${field.key}`);
    expect(sources).toEqual(
      expect.arrayContaining([
        'incidents.aiSystemIds',
        'risks.aiSystemIds',
        'raciEntries.aiSystemIds',
        'decisionRights.aiSystemIds',
        'governanceActions.relatedIds',
      ]),
    );
  });
});
