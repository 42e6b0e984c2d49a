import { create } from 'zustand';

/**
 * The locale numbers and dates are read and shown in: a setting (kept in localStorage, read
 * synchronously at start), by default the browser's language.
 */

const KEY = 'caio-desk.locale';

export const LOCALE_CHOICES = [
  { value: 'en-GB', label: 'English (UK): 1,250.50 · 14/09/2026' },
  { value: 'en-US', label: 'English (US): 1,250.50 · 09/14/2026' },
  { value: 'nl-NL', label: 'Nederlands: 1.250,50 · 14-09-2026' },
  { value: 'de-DE', label: 'Deutsch: 1.250,50 · 14.09.2026' },
  { value: 'fr-FR', label: 'Français: 1 250,50 · 14/09/2026' },
] as const;

function browserLocale(): string {
  const language = globalThis.navigator?.language ?? 'en-GB';
  return (
    LOCALE_CHOICES.find((c) => c.value === language)?.value ??
    LOCALE_CHOICES.find((c) => c.value.startsWith(language.slice(0, 2)))?.value ??
    'en-GB'
  );
}

function stored(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export const useLocale = create<{ locale: string; chosen: boolean }>(() => {
  const chosen = stored();
  return { locale: chosen ?? browserLocale(), chosen: chosen !== null };
});

export function currentLocale(): string {
  return useLocale.getState().locale;
}

/** null = follow the browser. */
export function chooseLocale(locale: string | null): void {
  try {
    if (locale) globalThis.localStorage?.setItem(KEY, locale);
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Without storage the choice lasts for this session.
  }
  useLocale.setState({ locale: locale ?? browserLocale(), chosen: locale !== null });
}
