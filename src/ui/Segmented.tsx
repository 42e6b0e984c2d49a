import type { ReactNode } from 'react';
import { tell } from '../domain/shared/language';

export type Segment<T> = { value: T; label: ReactNode; count?: number };

/**
 * The segments of a filter by status: "All" with the count of `rows`, then each of `values` with its label
 * and the count of rows whose `valueOf` it is (labels in the interface's language).
 */
export function filterSegments<T extends string, R>(
  values: readonly T[],
  labels: Record<T, string>,
  rows: readonly R[],
  valueOf: (row: R) => T,
): Segment<T | 'all'>[] {
  return [
    { value: 'all', label: tell('All'), count: rows.length },
    ...values.map((value) => ({
      value,
      label: tell(labels[value]),
      count: rows.filter((row) => valueOf(row) === value).length,
    })),
  ];
}

/**
 * A choice of one of a few options shown side by side (a status filter, a view mode): a radio group of
 * buttons, named by `label`; the chosen one is checked. `count` shows after an option's label.
 */
export function Segmented<T extends string | undefined>(props: {
  label: string;
  options: readonly Segment<T>[];
  value: NoInfer<T>;
  onChange(value: NoInfer<T>): void;
  /** The choice is shown but cannot be changed (a read-only record). */
  disabled?: boolean;
}) {
  return (
    <div className="segmented" role="radiogroup" aria-label={props.label}>
      {props.options.map((option) => (
        <button
          key={option.value ?? ''}
          type="button"
          role="radio"
          aria-checked={props.value === option.value}
          className="segmented__option"
          disabled={props.disabled}
          onClick={() => props.onChange(option.value)}
        >
          {option.label}
          {option.count !== undefined && (
            <>
              {' '}
              <span className="segmented__count">{option.count}</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
