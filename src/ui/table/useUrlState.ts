import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { nextSort, type SortDirection, type SortOrder } from '../../domain/shared/sortRows';

/**
 * A table's view (sort, filters, search) kept in the URL's query, so Back, a reload or a shared link
 * returns to the same view. Changes replace the history entry (typing a search is not 20 Back steps).
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (changes: Record<string, string>) =>
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
      ),
    [setParams],
  );
  return { params, set };
}

export interface UrlSort<K extends string> extends SortOrder<K> {
  /** A click on a column's header. */
  toggle(key: K): void;
}

interface UrlSortOptions<K extends string> {
  /** The keys a URL may name (anything else falls back to the default). */
  keys: readonly K[];
  /** The direction a column sorts in first (default ascending). */
  firstDirection?: (key: K) => SortDirection;
  /** Query names, when one page has two sorted tables. */
  param?: { key: string; direction: string };
}

/** The sort of a table, read from and written to the URL (`?sort=<key>&dir=asc|desc`). */
export function useUrlSort<K extends string>(
  fallback: SortOrder<K>,
  { keys, firstDirection, param = { key: 'sort', direction: 'dir' } }: UrlSortOptions<K>,
): UrlSort<K> {
  const { params, set } = useUrlParams();
  const named = params.get(param.key);
  const key = named !== null && (keys as readonly string[]).includes(named) ? (named as K) : fallback.key;
  const dir = params.get(param.direction);
  const direction: SortDirection =
    dir === 'asc' || dir === 'desc'
      ? dir
      : key === fallback.key
        ? fallback.direction
        : (firstDirection?.(key) ?? 'asc');
  // The same object while the order is the same, so screens can memoise on it.
  const first = useRef(firstDirection);
  first.current = firstDirection;
  const { key: keyParam, direction: directionParam } = param;
  return useMemo(
    () => ({
      key,
      direction,
      toggle: (column: K) => {
        const next = nextSort({ key, direction }, column, first.current?.(column) ?? 'asc');
        set({ [keyParam]: next.key, [directionParam]: next.direction });
      },
    }),
    [key, direction, set, keyParam, directionParam],
  );
}
