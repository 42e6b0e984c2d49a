import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { HistoryFieldFilter } from '../../../ui/HistoryFieldFilter';
import { db } from '../../../db/core/schema';
import {
  fieldDef,
  formatFieldValue,
  type RegisterDefinition,
  type RegisterRecord,
} from '../../../domain/governance';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { linkText, type LinkIndex } from './registerUi';
import { formatDayTime } from '../../../domain/shared/dates';

const SPECIAL_FIELDS: Record<string, string> = {
  classification: 'EU AI Act classification',
  classificationDraft: 'Classification answers (draft)',
  obligationsMet: 'Obligations met',
  dpiaCriteria: 'DPIA screening',
};
const HIDDEN = new Set(['obligationDates', 'classificationDraft']);

/** Who changed what and when (the register keeps a change history per field). */
export function HistoryPanel({
  register,
  record,
  index,
}: {
  register: RegisterDefinition;
  record: RegisterRecord;
  index: LinkIndex;
}) {
  const changes = useLiveQuery(
    () => db.changes.where('[entity+entityId]').equals([register.id, record.id]).reverse().sortBy('at'),
    [register.id, record.id],
  );
  const [field, setField] = useState('');
  if (!changes) return null;
  const visible = changes.filter((c) => !HIDDEN.has(c.field));
  const label = (key: string) =>
    fieldDef(register, key)?.label ?? SPECIAL_FIELDS[key] ?? (key === '*' ? 'Whole record' : key);
  const fields = [...new Set(visible.map((c) => c.field))].sort((a, b) => label(a).localeCompare(label(b)));
  const shown = field ? visible.filter((c) => c.field === field) : visible;
  const text = (field: string, value: unknown) => {
    if (field === '*') return value ? 'the whole record' : '(none)';
    const def = fieldDef(register, field);
    if (def) return formatFieldValue(def, value, { linkLabel: (id) => linkText(index, id) }) || '(empty)';
    if (field === 'classification') return describeClassification(value);
    if (Array.isArray(value)) return value.length ? `${value.length} selected` : '(none)';
    return value === null || value === undefined ? '(empty)' : String(value);
  };
  const columns: TableColumn<(typeof shown)[number]>[] = [
    { key: 'when', header: 'When', className: 'nowrap', render: (change) => formatDayTime(change.at) },
    { key: 'field', header: 'Field', render: (change) => label(change.field) },
    {
      key: 'from',
      header: 'From',
      className: 'muted gov-history-value',
      render: (change) => text(change.field, change.oldValue),
    },
    {
      key: 'to',
      header: 'To',
      className: 'gov-history-value',
      render: (change) => text(change.field, change.newValue),
    },
  ];
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">Change history</h2>
      {fields.length > 1 && (
        <HistoryFieldFilter
          className="gov-filter gov-history-filter"
          value={field}
          options={fields.map((key) => ({ value: key, label: label(key) }))}
          onChange={setField}
        />
      )}
      <RecordTable
        label="Change history"
        compact
        columns={columns}
        rows={shown.slice(0, 50)}
        rowKey={(change) => change.id}
        empty={`No changes since this ${register.singular} was created on ${formatDayTime(record.createdAt)}.`}
      />
    </section>
  );
}

function describeClassification(value: unknown): string {
  if (!value || typeof value !== 'object') return '(not classified)';
  const c = value as { tier: string; override?: { tier: string } | null; rulePackVersion: string };
  return c.override
    ? `${c.override.tier} (override of ${c.tier})`
    : `${c.tier} (rule pack ${c.rulePackVersion})`;
}
