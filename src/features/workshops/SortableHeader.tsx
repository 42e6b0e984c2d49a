import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';

export interface SortState<K extends string> {
  key: K;
  direction: 'asc' | 'desc';
}

/** A table header cell that sorts its column when clicked (Enter/Space on the button). */
export function SortableHeader<K extends string>({ label, column, sort, onSort, numeric }: { label: string; column: K; sort: SortState<K>; onSort: (next: SortState<K>) => void; numeric?: boolean }) {
  const active = sort.key === column;
  const Icon = active ? (sort.direction === 'asc' ? ArrowUp : ArrowDown) : ArrowUpDown;
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="ws-sort-button"
        onClick={() => onSort({ key: column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
      >
        {label} <Icon size={12} aria-hidden />
      </button>
    </th>
  );
}

/** Compares two cell values: numbers numerically, text alphabetically, empty values last. */
export function compareValues(a: string | number | null, b: string | number | null, direction: 'asc' | 'desc'): number {
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  const result = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
  return direction === 'asc' ? result : -result;
}
