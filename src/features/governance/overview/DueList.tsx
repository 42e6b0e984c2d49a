import { Link } from 'react-router';
import { CALENDAR_KIND_LABELS, type CalendarItem } from '../../../domain/governance';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { recordPath } from '../registers/registerUi';
import { formatDay } from '../../../domain/shared/dates';
import type { Translate } from '../../../domain/shared/language';
import { useT } from '../../../state/interfaceLanguage';

/** The date a calendar item is due and how soon (red when overdue); its header in the interface's language. */
export const dueColumn = (t: Translate): TableColumn<CalendarItem> => ({
  key: 'due',
  header: t('Due'),
  className: 'nowrap',
  render: (item) => (
    <>
      {formatDay(item.date)}
      <span className={`due-label due-label--${item.status}`}>{item.label}</span>
    </>
  ),
});
export const kindColumn = (t: Translate): TableColumn<CalendarItem> => ({
  key: 'kind',
  header: t('Kind'),
  render: (item) => t(CALENDAR_KIND_LABELS[item.kind]),
});

/** Calendar items as a table: the due column first, each row marked by how soon it is due. */
export function DueTable<T extends CalendarItem>({
  items,
  label,
  columns,
}: {
  items: readonly T[];
  label: string;
  columns: readonly TableColumn<T>[];
}) {
  return (
    <RecordTable
      label={label}
      compact
      className="due-table"
      columns={columns}
      rows={items}
      rowKey={(item) => item.key}
      rowClassName={(item) => `due-row due-row--${item.status}`}
    />
  );
}

/** Calendar items as a compact table: what, kind, date and how soon (red when overdue). */
export function DueList({
  items,
  clientId,
  label,
  showKind = true,
}: {
  items: CalendarItem[];
  clientId: string;
  label: string;
  showKind?: boolean;
}) {
  const t = useT();
  const what: TableColumn<CalendarItem> = {
    key: 'what',
    header: t('What'),
    render: (item) => (
      <>
        <Link to={recordPath(clientId, item.registerId, item.recordId)}>{item.title}</Link>
        <span className="field__hint">{item.detail}</span>
      </>
    ),
  };
  return (
    <DueTable
      label={label}
      items={items}
      columns={showKind ? [dueColumn(t), what, kindColumn(t)] : [dueColumn(t), what]}
    />
  );
}
