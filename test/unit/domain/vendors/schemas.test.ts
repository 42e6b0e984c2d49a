import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_TEMPLATE_MESSAGE,
  createCriteriaTemplate,
  CriteriaTemplateSchema,
  DD_TOPICS,
  DEFAULT_CRITERIA,
  DEFAULT_CRITERIA_TEMPLATE,
  DEFAULT_DD_QUESTIONS,
  DEFAULT_GATES,
  EvaluationSchema,
  modelProviders,
  NO_VENDORS_MESSAGE,
  updateCriteriaTemplate,
  VENDOR_CATEGORY_LABELS,
  vendorDisplayName,
  VendorProfileSchema,
  zodMessages,
} from '../../../../src/domain/vendors';
import { CVSENSE, draftEvaluation, T0, T1, TALENTLENS } from './fixtures';

describe('defaults', () => {
  it('ships the default criteria with the brief weights', () => {
    expect(DEFAULT_CRITERIA.map((c) => [c.name, c.weight])).toEqual([
      ["Quality on the client's own data", 25],
      ['Security and data handling', 20],
      ['Integration', 15],
      ['Total cost of ownership', 15],
      ['Support and reliability', 10],
      ['Vendor viability and lock-in', 10],
      ['EU AI Act / compliance posture', 5],
    ]);
    expect(CriteriaTemplateSchema.safeParse(DEFAULT_CRITERIA_TEMPLATE).success).toBe(true);
  });

  it('ships the five default knock-out gates', () => {
    expect(DEFAULT_GATES.map((g) => g.name)).toEqual([
      'No DPA offered',
      'Trains on customer data without opt-out',
      'No encryption at rest',
      'Data stored outside permitted jurisdictions without a transfer mechanism',
      'Refuses to describe its sub-processors',
    ]);
  });

  it('ships 15-20 due-diligence questions covering every topic, with unique ids', () => {
    expect(DEFAULT_DD_QUESTIONS.length).toBeGreaterThanOrEqual(15);
    expect(DEFAULT_DD_QUESTIONS.length).toBeLessThanOrEqual(20);
    expect(new Set(DEFAULT_DD_QUESTIONS.map((q) => q.topic))).toEqual(new Set(DD_TOPICS));
    expect(new Set(DEFAULT_DD_QUESTIONS.map((q) => q.id)).size).toBe(DEFAULT_DD_QUESTIONS.length);
    expect(DEFAULT_DD_QUESTIONS.every((q) => q.builtIn && q.question.endsWith('?'))).toBe(true);
  });
});

describe('VendorProfileSchema', () => {
  it('accepts the fixture profiles and has labels for categories', () => {
    expect(VendorProfileSchema.safeParse(CVSENSE).success).toBe(true);
    expect(VENDOR_CATEGORY_LABELS['saas-with-ai']).toBe('SaaS with AI features');
  });

  it('rejects an unknown certification', () => {
    expect(VendorProfileSchema.safeParse({ ...CVSENSE, certifications: ['iso9001'] }).success).toBe(false);
  });

  it('finds the model provider behind the product and builds a display name', () => {
    expect(modelProviders(TALENTLENS)).toEqual(['OpenModel Inc.']);
    expect(vendorDisplayName(TALENTLENS)).toBe('TalentLens AI - TalentLens Recruit');
    expect(vendorDisplayName({ id: 'x', name: 'Acme', product: 'acme' })).toBe('Acme');
  });
});

describe('EvaluationSchema', () => {
  it('rejects an evaluation with no vendors with a clear message', () => {
    const result = EvaluationSchema.safeParse({ ...draftEvaluation(), vendors: [] });
    expect(result.success).toBe(false);
    if (!result.success) expect(zodMessages(result.error)).toEqual([NO_VENDORS_MESSAGE]);
  });

  it('rejects a stored score of 0 or 6', () => {
    for (const score of [0, 6]) {
      const e = draftEvaluation();
      e.vendors[0].scores = { quality: { score, evidence: 'x' } };
      const result = EvaluationSchema.safeParse(e);
      expect(result.success).toBe(false);
      if (!result.success)
        expect(zodMessages(result.error)).toEqual(['Score must be a whole number from 1 to 5']);
    }
  });

  it('rejects a decision without rationale', () => {
    const e = draftEvaluation();
    e.vendors[0].decision = { outcome: 'rejected', rationale: ' ', date: '2025-03-17' };
    const result = EvaluationSchema.safeParse(e);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(zodMessages(result.error)).toEqual([
        'A decision needs a rationale: explain why in a sentence or two.',
      ]);
  });
});

describe('criteria templates', () => {
  const criteria = [
    { id: 'q', name: 'Quality', description: '', weight: 60 },
    { id: 'c', name: 'Cost', description: '', weight: 40 },
  ];

  it('saves a user template whose weights total 100', () => {
    const result = createCriteriaTemplate(
      { name: 'Quick scan', criteria },
      [DEFAULT_CRITERIA_TEMPLATE],
      T0,
      () => 't-quick',
    );
    expect(result.ok && result.template).toMatchObject({
      id: 't-quick',
      name: 'Quick scan',
      builtIn: false,
      criteria,
    });
  });

  it('refuses a template with weights of 99.5, stating the total', () => {
    const result = createCriteriaTemplate(
      { name: 'Off', criteria: [{ ...criteria[0], weight: 59.5 }, criteria[1]] },
      [],
      T0,
    );
    expect(result).toEqual({ ok: false, reasons: ['Criteria weights must total 100. They now total 99.5.'] });
  });

  it('refuses a duplicate template name and changes to the built-in template', () => {
    const result = createCriteriaTemplate(
      { name: ' default AI vendor  evaluation', criteria },
      [DEFAULT_CRITERIA_TEMPLATE],
      T0,
    );
    expect(result).toEqual({
      ok: false,
      reasons: ['A template named "Default AI vendor evaluation" already exists.'],
    });
    expect(updateCriteriaTemplate(DEFAULT_CRITERIA_TEMPLATE, { name: 'Mine' }, [], T1)).toEqual({
      ok: false,
      reasons: [BUILT_IN_TEMPLATE_MESSAGE],
    });
  });

  it('updates a user template', () => {
    const created = createCriteriaTemplate({ name: 'Quick scan', criteria }, [], T0, () => 't-quick');
    if (!created.ok) throw new Error('setup');
    const updated = updateCriteriaTemplate(
      created.template,
      {
        criteria: [
          { ...criteria[0], weight: 70 },
          { ...criteria[1], weight: 30 },
        ],
      },
      [created.template],
      T1,
    );
    expect(updated.ok && updated.template.criteria.map((c) => c.weight)).toEqual([70, 30]);
    expect(updated.ok && updated.template.updatedAt).toBe(T1);
  });
});
