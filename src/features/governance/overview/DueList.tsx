import { Link } from 'react-router';
import { CALENDAR_KIND_LABELS, type CalendarItem } from '../../../domain/governance';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { recordPath } from '../registers/registerUi';
import { formatDay } from '../../../domain/shared/dates';

/** The date a calendar item is due and how soon (red when overdue). */
export const DUE_COLUMN: TableColumn<CalendarItem> = {
  key: 'due',
  header: 'Due',
  className: 'nowrap',
  render: (item) => (
    <>
      {formatDay(item.date)}
      <span className={`due-label due-label--${item.status}`}>{item.label}</span>
    </>
  ),
};
export const KIND_COLUMN: TableColumn<CalendarItem> = {
  key: 'kind',
  header: 'Kind',
  render: (item) => CALENDAR_KIND_LABELS[item.kind],
};

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
  const what: TableColumn<CalendarItem> = {
    key: 'what',
    header: 'What',
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
      columns={showKind ? [DUE_COLUMN, what, KIND_COLUMN] : [DUE_COLUMN, what]}
    />
  );
}
