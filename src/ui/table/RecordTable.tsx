import { Fragment, type ReactNode } from 'react';
import './table.css';
import type { SortOrder } from '../../domain/shared/sortRows';
import { useWindowedRows } from '../useWindowedRows';
import { SortHeader } from './SortHeader';

export interface TableColumn<R, K extends string = string> {
  key: K;
  /** The visible header (also the sort button's name). */
  header: string;
  /** The header is for screen readers only (e.g. over a column of buttons). */
  headerHidden?: boolean;
  /** The cell's content; `index` is the row's place in `rows` (e.g. "participant 3"). */
  render(row: R, index: number): ReactNode;
  /** False for a column that cannot be sorted (default: sortable when the table sorts). */
  sortable?: boolean;
  numeric?: boolean;
  /** The column names its row: its cells are `th scope="row"`. */
  rowHeader?: boolean;
  /** Class of the column's cells (th and td). */
  className?: string;
  /** Class of one row's cell in this column (e.g. a figure over its limit). */
  cellClassName?(row: R, index: number): string | undefined;
  /** Width of the column when the table is windowed (columns are fixed then, so they do not shift while scrolling). */
  width?: string;
}

interface RecordTableProps<R, K extends string> {
  /** The table's accessible name. */
  label: string;
  columns: readonly TableColumn<R, K>[];
  /** Rows in the order to show (sort them with `sortRows`). */
  rows: readonly R[];
  /** A row's React key; `index` is its place in `rows` (for rows without an id). */
  rowKey(row: R, index: number): string;
  /** The current order and what a header click does; without it no column sorts. */
  sort?: SortOrder<K> & { toggle(key: K): void };
  className?: string;
  /** Smaller padding (tables inside cards and panels). */
  compact?: boolean;
  /** Rows beyond this many are windowed: only those in view are in the page. */
  windowAfter?: number;
  /** Class of a row (e.g. to mark a stopped or overdue one). */
  rowClassName?(row: R): string | undefined;
  /** Shown instead of the table when there are no rows (a string becomes a muted paragraph). */
  empty?: ReactNode;
  /** The column headers are for screen readers only (a list whose columns need no visible names). */
  hideHeader?: boolean;
  /** More about a row, in a row of its own under it across all columns (nothing when it returns null). */
  detail?(row: R): ReactNode;
  /** Rows fall into groups (given in order): a heading row across all columns starts each group. */
  groupOf?(row: R): string;
  /** Rows under the body (e.g. a total), as `tr` elements. */
  footer?: ReactNode;
}

const join = (...classes: (string | false | undefined)[]) => classes.filter(Boolean).join(' ') || undefined;

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
  compact,
  windowAfter,
  rowClassName,
  empty,
  hideHeader,
  detail,
  groupOf,
  footer,
}: RecordTableProps<R, K>) {
  const view = useWindowedRows(
    rows.length,
    windowAfter === undefined ? undefined : { threshold: windowAfter },
  );
  if (rows.length === 0 && empty !== undefined)
    return typeof empty === 'string' ? <p className="muted">{empty}</p> : <>{empty}</>;
  const spacer = (height: number) => (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={columns.length} style={{ height }} />
    </tr>
  );
  const headerText = (c: TableColumn<R, K>) =>
    c.headerHidden ? <span className="visually-hidden">{c.header}</span> : c.header;
  return (
    <div className="table-scroll">
      <table
        className={join(
          'table',
          'record-table',
          compact && 'table--compact',
          view.windowed && 'record-table--windowed',
          className,
        )}
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
        <thead className={hideHeader ? 'visually-hidden' : undefined}>
          <tr>
            {columns.map((c) =>
              sort && c.sortable !== false ? (
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
                <th key={c.key} scope="col" className={join(c.numeric && 'num', c.className)}>
                  {headerText(c)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody ref={view.bodyRef}>
          {view.padTop > 0 && spacer(view.padTop)}
          {rows.slice(view.start, view.end).map((row, i) => {
            const more = detail?.(row);
            const group = groupOf?.(row);
            const previous = view.start + i > 0 ? rows[view.start + i - 1] : undefined;
            const startsGroup =
              group !== undefined && (previous === undefined || groupOf?.(previous) !== group);
            return (
              <Fragment key={rowKey(row, view.start + i)}>
                {startsGroup && (
                  <tr className="record-table__group">
                    <th scope="colgroup" colSpan={columns.length}>
                      {group}
                    </th>
                  </tr>
                )}
                <tr
                  data-row
                  className={rowClassName?.(row)}
                  aria-rowindex={view.windowed ? view.start + i + 2 : undefined}
                >
                  {columns.map((c) => {
                    // eslint-disable-next-line i18next/no-literal-string -- element names, not text
                    const Cell = c.rowHeader ? 'th' : 'td';
                    return (
                      <Cell
                        key={c.key}
                        scope={c.rowHeader ? 'row' : undefined}
                        className={join(
                          c.numeric && 'num',
                          c.className,
                          c.cellClassName?.(row, view.start + i),
                        )}
                      >
                        {c.render(row, view.start + i)}
                      </Cell>
                    );
                  })}
                </tr>
                {more != null && more !== false && (
                  <tr className="record-table__detail">
                    <td colSpan={columns.length}>{more}</td>
                  </tr>
                )}
              </Fragment>
            );
          })}
          {view.padBottom > 0 && spacer(view.padBottom)}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
}
