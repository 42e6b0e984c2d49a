import { describe, expect, it } from 'vitest';
import { createClient } from '../../../../src/db/clients/clients';
import { deleteClientCascade } from '../../../../src/db/core/records';
import {
  contractsForClient,
  migrateVendorContracts,
  saveContractField,
} from '../../../../src/db/vendors/contracts';
import { createEvaluationRecord, evaluationChange } from '../../../../src/db/vendors/evaluations';
import { updateRecord } from '../../../../src/db/core/records';
import { addVendorProfile } from '../../../../src/db/vendors/library';
import {
  clientDpaStatus,
  decideVendor,
  migrateSignedDpa,
  MIGRATED_DPA_NOTE,
  newVendorContract,
} from '../../../../src/domain/vendors';
import { PROFILES, scoredEvaluation, T2, unwrap } from '../../domain/vendors/fixtures';
import { freshDb } from '../testDb';

describe('contract facts belong to the client, not to the library', () => {
  it('saves DPA signed and contract dates per client and vendor; bad dates are refused naming the field; the client deletion takes them', async () => {
    const db = await freshDb();
    const brightside = await createClient(db, { name: 'Brightside' });
    const nordhaven = await createClient(db, { name: 'Nordhaven' });
    const vendor = await addVendorProfile(db, {
      name: 'CVSense',
      category: 'saas-with-ai',
      dpa: 'available',
    });
    await saveContractField(db, brightside.id, vendor.id, 'dpaSigned', true);
    await saveContractField(db, brightside.id, vendor.id, 'dpaSignedOn', '2026-02-01');
    await saveContractField(db, brightside.id, vendor.id, 'contractStart', '2026-02-01');
    await saveContractField(db, brightside.id, vendor.id, 'contractEnd', '2027-01-31');
    await expect(
      saveContractField(db, brightside.id, vendor.id, 'contractEnd', '2025-12-31'),
    ).rejects.toThrow('The contract cannot end before it starts.');
    await expect(saveContractField(db, brightside.id, vendor.id, 'noticeBy', '31-10-2026')).rejects.toThrow(
      'Date must be a valid date (YYYY-MM-DD)',
    );

    const [contract] = await contractsForClient(db, brightside.id);
    expect(contract).toMatchObject({
      vendorId: vendor.id,
      dpaSigned: true,
      dpaSignedOn: '2026-02-01',
      contractStart: '2026-02-01',
      contractEnd: '2027-01-31',
      noticeBy: '',
    });
    expect(await db.vendorContracts.count()).toBe(1);
    expect(await contractsForClient(db, nordhaven.id)).toEqual([]);
    // The other client sees the library fact only: a DPA is available, not signed.
    expect(clientDpaStatus(vendor, contract)).toBe('signed');
    expect(clientDpaStatus(vendor, undefined)).toBe('available');
    expect(
      (await db.changes.where('[entity+entityId]').equals(['vendorContracts', contract.id]).toArray()).map(
        (c) => c.field,
      ),
    ).toContain('contractEnd');

    await deleteClientCascade(db, brightside.id);
    expect(await db.vendorContracts.count()).toBe(0);
    expect(await db.vendorProfiles.get(vendor.id)).toBeDefined();
  });
});

describe('migration of "DPA: signed" from the library to the clients', () => {
  const ids = () => {
    let n = 0;
    return () => `c-${++n}`;
  };

  it('moves the signature to the client that selected the vendor, keeps the library fact "available", and is idempotent', () => {
    const cvsense = { ...PROFILES[1], dpa: 'signed' as const };
    const brightside = unwrap(
      decideVendor(
        scoredEvaluation(),
        {
          vendorId: 'v-cvsense',
          outcome: 'selected',
          rationale: 'Best.',
          date: '2025-03-17',
          confirmGaps: true,
        },
        T2,
        PROFILES,
      ),
    );
    const nordhaven = { ...scoredEvaluation(), id: 'eval-n', clientId: 'client-nordhaven' };
    const once = migrateSignedDpa([cvsense, PROFILES[0]], [brightside, nordhaven], [], T2, ids());
    expect(once.profiles).toEqual([{ ...cvsense, dpa: 'available', updatedAt: T2 }]);
    expect(once.contracts).toEqual([
      {
        ...newVendorContract({ id: 'c-1', clientId: 'client-brightside', vendorId: 'v-cvsense', now: T2 }),
        dpaSigned: true,
        notes: MIGRATED_DPA_NOTE,
      },
    ]);
    const again = migrateSignedDpa(once.profiles, [brightside, nordhaven], once.contracts, T2, ids());
    expect(again).toEqual({ profiles: [], contracts: [] });
  });

  it('without a selection, every client that evaluated the vendor gets it to check; an existing contract keeps its dates', () => {
    const summa = { ...PROFILES[2], dpa: 'signed' as const };
    const a = scoredEvaluation();
    const b = { ...scoredEvaluation(), id: 'eval-n', clientId: 'client-nordhaven' };
    const existing = {
      ...newVendorContract({ id: 'old', clientId: 'client-nordhaven', vendorId: 'v-summa', now: T2 }),
      contractStart: '2025-01-01',
      notes: 'Framework agreement',
    };
    const result = migrateSignedDpa([summa], [a, b], [existing], T2, ids());
    expect(result.contracts.map((c) => [c.clientId, c.dpaSigned])).toEqual([
      ['client-brightside', true],
      ['client-nordhaven', true],
    ]);
    expect(result.contracts[1]).toMatchObject({
      id: 'old',
      contractStart: '2025-01-01',
      notes: `Framework agreement\n${MIGRATED_DPA_NOTE}`,
    });
  });

  it('runs on a database holding the old shape: the library loses "signed", the selecting client gains its contract', async () => {
    const db = await freshDb();
    const client = await createClient(db, { name: 'Brightside' });
    const other = await createClient(db, { name: 'Nordhaven' });
    const vendor = await addVendorProfile(db, { name: 'Replywise', category: 'saas-with-ai' });
    await db.vendorProfiles.update(vendor.id, { dpa: 'signed' });
    const { evaluation } = await createEvaluationRecord(db, {
      clientId: client.id,
      title: 'Letters',
      vendorIds: [vendor.id],
    });
    await createEvaluationRecord(db, { clientId: other.id, title: 'Letters too', vendorIds: [vendor.id] });
    await updateRecord(
      db,
      'evaluations',
      evaluation.id,
      evaluationChange((e, now) =>
        decideVendor(
          e,
          {
            vendorId: vendor.id,
            outcome: 'selected',
            rationale: 'Fits.',
            date: '2026-03-01',
            confirmGaps: true,
          },
          now,
          [vendor],
        ),
      ),
    );

    expect(await migrateVendorContracts(db)).toBe(1);
    expect((await db.vendorProfiles.get(vendor.id))!.dpa).toBe('available');
    expect(await contractsForClient(db, client.id)).toEqual([
      expect.objectContaining({ vendorId: vendor.id, dpaSigned: true, notes: MIGRATED_DPA_NOTE }),
    ]);
    expect(await contractsForClient(db, other.id)).toEqual([]);
    expect(await migrateVendorContracts(db)).toBe(0);
  });
});
