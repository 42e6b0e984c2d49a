import { Plus } from 'lucide-react';
import { WEIGHT_TOTAL } from '../../../domain/vendors';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { RowOrderButtons } from '../../../ui/table/RowOrderButtons';
import type { CriteriaDraft } from './criteriaDraft';
import { ErrorList } from './Notice';
import { useT } from '../../../state/interfaceLanguage';

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
  const t = useT();
  const totalOk = Math.abs(draft.total - WEIGHT_TOTAL) < 1e-6;
  const nameOf = (index: number) =>
    draft.rows[index].name || t('criterion {{number}}', { number: index + 1 });
  const invalid = (problem: string | null | undefined) => (problem ? 'field--invalid' : undefined);
  const columns: TableColumn<CriteriaDraft['rows'][number]>[] = [
    {
      key: 'name',
      header: t('Criterion'),
      cellClassName: (_, index) => invalid(draft.fieldErrors[index].name),
      render: (row, index) => (
        <>
          <input
            className="input"
            aria-label={t('Name of criterion {{number}}', { number: index + 1 })}
            value={row.name}
            disabled={readOnly}
            aria-invalid={draft.fieldErrors[index].name ? true : undefined}
            onChange={(e) => draft.update(index, { name: e.target.value })}
          />
          {draft.fieldErrors[index].name && <p className="field__error">{draft.fieldErrors[index].name}</p>}
        </>
      ),
    },
    {
      key: 'description',
      header: t('What a 1 and a 5 look like'),
      render: (row, index) => (
        <textarea
          className="input"
          rows={2}
          aria-label={t('Description of {{criterion}}', { criterion: nameOf(index) })}
          value={row.description}
          disabled={readOnly}
          onChange={(e) => draft.update(index, { description: e.target.value })}
        />
      ),
    },
    {
      key: 'weight',
      header: t('Weight (%)'),
      numeric: true,
      className: 'criteria-table__weight',
      cellClassName: (_, index) => invalid(draft.fieldErrors[index].weight),
      render: (row, index) => (
        <>
          <input
            className="input"
            inputMode="decimal"
            aria-label={t('Weight of {{criterion}} (%)', { criterion: nameOf(index) })}
            value={row.weight}
            disabled={readOnly}
            aria-invalid={draft.fieldErrors[index].weight ? true : undefined}
            onChange={(e) => draft.update(index, { weight: e.target.value })}
          />
          {draft.fieldErrors[index].weight && (
            <p className="field__error">{draft.fieldErrors[index].weight}</p>
          )}
        </>
      ),
    },
    {
      key: 'order',
      header: t('Order and remove'),
      headerHidden: true,
      className: 'criteria-table__actions',
      render: (_, index) => (
        <RowOrderButtons
          name={nameOf(index)}
          index={index}
          count={draft.rows.length}
          onMove={draft.move}
          onRemove={() => draft.remove(index)}
        />
      ),
    },
  ];
  return (
    <div className="criteria-editor">
      <RecordTable
        label={label}
        className="criteria-table"
        columns={readOnly ? columns.slice(0, 3) : columns}
        rows={draft.rows}
        rowKey={(row) => row.id}
        footer={
          <tr>
            <th scope="row" colSpan={2}>
              {t('Total')}
            </th>
            <td className={`num criteria-table__total ${totalOk ? '' : 'text-danger'}`} aria-live="polite">
              {Number.isFinite(draft.total) ? `${Math.round(draft.total * 100) / 100}%` : '—'}
            </td>
            {!readOnly && <td />}
          </tr>
        }
      />
      {!readOnly && (
        <div className="criteria-editor__footer">
          <button type="button" className="button" onClick={draft.add}>
            <Plus size={16} aria-hidden /> {t('Add criterion')}
          </button>
          {!totalOk && draft.rows.length > 0 && (
            <button type="button" className="button" onClick={draft.scale}>
              {t('Scale weights to 100%')}
            </button>
          )}
        </div>
      )}
      {!readOnly && draft.dirty && <ErrorList id="criteria-errors" reasons={draft.reasons} />}
    </div>
  );
}
