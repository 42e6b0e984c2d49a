import {
  fieldDef,
  recordTitle,
  type RegisterDefinition,
  type RegisterRecord,
} from '../../../domain/governance';
import type { SortOrder } from '../../../domain/shared/sortRows';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { FieldValue } from './FieldValue';
import type { ExtraListColumn } from './registerExtras';
import { recordPath, type LinkIndex } from './registerUi';
import { useT } from '../../../state/interfaceLanguage';
import { useRouteLinks } from '../../../ui/useRouteLinks';

export type SortState = SortOrder;

/** A register as a dense, sortable table (columns from its definition); the name of each record opens it. */
export function RegisterTable(props: {
  register: RegisterDefinition;
  clientId: string;
  rows: RegisterRecord[];
  extras: ExtraListColumn[];
  index: LinkIndex;
  sort: SortState;
  onSort: (key: string) => void;
}) {
  const { register, clientId, rows, extras, index, sort, onSort } = props;
  const t = useT();
  const link = useRouteLinks();
  const fields = register.listColumns.map((key) => fieldDef(register, key)!);
  const shownExtras = extras.filter((extra) => extra.render);
  const columns: TableColumn<RegisterRecord>[] = [];
  fields.forEach((field, position) => {
    columns.push({
      key: field.key,
      header: t(field.label),
      render: (record) =>
        field.key === register.titleField ? (
          <a className="gov-record-link" {...link(recordPath(clientId, register.id, record.id))}>
            {recordTitle(register, record)}
          </a>
        ) : (
          <FieldValue field={field} value={record[field.key]} index={index} />
        ),
    });
    if (position === 0)
      for (const extra of shownExtras)
        columns.push({ key: extra.key, header: t(extra.header), render: (record) => extra.render!(record) });
  });

  return (
    <RecordTable
      label={t(register.title)}
      className="gov-table"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      sort={{ ...sort, toggle: onSort }}
    />
  );
}
