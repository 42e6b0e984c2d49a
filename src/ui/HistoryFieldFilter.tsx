import { useId } from 'react';
import { useT } from '../state/interfaceLanguage';

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
  const t = useT();
  return (
    <p className={className}>
      <label htmlFor={id}>{t('Show changes of')}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('every field')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </p>
  );
}
