import {
  fieldDef,
  formatFieldValue,
  sortValue,
  type RegisterDefinition,
  type RegisterRecord,
} from '../../../domain/governance';
import type { ExtraListColumn } from './registerExtras';
import { nextSort, sortRows } from '../../../domain/shared/sortRows';
import { useUrlParams } from '../../../ui/table/useUrlState';
import type { SortState } from './RegisterTable';
import { linkText, type LinkIndex } from './registerUi';

/**
 * Search, filters and sort of a register list, kept in the URL (so Back returns to the same view),
 * applied to the client's records.
 */
export function useRegisterRows(
  register: RegisterDefinition,
  records: RegisterRecord[],
  extras: ExtraListColumn[],
  index: LinkIndex,
) {
  const { params, set: setParam } = useUrlParams();
  const search = params.get('q') ?? '';
  const filters = Object.fromEntries(register.filterFields.map((key) => [key, params.get(`f.${key}`) ?? '']));
  const sort: SortState = {
    key: params.get('sort') ?? register.defaultSort.field,
    direction: (params.get('dir') as 'asc' | 'desc' | null) ?? register.defaultSort.direction,
  };
  const opts = { linkLabel: (id: string) => linkText(index, id) };

  const needle = search.trim().toLocaleLowerCase();
  const matches = (record: RegisterRecord) =>
    !needle ||
    register.fields.some((field) =>
      formatFieldValue(field, record[field.key], opts).toLocaleLowerCase().includes(needle),
    );
  const filtered = records.filter(
    (record) =>
      matches(record) && register.filterFields.every((key) => !filters[key] || record[key] === filters[key]),
  );

  const extra = extras.find((e) => e.key === sort.key);
  const keyOf = (record: RegisterRecord) =>
    extra ? extra.sortValue(record) : sortValue(fieldDef(register, sort.key), record[sort.key], opts);
  const rows = sortRows(filtered, sort, keyOf);

  return {
    rows,
    search,
    filters,
    sort,
    setSearch: (value: string) => setParam({ q: value }),
    setFilter: (key: string, value: string) => setParam({ [`f.${key}`]: value }),
    toggleSort: (key: string) => {
      const next = nextSort(sort, key);
      setParam({ sort: next.key, dir: next.direction });
    },
    clear: () =>
      setParam({ q: '', ...Object.fromEntries(register.filterFields.map((key) => [`f.${key}`, ''])) }),
    filtered: Boolean(needle) || Object.values(filters).some(Boolean),
  };
}
