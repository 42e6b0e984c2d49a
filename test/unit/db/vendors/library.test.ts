import { describe, expect, it } from 'vitest';
import { createClient, deleteClient } from '../../../../src/db/clients/clients';
import { createEvaluationRecord } from '../../../../src/db/vendors/evaluations';
import { DuplicateVendorError, RefusedError } from '../../../../src/db/vendors/errors';
import {
  addVendorProfile,
  clientCountsByVendor,
  deleteVendorProfile,
  listVendorProfiles,
  updateVendorProfileFields,
  usageOfVendor,
  VENDOR_IN_USE_MESSAGE,
} from '../../../../src/db/vendors/library';
import {
  deleteCriteriaTemplate,
  listCriteriaTemplates,
  saveCriteriaTemplate,
  updateCriteriaTemplateRecord,
} from '../../../../src/db/vendors/templates';
import { DEFAULT_CRITERIA } from '../../../../src/domain/vendors';
import { freshDb } from '../testDb';

describe('vendor library', () => {
  it('adds profiles and refuses a duplicate name, naming the existing profile to reuse', async () => {
    const db = await freshDb();
    const acme = await addVendorProfile(db, { name: 'Acme AI', category: 'llm-platform', dpa: 'signed' });
    const error = await addVendorProfile(db, { name: '  acme   ai ', category: 'saas-with-ai' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DuplicateVendorError);
    expect((error as DuplicateVendorError).existing.id).toBe(acme.id);
    expect((error as DuplicateVendorError).message).toContain('already in your library');
    await expect(addVendorProfile(db, { name: ' ', category: 'saas-with-ai' })).rejects.toThrow(
      'Vendor name is required',
    );
    expect(await db.vendorProfiles.count()).toBe(1);
  });

  it('saves edits with change history, refuses a clashing rename and invalid facts', async () => {
    const db = await freshDb();
    const a = await addVendorProfile(db, { name: 'Alpha', category: 'saas-with-ai' });
    await addVendorProfile(db, { name: 'Beta', category: 'saas-with-ai' });
    await updateVendorProfileFields(db, a.id, { dpa: 'signed', dataLocations: ['EU (Paris)'] });
    await expect(updateVendorProfileFields(db, a.id, { name: 'BETA' })).rejects.toBeInstanceOf(
      DuplicateVendorError,
    );
    await expect(
      updateVendorProfileFields(db, a.id, {
        contact: { name: '', role: '', email: 'not an email', phone: '' },
      }),
    ).rejects.toThrow('valid email');
    const stored = await db.vendorProfiles.get(a.id);
    expect(stored).toMatchObject({ name: 'Alpha', dpa: 'signed', dataLocations: ['EU (Paris)'] });
    const history = await db.changes.where('[entity+entityId]').equals(['vendorProfiles', a.id]).toArray();
    expect(history.map((h) => h.field).sort()).toEqual(['dataLocations', 'dpa']);
    expect(history[0].clientId).toBeNull();
    expect((await listVendorProfiles(db)).map((p) => p.name)).toEqual(['Alpha', 'Beta']);
  });

  it('shows which clients use a vendor, keeps profiles when a client is deleted, and protects profiles in use', async () => {
    const db = await freshDb();
    const shared = await addVendorProfile(db, { name: 'Shared AI', category: 'llm-platform' });
    const solo = await addVendorProfile(db, { name: 'Solo AI', category: 'llm-platform' });
    const a = await createClient(db, { name: 'Alpha Staffing' });
    const b = await createClient(db, { name: 'Beta Bakery' });
    await createEvaluationRecord(db, { clientId: a.id, title: 'Emails', vendorIds: [shared.id, solo.id] });
    await createEvaluationRecord(db, { clientId: b.id, title: 'Orders', vendorIds: [shared.id] });
    expect(
      (await usageOfVendor(db, shared.id)).map((u) => [u.clientName, u.evaluationTitle, u.status]),
    ).toEqual([
      ['Alpha Staffing', 'Emails', 'draft'],
      ['Beta Bakery', 'Orders', 'draft'],
    ]);
    const counts = await clientCountsByVendor(db, [shared.id, solo.id]);
    expect([counts.get(shared.id), counts.get(solo.id)]).toEqual([2, 1]);
    await expect(deleteVendorProfile(db, solo.id)).rejects.toThrow(VENDOR_IN_USE_MESSAGE);

    await deleteClient(db, a.id, 'Alpha Staffing');
    expect(await db.vendorProfiles.count()).toBe(2);
    expect((await usageOfVendor(db, shared.id)).map((u) => u.clientName)).toEqual(['Beta Bakery']);
    await deleteVendorProfile(db, solo.id);
    expect(await db.vendorProfiles.get(solo.id)).toBeUndefined();
  });
});

describe('criteria templates', () => {
  it('lists the default first, saves valid templates and refuses bad weights, duplicates and edits of the default', async () => {
    const db = await freshDb();
    const criteria = DEFAULT_CRITERIA.map((c) => ({
      ...c,
      weight: c.id === 'quality' ? 15 : c.id === 'security' ? 30 : c.weight,
    }));
    const saved = await saveCriteriaTemplate(db, { name: 'HR tools', criteria });
    expect((await listCriteriaTemplates(db)).map((t) => t.name)).toEqual([
      'Default AI vendor evaluation',
      'HR tools',
    ]);
    await expect(saveCriteriaTemplate(db, { name: 'hr tools', criteria })).rejects.toThrow('already exists');
    const bad = criteria.map((c) => ({ ...c, weight: 10 }));
    await expect(saveCriteriaTemplate(db, { name: 'Bad', criteria: bad })).rejects.toThrow(
      'Criteria weights must total 100. They now total 70.',
    );
    await expect(updateCriteriaTemplateRecord(db, saved.id, { criteria: bad })).rejects.toBeInstanceOf(
      RefusedError,
    );
    await expect(updateCriteriaTemplateRecord(db, 'default', { name: 'Mine' })).rejects.toThrow(
      'cannot be changed',
    );
    await updateCriteriaTemplateRecord(db, saved.id, { name: 'HR tools (candidate data)' });
    expect((await db.criteriaTemplates.get(saved.id))?.name).toBe('HR tools (candidate data)');
    expect((await db.criteriaTemplates.get(saved.id))?.criteria[1].weight).toBe(30);
    await expect(deleteCriteriaTemplate(db, 'default')).rejects.toThrow('cannot be deleted');
    await deleteCriteriaTemplate(db, saved.id);
    expect(await db.criteriaTemplates.count()).toBe(0);
  });
});
