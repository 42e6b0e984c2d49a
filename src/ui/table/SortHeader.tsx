import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import type { SortOrder } from '../../domain/shared/sortRows';

/**
 * The one sortable column header: a button inside the `th` (its name is the visible header), with
 * `aria-sort` saying the current order and an arrow showing it.
 */
export function SortHeader<K extends string>({
  label,
  column,
  sort,
  onSort,
  numeric,
  className,
}: {
  label: string;
  column: K;
  sort: SortOrder<K>;
  onSort(column: K): void;
  numeric?: boolean;
  className?: string;
}) {
  const active = sort.key === column;
  const Icon = !active ? ArrowUpDown : sort.direction === 'asc' ? ArrowUp : ArrowDown;
  const classes = [numeric ? 'num' : '', className ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <th
      scope="col"
      className={classes}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <Icon size={13} aria-hidden className={active ? undefined : 'sort-button__idle'} />
      </button>
    </th>
  );
}
