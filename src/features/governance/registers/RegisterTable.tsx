import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { fieldDef, recordTitle, type RegisterDefinition, type RegisterRecord } from '../../../domain/governance';
import { FieldValue } from './FieldValue';
import type { ExtraListColumn } from './registerExtras';
import { recordPath, type LinkIndex } from './registerUi';

export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

/** A register as a dense, sortable table; the name of each record opens it. */
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
  const fields = register.listColumns.map((key) => fieldDef(register, key)!);
  const shownExtras = extras.filter((extra) => extra.render);
  const columns: { key: string; header: string; render: (record: RegisterRecord) => ReactNode }[] = [];
  fields.forEach((field, position) => {
    columns.push({
      key: field.key,
      header: field.label,
      render: (record) =>
        field.key === register.titleField ? (
          <Link className="gov-record-link" to={recordPath(clientId, register.id, record.id)}>
            {recordTitle(register, record)}
          </Link>
        ) : (
          <FieldValue field={field} value={record[field.key]} index={index} />
        ),
    });
    if (position === 0) for (const extra of shownExtras) columns.push({ key: extra.key, header: extra.header, render: (record) => extra.render!(record) });
  });

  return (
    <div className="gov-table-wrap">
      <table className="table gov-table" aria-label={register.title}>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort.key === column.key;
              const Icon = !active ? ArrowUpDown : sort.direction === 'asc' ? ArrowUp : ArrowDown;
              return (
                <th key={column.key} scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="gov-sort" onClick={() => onSort(column.key)}>
                    {column.header}
                    <Icon size={13} aria-hidden />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((record) => (
            <tr key={record.id}>
              {columns.map((column) => (
                <td key={column.key}>{column.render(record)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
