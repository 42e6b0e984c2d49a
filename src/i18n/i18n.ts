import { createInstance, type i18n as I18n } from 'i18next';
import type { Language, Translate, Wording } from '../domain/shared/language';
import { reportLanguageOf, type Client } from '../domain/clients/client';
import en from './en.json';

/**
 * The one i18next instance. Keys are the natural English texts (so the code stays readable and English
 * needs no file except its plural forms); Dutch is loaded on first use, as its own chunk, so the first
 * screen's JavaScript does not carry it.
 */
const i18n: I18n = createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const loading = new Map<Language, Promise<void>>();

/** Loads a language's texts (Dutch as its own chunk); resolves at once for English or when loaded. */
export function loadLanguage(lang: Language): Promise<void> {
  if (isLanguageLoaded(lang)) return Promise.resolve();
  let promise = loading.get(lang);
  if (!promise) {
    promise = import('./dutch').then((module) => {
      i18n.addResourceBundle(lang, 'translation', module.DUTCH, true, true);
    });
    loading.set(lang, promise);
  }
  return promise;
}

export function isLanguageLoaded(lang: Language): boolean {
  return lang === 'en' || i18n.hasResourceBundle(lang, 'translation');
}

/** The translation function of one language (English texts until that language is loaded). */
export function translator(lang: Language): Translate {
  const t = i18n.getFixedT(lang);
  return (key, values) => (values ? t(key, values) : t(key)) as string;
}

/** The wording of a language for domain code (the language and its translation function), once its texts are loaded. */
export async function loadedWording(lang: Language): Promise<Wording> {
  await loadLanguage(lang);
  return { lang, t: translator(lang) };
}

/** The wording of a language as it is now (English texts until the language is loaded: load it first). */
export function wording(lang: Language): Wording {
  return { lang, t: translator(lang) };
}

/** The wording of what a client receives (its report language) as it is now: load it first (`clientWording`, `useClientWording`). */
export function wordingOf(client: Pick<Client, 'reportLanguage'>): Wording {
  return wording(reportLanguageOf(client));
}

/** The wording of what a client receives (its report language), once its texts are loaded. */
export function clientWording(client: Pick<Client, 'reportLanguage'>): Promise<Wording> {
  return loadedWording(reportLanguageOf(client));
}
