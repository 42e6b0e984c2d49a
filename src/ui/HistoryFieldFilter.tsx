import { useId } from 'react';

/** "Show changes of [every field | …]": the field filter of every change history. */
export function HistoryFieldFilter({
  value,
  options,
  onChange,
  className,
}: {
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  className?: string;
}) {
  const id = useId();
  return (
    <p className={className}>
      <label htmlFor={id}>Show changes of</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">every field</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </p>
  );
}
