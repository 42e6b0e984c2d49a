import { useId } from 'react';
import { LANGUAGE_LABELS, LANGUAGES, type Language } from '../domain/shared/language';
import { chooseInterfaceLanguage, useInterfaceLanguage, useT } from '../state/interfaceLanguage';
import { chooseLocale, LOCALE_CHOICES, useLocale } from '../state/locale';

/** The setting for how numbers (and dates) are typed and shown: "12.000" is twelve thousand in nl-NL. */
export function LocaleSelect() {
  const id = useId();
  const t = useT();
  const { locale, chosen } = useLocale();
  return (
    <div className="field locale-select">
      <label htmlFor={id}>{t('Numbers and dates')}</label>
      <select id={id} value={chosen ? locale : ''} onChange={(e) => chooseLocale(e.target.value || null)}>
        <option value="">{t('Like this browser ({{locale}})', { locale })}</option>
        {LOCALE_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The setting for the interface's language (each client's report language is on its profile). */
export function InterfaceLanguageSelect() {
  const id = useId();
  const t = useT();
  const { lang, chosen } = useInterfaceLanguage();
  return (
    <div className="field locale-select">
      <label htmlFor={id}>{t('Interface language')}</label>
      <select
        id={id}
        value={chosen ? lang : ''}
        onChange={(e) => void chooseInterfaceLanguage((e.target.value || null) as Language | null)}
      >
        <option value="">{t('Like this system ({{language}})', { language: LANGUAGE_LABELS[lang] })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {LANGUAGE_LABELS[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
