import { useSearchParams } from 'react-router';
import { fieldDef, formatFieldValue, sortValue, type RegisterDefinition, type RegisterRecord } from '../../../domain/governance';
import type { ExtraListColumn } from './registerExtras';
import type { SortState } from './RegisterTable';
import { linkText, type LinkIndex } from './registerUi';

/**
 * Search, filters and sort of a register list, kept in the URL (so Back returns to the same view),
 * applied to the client's records.
 */
export function useRegisterRows(register: RegisterDefinition, records: RegisterRecord[], extras: ExtraListColumn[], index: LinkIndex) {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const filters = Object.fromEntries(register.filterFields.map((key) => [key, params.get(`f.${key}`) ?? '']));
  const sort: SortState = {
    key: params.get('sort') ?? register.defaultSort.field,
    direction: (params.get('dir') as 'asc' | 'desc' | null) ?? register.defaultSort.direction,
  };
  const opts = { linkLabel: (id: string) => linkText(index, id) };

  const setParam = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  const needle = search.trim().toLocaleLowerCase();
  const matches = (record: RegisterRecord) =>
    !needle || register.fields.some((field) => formatFieldValue(field, record[field.key], opts).toLocaleLowerCase().includes(needle));
  const filtered = records.filter((record) => matches(record) && register.filterFields.every((key) => !filters[key] || record[key] === filters[key]));

  const extra = extras.find((e) => e.key === sort.key);
  const keyOf = (record: RegisterRecord) => (extra ? extra.sortValue(record) : sortValue(fieldDef(register, sort.key), record[sort.key], opts));
  const rows = [...filtered].sort((a, b) => {
    const x = keyOf(a);
    const y = keyOf(b);
    if (x === null && y === null) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sort.direction === 'asc' ? order : -order;
  });

  return {
    rows,
    search,
    filters,
    sort,
    setSearch: (value: string) => setParam({ q: value }),
    setFilter: (key: string, value: string) => setParam({ [`f.${key}`]: value }),
    toggleSort: (key: string) => setParam({ sort: key, dir: sort.key === key && sort.direction === 'asc' ? 'desc' : 'asc' }),
    clear: () => setParam({ q: '', ...Object.fromEntries(register.filterFields.map((key) => [`f.${key}`, ''])) }),
    filtered: Boolean(needle) || Object.values(filters).some(Boolean),
  };
}
