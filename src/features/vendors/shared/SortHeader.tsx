import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useState } from 'react';

export type SortState<K extends string> = { key: K; direction: 'asc' | 'desc'; toggle(key: K): void };

export function useSort<K extends string>(initial: K, direction: 'asc' | 'desc' = 'asc'): SortState<K> {
  const [state, setState] = useState({ key: initial, direction });
  return {
    ...state,
    toggle: (key: K) => setState((prev) => ({ key, direction: prev.key === key && prev.direction === 'asc' ? 'desc' : 'asc' })),
  };
}

/** A column header that sorts the table (a button inside the th; aria-sort says the current order). */
export function SortHeader<K extends string>({ sort, column, label, className }: { sort: SortState<K>; column: K; label: string; className?: string }) {
  const active = sort.key === column;
  const Icon = !active ? ArrowUpDown : sort.direction === 'asc' ? ArrowUp : ArrowDown;
  return (
    <th scope="col" className={className} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => sort.toggle(column)}>
        {label} <Icon size={13} aria-hidden />
      </button>
    </th>
  );
}
