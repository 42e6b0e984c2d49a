import { toCsv } from '../../shared/csv';
import type { FieldDef, RegisterDefinition } from './fieldTypes';
import { formatDay, formatDayTime } from '../../shared/dates';
import type { EscalationStep } from './escalationPaths';
import { ENGLISH, type Wording } from '../../shared/language';

/** Plain-text rendering of register values, shared by list cells, CSV export and change history. */

export interface FormatOptions {
  /** The name of a linked record (with its tier for AI systems), or a fallback for unknown ids. */
  linkLabel?: (id: string) => string;
  /** Calendar dates as stored (`2026-11-26`, for CSV) or for reading (`26 Nov 2026`). */
  dates?: 'iso' | 'readable';
  /** The language of labels and yes/no (a CSV in the client's report language); English when not given. */
  words?: Wording;
}

export function formatFieldValue(field: FieldDef, value: unknown, opts: FormatOptions = {}): string {
  if (value === null || value === undefined || value === '') return '';
  const { t } = opts.words ?? ENGLISH;
  const optionLabel = (v: unknown) => {
    const label = field.options?.find((o) => o.value === v)?.label;
    return label ? t(label) : String(v);
  };
  switch (field.kind) {
    case 'date':
      return typeof value === 'string' ? formatDay(value, opts.dates) : '';
    case 'datetime':
      return typeof value === 'string' ? formatDayTime(value, opts.dates) : '';
    case 'boolean':
      return t(value === true ? 'Yes' : 'No');
    case 'select':
      return optionLabel(value);
    case 'multiselect':
      return Array.isArray(value) ? value.map(optionLabel).join('; ') : '';
    case 'people':
    case 'tags':
      return Array.isArray(value) ? value.join('; ') : '';
    case 'links':
      return Array.isArray(value)
        ? value.map((id) => opts.linkLabel?.(String(id)) ?? String(id)).join('; ')
        : '';
    case 'steps':
      return Array.isArray(value)
        ? (value as EscalationStep[])
            .map(
              (step, i) => `${i + 1}. ${step.contact}${step.responseTime ? ` (${step.responseTime})` : ''}`,
            )
            .join('; ')
        : '';
    default:
      return String(value);
  }
}

export interface ExtraColumn {
  header: string;
  value: (record: Record<string, unknown>) => string;
}

/** Every field of every record, one row each, in the register's field order, plus extra columns; headers and labels in `opts.words`' language. */
export function registerCsv(
  register: RegisterDefinition,
  records: readonly object[],
  opts: FormatOptions & { extras?: readonly ExtraColumn[] } = {},
): string {
  return toCsv(registerCsvRows(register, records, opts));
}

export function registerCsvRows(
  register: RegisterDefinition,
  records: readonly object[],
  opts: FormatOptions & { extras?: readonly ExtraColumn[] } = {},
): string[][] {
  const extras = opts.extras ?? [];
  const { t } = opts.words ?? ENGLISH;
  const header = [
    ...register.fields.map((f) => t(f.label)),
    ...extras.map((e) => t(e.header)),
    t('Created'),
    t('Last changed'),
  ];
  const rows = (records as readonly Record<string, unknown>[]).map((record) => [
    ...register.fields.map((field) => formatFieldValue(field, record[field.key], { ...opts, dates: 'iso' })),
    ...extras.map((extra) => extra.value(record)),
    formatDayTime(String(record.createdAt ?? ''), 'iso'),
    formatDayTime(String(record.updatedAt ?? ''), 'iso'),
  ]);
  return [header, ...rows];
}

/** Sort key of a value: numbers as numbers, lists by their text, empty values last. */
export function sortValue(
  field: FieldDef | undefined,
  value: unknown,
  opts: FormatOptions = {},
): string | number | null {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return null;
  if (typeof value === 'number') return value;
  if (field && (field.kind === 'date' || field.kind === 'datetime'))
    return typeof value === 'string' ? Date.parse(value.length === 10 ? `${value}T00:00:00` : value) : null;
  if (field?.kind === 'select') {
    const index = field.options?.findIndex((o) => o.value === value) ?? -1;
    return index >= 0 ? index : String(value);
  }
  return field ? formatFieldValue(field, value, opts).toLocaleLowerCase() : String(value).toLocaleLowerCase();
}
