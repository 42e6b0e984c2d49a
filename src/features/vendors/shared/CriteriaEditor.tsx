import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { WEIGHT_TOTAL } from '../../../domain/vendors';
import type { CriteriaDraft } from './criteriaDraft';
import { ErrorList } from './Notice';

/** Table editor of criteria (name, description, weight) with the running total and what is wrong. */
export function CriteriaEditor({
  draft,
  readOnly,
  label,
}: {
  draft: CriteriaDraft;
  readOnly: boolean;
  label: string;
}) {
  const totalOk = Math.abs(draft.total - WEIGHT_TOTAL) < 1e-6;
  return (
    <div className="criteria-editor">
      <table className="table criteria-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">What a 1 and a 5 look like</th>
            <th scope="col" className="num">
              Weight (%)
            </th>
            {!readOnly && (
              <th scope="col">
                <span className="visually-hidden">Order and remove</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {draft.rows.map((row, index) => {
            const errors = draft.fieldErrors[index];
            const name = row.name || `criterion ${index + 1}`;
            return (
              <tr key={row.id}>
                <td className={errors.name ? 'field--invalid' : ''}>
                  <input
                    className="input"
                    aria-label={`Name of criterion ${index + 1}`}
                    value={row.name}
                    disabled={readOnly}
                    aria-invalid={errors.name ? true : undefined}
                    onChange={(e) => draft.update(index, { name: e.target.value })}
                  />
                  {errors.name && <p className="field__error">{errors.name}</p>}
                </td>
                <td>
                  <textarea
                    className="input"
                    rows={2}
                    aria-label={`Description of ${name}`}
                    value={row.description}
                    disabled={readOnly}
                    onChange={(e) => draft.update(index, { description: e.target.value })}
                  />
                </td>
                <td className={`num criteria-table__weight ${errors.weight ? 'field--invalid' : ''}`}>
                  <input
                    className="input"
                    inputMode="decimal"
                    aria-label={`Weight of ${name} (%)`}
                    value={row.weight}
                    disabled={readOnly}
                    aria-invalid={errors.weight ? true : undefined}
                    onChange={(e) => draft.update(index, { weight: e.target.value })}
                  />
                  {errors.weight && <p className="field__error">{errors.weight}</p>}
                </td>
                {!readOnly && (
                  <td className="criteria-table__actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Move ${name} up`}
                      disabled={index === 0}
                      onClick={() => draft.move(index, -1)}
                    >
                      <ArrowUp size={16} aria-hidden />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Move ${name} down`}
                      disabled={index === draft.rows.length - 1}
                      onClick={() => draft.move(index, 1)}
                    >
                      <ArrowDown size={16} aria-hidden />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove ${name}`}
                      onClick={() => draft.remove(index)}
                    >
                      <Trash2 size={16} aria-hidden />
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total
            </th>
            <td className={`num criteria-table__total ${totalOk ? '' : 'text-danger'}`} aria-live="polite">
              {Number.isFinite(draft.total) ? `${Math.round(draft.total * 100) / 100}%` : '—'}
            </td>
            {!readOnly && <td />}
          </tr>
        </tfoot>
      </table>
      {!readOnly && (
        <div className="criteria-editor__footer">
          <button type="button" className="button" onClick={draft.add}>
            <Plus size={16} aria-hidden /> Add criterion
          </button>
          {!totalOk && draft.rows.length > 0 && (
            <button type="button" className="button" onClick={draft.scale}>
              Scale weights to 100%
            </button>
          )}
        </div>
      )}
      {!readOnly && draft.dirty && <ErrorList id="criteria-errors" reasons={draft.reasons} />}
    </div>
  );
}
