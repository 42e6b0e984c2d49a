import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  addVendor,
  DPA_STATUS_LABELS,
  removeVendor,
  TRAINING_POLICY_LABELS,
  VENDOR_CATEGORY_LABELS,
  vendorDisplayName,
  type ComparisonRow,
  type VendorProfile,
} from '../../../domain/vendors';
import { NewVendorDialog } from '../library/NewVendorDialog';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { IconButton } from '../../../ui/IconButton';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import type { EvaluationTabProps } from './tabProps';
import { applyEvaluationChange } from './evaluationWrites';
import { useT } from '../../../state/interfaceLanguage';

/** The vendors in the evaluation: add from the library (or add a new vendor to it), remove with their scores. */
export function EvaluationVendors({
  evaluation,
  comparison,
  profiles,
  readOnly,
  onNotice,
}: EvaluationTabProps) {
  const t = useT();
  const [choice, setChoice] = useState('');
  const [creating, setCreating] = useState(false);
  const [removing, setRemoving] = useState<ComparisonRow | null>(null);
  const inEvaluation = new Set(evaluation.vendors.map((v) => v.vendorId));
  const available = profiles.filter((p) => !inEvaluation.has(p.id));

  const add = (vendorId: string) =>
    applyEvaluationChange(evaluation.id, (e, now) => addVendor(e, vendorId, now), onNotice, {
      failed: t('The vendor was not added.'),
      onSaved: () => setChoice(''),
    });
  const remove = (row: ComparisonRow) =>
    applyEvaluationChange(evaluation.id, (e, now) => removeVendor(e, row.vendorId, now), onNotice, {
      failed: t('{{name}} was not removed.', { name: row.vendorName }),
    });

  const profileOf = (row: ComparisonRow) => profiles.find((p) => p.id === row.vendorId);
  const fact = (row: ComparisonRow, show: (profile: VendorProfile) => string) => {
    const profile = profileOf(row);
    return profile ? show(profile) : '—';
  };
  const columns: TableColumn<ComparisonRow>[] = [
    {
      key: 'vendor',
      header: t('Vendor'),
      render: (row) => {
        const profile = profileOf(row);
        return profile ? (
          <Link to={`/library/${profile.id}`}>{vendorDisplayName(profile)}</Link>
        ) : (
          row.vendorName
        );
      },
    },
    {
      key: 'category',
      header: t('Category'),
      render: (row) => fact(row, (p) => t(VENDOR_CATEGORY_LABELS[p.category])),
    },
    { key: 'dpa', header: t('DPA'), render: (row) => fact(row, (p) => t(DPA_STATUS_LABELS[p.dpa])) },
    {
      key: 'training',
      header: t('Trains on customer data'),
      render: (row) => fact(row, (p) => t(TRAINING_POLICY_LABELS[p.trainsOnCustomerData])),
    },
    {
      key: 'actions',
      header: t('Actions'),
      headerHidden: true,
      numeric: true,
      render: (row) =>
        !readOnly && (
          <IconButton
            label={t('Remove {{vendor}} from this evaluation', { vendor: row.vendorName })}
            icon={Trash2}
            onClick={() => setRemoving(row)}
          />
        ),
    },
  ];
  return (
    <section className="card" aria-labelledby="eval-vendors-heading">
      <h2 id="eval-vendors-heading">{t('Vendors in this evaluation')}</h2>
      <RecordTable
        label={t('Vendors in this evaluation')}
        columns={columns}
        rows={comparison.rows}
        rowKey={(row) => row.vendorId}
      />
      {!readOnly && (
        <div className="toolbar toolbar--top">
          <div className="field field--inline">
            <label htmlFor="add-vendor">{t('Add a vendor from the library')}</label>
            <select id="add-vendor" value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">
                {available.length ? t('Choose a vendor…') : t('Every library vendor is already in')}
              </option>
              {available.map((p) => (
                <option key={p.id} value={p.id}>
                  {vendorDisplayName(p)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" disabled={!choice} onClick={() => void add(choice)}>
            {t('Add vendor')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> {t('New vendor in library…')}
          </button>
        </div>
      )}
      <NewVendorDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(p) => void add(p.id)}
        onReuse={(existing) => (inEvaluation.has(existing.id) ? undefined : void add(existing.id))}
        reuseLabel={t('Use the existing vendor')}
      />
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t('Remove {{vendor}} from this evaluation?', { vendor: removing?.vendorName ?? '' })}
        message={t(
          'Its scores, gate results, answers and decision in this evaluation are deleted. The vendor stays in the library.',
        )}
        confirmLabel={t('Remove vendor')}
        danger
        onConfirm={() => (removing ? remove(removing) : undefined)}
      />
    </section>
  );
}
