import type { ReactNode } from 'react';
import './table.css';
import type { SortOrder } from '../../domain/shared/sortRows';
import { useWindowedRows } from '../useWindowedRows';
import { SortHeader } from './SortHeader';

export interface TableColumn<R, K extends string = string> {
  key: K;
  /** The visible header (also the sort button's name). */
  header: string;
  render(row: R): ReactNode;
  /** False for a column that cannot be sorted (default: sortable when the table sorts). */
  sortable?: boolean;
  numeric?: boolean;
  /** Class of the column's cells (th and td). */
  className?: string;
  /** Width of the column when the table is windowed (columns are fixed then, so they do not shift while scrolling). */
  width?: string;
}

interface RecordTableProps<R, K extends string> {
  /** The table's accessible name. */
  label: string;
  columns: readonly TableColumn<R, K>[];
  /** Rows in the order to show (sort them with `sortRows`). */
  rows: readonly R[];
  rowKey(row: R): string;
  /** The current order and what a header click does; without it no column sorts. */
  sort?: SortOrder<K> & { toggle(key: K): void };
  className?: string;
  /** Rows beyond this many are windowed: only those in view are in the page. */
  windowAfter?: number;
  /** Class of a row (e.g. to mark a stopped or overdue one). */
  rowClassName?(row: R): string | undefined;
}

/**
 * The one data table of the app: headers that sort (kept in the URL by `useUrlSort`), long lists
 * windowed, every cell from the column definitions. Searching and filtering happen before the rows
 * arrive (their state in the URL through `useUrlParams`); CSV goes through `CsvExportButton`.
 */
export function RecordTable<R, K extends string>({
  label,
  columns,
  rows,
  rowKey,
  sort,
  className,
  windowAfter,
  rowClassName,
}: RecordTableProps<R, K>) {
  const view = useWindowedRows(
    rows.length,
    windowAfter === undefined ? undefined : { threshold: windowAfter },
  );
  const spacer = (height: number) => (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={columns.length} style={{ height }} />
    </tr>
  );
  const classes = ['table', 'record-table', view.windowed ? 'record-table--windowed' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="table-scroll">
      <table
        className={classes}
        aria-label={label}
        aria-rowcount={view.windowed ? rows.length + 1 : undefined}
      >
        {view.windowed && (
          <colgroup>
            {columns.map((c) => (
              <col key={c.key} style={c.width ? { width: c.width } : undefined} />
            ))}
          </colgroup>
        )}
        <thead>
          <tr>
            {columns.map((c) => {
              const cellClass =
                [c.numeric ? 'num' : '', c.className ?? ''].filter(Boolean).join(' ') || undefined;
              return sort && c.sortable !== false ? (
                <SortHeader
                  key={c.key}
                  label={c.header}
                  column={c.key}
                  sort={sort}
                  onSort={sort.toggle}
                  numeric={c.numeric}
                  className={c.className}
                />
              ) : (
                <th key={c.key} scope="col" className={cellClass}>
                  {c.header}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={view.bodyRef}>
          {view.padTop > 0 && spacer(view.padTop)}
          {rows.slice(view.start, view.end).map((row, i) => (
            <tr
              key={rowKey(row)}
              data-row
              className={rowClassName?.(row)}
              aria-rowindex={view.windowed ? view.start + i + 2 : undefined}
            >
              {columns.map((c) => (
                <td
                  key={c.key}
                  className={
                    [c.numeric ? 'num' : '', c.className ?? ''].filter(Boolean).join(' ') || undefined
                  }
                >
                  {c.render(row)}
                </td>
              ))}
            </tr>
          ))}
          {view.padBottom > 0 && spacer(view.padBottom)}
        </tbody>
      </table>
    </div>
  );
}
