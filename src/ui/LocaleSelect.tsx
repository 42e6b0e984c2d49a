import { useId } from 'react';
import { chooseLocale, LOCALE_CHOICES, useLocale } from '../state/locale';

/** The setting for how numbers (and dates) are typed and shown: "12.000" is twelve thousand in nl-NL. */
export function LocaleSelect() {
  const id = useId();
  const { locale, chosen } = useLocale();
  return (
    <div className="field locale-select">
      <label htmlFor={id}>Numbers and dates</label>
      <select id={id} value={chosen ? locale : ''} onChange={(e) => chooseLocale(e.target.value || null)}>
        <option value="">Like this browser ({locale})</option>
        {LOCALE_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
