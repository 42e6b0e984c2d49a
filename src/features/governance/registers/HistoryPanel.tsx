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
import { useInterfaceWording } from '../../../state/interfaceLanguage';
import type { Translate } from '../../../domain/shared/language';
import { TIER_LABELS } from '../TierBadge';
import { REGISTER_PHRASES } from './registerPhrases';

/** Names of the fields the change history lists that no form shows. */
export const HISTORY_FIELD_LABELS: Record<string, string> = {
  '*': 'Whole record',
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
  const { lang, t } = useInterfaceWording();
  if (!changes) return null;
  const visible = changes.filter((c) => !HIDDEN.has(c.field));
  const label = (key: string) => {
    const name = fieldDef(register, key)?.label ?? HISTORY_FIELD_LABELS[key];
    return name ? t(name) : key;
  };
  const fields = [...new Set(visible.map((c) => c.field))].sort((a, b) => label(a).localeCompare(label(b)));
  const shown = field ? visible.filter((c) => c.field === field) : visible;
  const text = (field: string, value: unknown) => {
    if (field === '*') return t(value ? 'the whole record' : '(none)');
    const def = fieldDef(register, field);
    if (def)
      return (
        formatFieldValue(def, value, { linkLabel: (id) => linkText(index, id), words: { lang, t } }) ||
        t('(empty)')
      );
    if (field === 'classification') return describeClassification(value, t);
    if (Array.isArray(value)) return value.length ? t('{{n}} selected', { n: value.length }) : t('(none)');
    return value === null || value === undefined ? t('(empty)') : String(value);
  };
  const columns: TableColumn<(typeof shown)[number]>[] = [
    { key: 'when', header: t('When'), className: 'nowrap', render: (change) => formatDayTime(change.at) },
    { key: 'field', header: t('Field'), render: (change) => label(change.field) },
    {
      key: 'from',
      header: t('From'),
      className: 'muted gov-history-value',
      render: (change) => text(change.field, change.oldValue),
    },
    {
      key: 'to',
      header: t('To'),
      className: 'gov-history-value',
      render: (change) => text(change.field, change.newValue),
    },
  ];
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('Change history')}</h2>
      {fields.length > 1 && (
        <HistoryFieldFilter
          className="gov-filter gov-history-filter"
          value={field}
          options={fields.map((key) => ({ value: key, label: label(key) }))}
          onChange={setField}
        />
      )}
      <RecordTable
        label={t('Change history')}
        compact
        columns={columns}
        rows={shown.slice(0, 50)}
        rowKey={(change) => change.id}
        empty={t(REGISTER_PHRASES[register.id].noChanges, { date: formatDayTime(record.createdAt) })}
      />
    </section>
  );
}

function describeClassification(value: unknown, t: Translate): string {
  if (!value || typeof value !== 'object') return t('(not classified)');
  const c = value as {
    tier: keyof typeof TIER_LABELS;
    override?: { tier: keyof typeof TIER_LABELS } | null;
    rulePackVersion: string;
  };
  const tier = (key: keyof typeof TIER_LABELS) => t(TIER_LABELS[key] ?? key);
  return c.override
    ? t('{{tier}} (override of {{original}})', { tier: tier(c.override.tier), original: tier(c.tier) })
    : t('{{tier}} (rule pack {{version}})', { tier: tier(c.tier), version: c.rulePackVersion });
}
