import { format, isValid, parseISO } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import englishSingulars from '../../i18n/en.json';

/**
 * The languages a client's board report (and later the interface) can be in, and how each writes
 * dates, numbers and money: "1 December 2026" / "1 december 2026", "12,000" / "12.000", "€12,000" / "€ 12.000".
 */
export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_LABELS: Record<Language, string> = { en: 'English', nl: 'Nederlands' };
export const LOCALE_OF: Record<Language, string> = { en: 'en-GB', nl: 'nl-NL' };
const DATE_LOCALE = { en: enGB, nl } as const;

/** A translation function as the domain sees it: the English text is the key; values fill `{{name}}`, `count` picks a plural. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const SINGULARS: Record<string, string | undefined> = englishSingulars;

/**
 * The English text itself, filled in (its singular when `count` is 1): what domain code uses when no language
 * is given. The same as i18next's English, without loading it.
 */
export const english: Translate = (key, values) =>
  ((values?.count === 1 && SINGULARS[`${key}_one`]) || key).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(values?.[name] ?? ''),
  );

let messageTranslate: Translate = english;
let messageLanguage: Language = 'en';

/** Sets the language of `tell` and of `formatDay` (the app does, at start and when the interface language changes). */
export function setMessageLanguage(t: Translate, lang: Language = 'en'): void {
  messageTranslate = t;
  messageLanguage = lang;
}

/** The date-fns locale that writes dates in a language (month names, "3 days ago" / "3 dagen geleden"). */
export function dateLocaleOf(lang: Language): (typeof DATE_LOCALE)[Language] {
  return DATE_LOCALE[lang];
}

/** The date-fns locale of the interface's language (month names of `formatDay`: "14 Sep" / "14 sep"). */
export function messageDateLocale(): (typeof DATE_LOCALE)[Language] {
  return dateLocaleOf(messageLanguage);
}

/**
 * A message to the consultant written by domain code (a validation problem, say), in the interface's
 * language. The key is the English text, as for `t`; a field's name inside it is translated too.
 */
export const tell: Translate = (key, values) => messageTranslate(key, values);

/** A calendar date in the language: "1 Dec 2026" / "1 dec 2026", or with `long` "1 December 2026" / "1 december 2026". */
export function dayIn(lang: Language, value: string | null | undefined, long = false): string {
  if (!value) return '—';
  const date = parseISO(value);
  if (!isValid(date)) return value;
  return format(date, long ? 'd MMMM yyyy' : 'd MMM yyyy', { locale: DATE_LOCALE[lang] }).replace('.', '');
}

/** A month or a quarter's name in the language ("December 2026" / "december 2026"). */
export function monthIn(lang: Language, firstDay: string): string {
  return format(parseISO(firstDay), 'MMMM yyyy', { locale: DATE_LOCALE[lang] });
}

/** A number as the language writes it (at most `digits` decimals). */
export function numberIn(lang: Language, value: number, digits = 1): string {
  return new Intl.NumberFormat(LOCALE_OF[lang], { maximumFractionDigits: digits }).format(value);
}

/** Euros without cents: "€12,000" / "€ 12.000". */
export function euroIn(lang: Language, value: number): string {
  return new Intl.NumberFormat(LOCALE_OF[lang], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(value);
}

/** What domain code needs to write a text for a reader: the language and its translation function. */
export interface Wording {
  lang: Language;
  t: Translate;
}
export const ENGLISH: Wording = { lang: 'en', t: english };
