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
} from '../../../domain/vendors';
import { evaluationChange } from '../../../db/vendors/evaluations';
import { updateRecord } from '../../../db/core/records';
import { errorReasons } from '../../../db/vendors/errors';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { NewVendorDialog } from '../library/NewVendorDialog';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import type { EvaluationTabProps } from './tabProps';

/** The vendors in the evaluation: add from the library (or add a new vendor to it), remove with their scores. */
export function EvaluationVendors({
  evaluation,
  comparison,
  profiles,
  readOnly,
  onNotice,
}: EvaluationTabProps) {
  const [choice, setChoice] = useState('');
  const [creating, setCreating] = useState(false);
  const [removing, setRemoving] = useState<ComparisonRow | null>(null);
  const inEvaluation = new Set(evaluation.vendors.map((v) => v.vendorId));
  const available = profiles.filter((p) => !inEvaluation.has(p.id));

  const add = async (vendorId: string) => {
    try {
      await trackSave(
        updateRecord(
          db,
          'evaluations',
          evaluation.id,
          evaluationChange((e, now) => addVendor(e, vendorId, now)),
        ),
      );
      setChoice('');
    } catch (err) {
      onNotice({
        tone: 'error',
        title: 'The vendor was not added.',
        items: errorReasons(err, describeWriteError),
      });
    }
  };
  const remove = async (row: ComparisonRow) => {
    try {
      await trackSave(
        updateRecord(
          db,
          'evaluations',
          evaluation.id,
          evaluationChange((e, now) => removeVendor(e, row.vendorId, now)),
        ),
      );
    } catch (err) {
      onNotice({
        tone: 'error',
        title: `${row.vendorName} was not removed.`,
        items: errorReasons(err, describeWriteError),
      });
    }
  };

  return (
    <section className="card" aria-labelledby="eval-vendors-heading">
      <h2 id="eval-vendors-heading">Vendors in this evaluation</h2>
      <table className="table" aria-label="Vendors in this evaluation">
        <thead>
          <tr>
            <th scope="col">Vendor</th>
            <th scope="col">Category</th>
            <th scope="col">DPA</th>
            <th scope="col">Trains on customer data</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => {
            const profile = profiles.find((p) => p.id === row.vendorId);
            return (
              <tr key={row.vendorId}>
                <td>
                  {profile ? (
                    <Link to={`/library/${profile.id}`}>{vendorDisplayName(profile)}</Link>
                  ) : (
                    row.vendorName
                  )}
                </td>
                <td>{profile ? VENDOR_CATEGORY_LABELS[profile.category] : '—'}</td>
                <td>{profile ? DPA_STATUS_LABELS[profile.dpa] : '—'}</td>
                <td>{profile ? TRAINING_POLICY_LABELS[profile.trainsOnCustomerData] : '—'}</td>
                <td className="num">
                  {!readOnly && (
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove ${row.vendorName} from this evaluation`}
                      onClick={() => setRemoving(row)}
                    >
                      <Trash2 size={16} aria-hidden />
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!readOnly && (
        <div className="toolbar toolbar--top">
          <div className="field field--inline">
            <label htmlFor="add-vendor">Add a vendor from the library</label>
            <select id="add-vendor" value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">
                {available.length ? 'Choose a vendor…' : 'Every library vendor is already in'}
              </option>
              {available.map((p) => (
                <option key={p.id} value={p.id}>
                  {vendorDisplayName(p)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" disabled={!choice} onClick={() => void add(choice)}>
            Add vendor
          </button>
          <button type="button" className="button button--quiet" onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> New vendor in library…
          </button>
        </div>
      )}
      <NewVendorDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(p) => void add(p.id)}
        onReuse={(existing) => (inEvaluation.has(existing.id) ? undefined : void add(existing.id))}
        reuseLabel="Use the existing vendor"
      />
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={`Remove ${removing?.vendorName ?? 'vendor'} from this evaluation?`}
        message="Its scores, gate results, answers and decision in this evaluation are deleted. The vendor stays in the library."
        confirmLabel="Remove vendor"
        danger
        onConfirm={() => (removing ? remove(removing) : undefined)}
      />
    </section>
  );
}
