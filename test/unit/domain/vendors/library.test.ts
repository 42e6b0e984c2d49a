import { describe, expect, it } from 'vitest';
import {
  changeStatus,
  checkVendorName,
  createVendorProfile,
  decideVendor,
  findDuplicateGroups,
  findDuplicateVendor,
  isVendorInUse,
  normaliseVendorName,
  UNKNOWN_CLIENT_NAME,
  updateVendorProfile,
  vendorUsage,
  type Evaluation,
} from '../../../../src/domain/vendors';
import {
  CLIENTS,
  CVSENSE,
  draftEvaluation,
  PROFILES,
  profile,
  scoredEvaluation,
  T0,
  T1,
  T2,
  unwrap,
} from './fixtures';

describe('vendor names', () => {
  it('normalises case, outer and inner spaces', () => {
    expect(normaliseVendorName(' acme  ai ')).toBe('acme ai');
    expect(normaliseVendorName('Acme\tAI')).toBe('acme ai');
    expect(normaliseVendorName('Ａｃｍｅ AI')).toBe('acme ai'); // full-width letters (NFKC)
  });

  it('detects "Acme AI" vs " acme  ai " as a duplicate so the UI can offer the existing one', () => {
    const acme = profile({ id: 'v-acme', name: 'Acme AI' });
    expect(findDuplicateVendor(' acme  ai ', [acme])).toBe(acme);
    const check = checkVendorName(' acme  ai ', [acme]);
    expect(check).toEqual({
      ok: false,
      reasons: [
        'A vendor named "Acme AI" is already in your library. Use the existing profile instead of adding it twice.',
      ],
      duplicateOf: acme,
    });
  });

  it('does not flag a profile as duplicate of itself when renaming, nor different names', () => {
    const acme = profile({ id: 'v-acme', name: 'Acme AI' });
    expect(checkVendorName('ACME ai', [acme], 'v-acme')).toEqual({ ok: true });
    expect(findDuplicateVendor('Acme AI Labs', [acme])).toBeUndefined();
    expect(checkVendorName('  ', [acme])).toEqual({ ok: false, reasons: ['Vendor name is required'] });
  });

  it('groups existing duplicates, e.g. after an import', () => {
    const groups = findDuplicateGroups([
      profile({ id: '1', name: 'Acme AI' }),
      profile({ id: '2', name: 'CVSense' }),
      profile({ id: '3', name: ' acme  AI' }),
    ]);
    expect(groups.map((g) => g.map((p) => p.id))).toEqual([['1', '3']]);
  });
});

describe('createVendorProfile / updateVendorProfile', () => {
  it('creates a library profile without clientId, with defaults for unknown facts', () => {
    const result = createVendorProfile(
      { name: ' Acme AI ', category: 'llm-platform' },
      PROFILES,
      T0,
      () => 'v-acme',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile).toMatchObject({
      id: 'v-acme',
      name: 'Acme AI',
      dpa: 'unknown',
      trainsOnCustomerData: 'unknown',
      createdAt: T0,
    });
    expect('clientId' in result.profile).toBe(false);
  });

  it('refuses a duplicate name and returns the existing profile', () => {
    const result = createVendorProfile({ name: 'cvsense', category: 'saas-with-ai' }, PROFILES, T0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.duplicateOf).toBe(CVSENSE);
  });

  it('gives clear messages for missing name, category and bad email', () => {
    const result = createVendorProfile(
      { name: '', category: 'robot' as 'consultancy', contact: { email: 'not-an-email' } },
      [],
      T0,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reasons).toEqual([
        'Vendor name is required',
        'Choose a category: LLM platform, SaaS with AI features, custom build or consultancy',
        'Contact email must be a valid email address',
      ]);
    }
  });

  it('updates a profile keeping id and createdAt, refusing a rename onto another vendor', () => {
    const updated = updateVendorProfile(CVSENSE, { dpa: 'available', name: 'CVSense B.V.' }, PROFILES, T1);
    expect(updated.ok && updated.profile).toMatchObject({
      id: 'v-cvsense',
      name: 'CVSense B.V.',
      dpa: 'available',
      createdAt: T0,
      updatedAt: T1,
    });
    expect(updateVendorProfile(CVSENSE, { name: 'summa hr' }, PROFILES, T1).ok).toBe(false);
  });
});

describe('vendorUsage', () => {
  function otherClientEvaluation(): Evaluation {
    return {
      ...draftEvaluation(),
      id: 'eval-ledger',
      clientId: 'client-ledger',
      title: 'Bookkeeping assistant',
      updatedAt: T1,
    };
  }

  it('lists which clients use or evaluated a vendor with status and decision', () => {
    let brightside = unwrap(
      decideVendor(
        scoredEvaluation(),
        {
          vendorId: 'v-cvsense',
          outcome: 'selected',
          rationale: 'Best eligible',
          date: '2025-03-17',
          confirmGaps: true,
        },
        T2,
      ),
    );
    for (const id of ['v-summa', 'v-talentlens']) {
      brightside = unwrap(
        decideVendor(
          brightside,
          {
            vendorId: id,
            outcome: 'rejected',
            rationale: 'Not chosen',
            date: '2025-03-17',
            confirmGaps: true,
          },
          T2,
        ),
      );
    }
    brightside = unwrap(changeStatus(brightside, 'decided', T2, [], { confirmGaps: true }));
    const usage = vendorUsage('v-cvsense', [otherClientEvaluation(), brightside], CLIENTS);
    expect(usage).toEqual([
      {
        clientId: 'client-brightside',
        clientName: 'Brightside Staffing',
        evaluationId: 'eval-cv',
        evaluationTitle: 'CV summarisation tool',
        status: 'decided',
        decision: 'selected',
        decisionDate: '2025-03-17',
      },
      {
        clientId: 'client-ledger',
        clientName: 'Ledger & Co Accountants',
        evaluationId: 'eval-ledger',
        evaluationTitle: 'Bookkeeping assistant',
        status: 'draft',
        decision: null,
        decisionDate: null,
      },
    ]);
  });

  it('returns nothing for an unused vendor and labels unknown clients', () => {
    expect(vendorUsage('v-unused', [draftEvaluation()], CLIENTS)).toEqual([]);
    expect(vendorUsage('v-summa', [draftEvaluation()], [])[0].clientName).toBe(UNKNOWN_CLIENT_NAME);
    expect(isVendorInUse('v-summa', [draftEvaluation()])).toBe(true);
    expect(isVendorInUse('v-unused', [draftEvaluation()])).toBe(false);
  });
});
