import { useLiveQuery } from 'dexie-react-hooks';
import {
  clientDpaStatus,
  DPA_STATUS_LABELS,
  vendorDisplayName,
  type Evaluation,
  type VendorContract,
  type VendorContractField,
  type VendorProfile,
} from '../../domain/vendors';
import { contractsForClient, saveContractField } from '../../db/vendors/contracts';
import { db } from '../../db/core/schema';
import { AutoSaveField } from '../../ui/AutoSaveField';
import { SavingCheckbox } from '../../ui/SavingCheckbox';
import { useT } from '../../state/interfaceLanguage';
import type { Translate } from '../../domain/shared/language';

/** The contract's dates, in the order they are shown. */
const dateFields = (
  t: Translate,
): {
  field: 'dpaSignedOn' | 'contractStart' | 'contractEnd' | 'noticeBy';
  label: string;
  hint?: string;
}[] => [
  { field: 'dpaSignedOn', label: t('DPA signed on') },
  { field: 'contractStart', label: t('Contract start') },
  { field: 'contractEnd', label: t('Contract end') },
  { field: 'noticeBy', label: t('Notice by'), hint: t('Last day to give notice or renegotiate.') },
];

/**
 * This client's contract facts per vendor it evaluated: DPA signed (and when), contract dates, notice
 * date. They are the client's, never the library's: another client sees only "DPA available".
 */
export function ContractsCard({
  clientId,
  evaluations,
  profiles,
}: {
  clientId: string;
  evaluations: readonly Evaluation[];
  profiles: readonly VendorProfile[];
}) {
  const t = useT();
  const contracts = useLiveQuery(() => contractsForClient(db, clientId), [clientId]);
  if (!contracts) return null;
  const vendorIds = [...new Set(evaluations.flatMap((e) => e.vendors.map((v) => v.vendorId)))];
  const vendors = vendorIds
    .map((id) => profiles.find((p) => p.id === id))
    .filter((p): p is VendorProfile => !!p);
  if (vendors.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="contracts-title">
      <h2 id="contracts-title">{t('Contracts with vendors')}</h2>
      <p className="muted">
        {t('This client’s own contract facts. The vendor library only says whether a vendor offers a DPA.')}
      </p>
      <ul className="contract-list">
        {vendors
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((vendor) => (
            <ContractRow
              key={vendor.id}
              clientId={clientId}
              vendor={vendor}
              contract={contracts.find((c) => c.vendorId === vendor.id)}
            />
          ))}
      </ul>
    </section>
  );
}

function ContractRow({
  clientId,
  vendor,
  contract,
}: {
  clientId: string;
  vendor: VendorProfile;
  contract?: VendorContract;
}) {
  const t = useT();
  const name = vendorDisplayName(vendor);
  const save = (field: VendorContractField) => (raw: unknown) =>
    saveContractField(db, clientId, vendor.id, field, raw);
  return (
    <li className="contract-row" aria-label={t('Contract with {{vendor}}', { vendor: name })}>
      <h3>
        {name}{' '}
        <span className="muted small">
          {t('DPA: {{status}}', { status: t(DPA_STATUS_LABELS[clientDpaStatus(vendor, contract)]) })}
        </span>
      </h3>
      <div className="form-grid">
        <SavingCheckbox checked={contract?.dpaSigned ?? false} save={save('dpaSigned')}>
          {t('DPA signed with {{vendor}}', { vendor: vendor.name })}
        </SavingCheckbox>
        {dateFields(t).map((f) => (
          <AutoSaveField
            key={f.field}
            label={f.label}
            type="date"
            value={contract?.[f.field] ?? ''}
            save={save(f.field)}
            hint={f.hint}
          />
        ))}
        <AutoSaveField
          label={t('Contract notes')}
          multiline
          rows={2}
          value={contract?.notes ?? ''}
          save={save('notes')}
          className="form-grid__wide"
        />
      </div>
    </li>
  );
}
