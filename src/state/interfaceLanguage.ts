import { create } from 'zustand';
import { platform } from '../platform';
import {
  english,
  LANGUAGES,
  setMessageLanguage,
  type Language,
  type Translate,
} from '../domain/shared/language';

/**
 * The consultant's interface language: a setting of this device (kept in localStorage, so the lock screen
 * can use it before a vault opens), by default the system's language. Each client's report language is a
 * separate choice on its profile. English needs no loading; Dutch (and i18next) arrive as their own chunk.
 */

const KEY = 'caio-desk.interface-language';

function systemLanguage(): Language {
  const language = (globalThis.navigator?.language ?? 'en').slice(0, 2);
  return LANGUAGES.find((lang) => lang === language) ?? 'en';
}

function stored(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return LANGUAGES.find((lang) => lang === value) ?? null;
  } catch {
    return null;
  }
}

interface InterfaceLanguage {
  /** The language the interface is shown in (its texts are loaded). */
  lang: Language;
  /** Whether the consultant chose it (false: it follows the system). */
  chosen: boolean;
  /** The interface's translation function. */
  t: Translate;
}

export const useInterfaceLanguage = create<InterfaceLanguage>(() => ({
  lang: 'en',
  chosen: false,
  t: english,
}));

async function translate(lang: Language): Promise<Translate> {
  if (lang === 'en') return english;
  const { loadedWording } = await import('../i18n/i18n');
  return (await loadedWording(lang)).t;
}

async function show(lang: Language, chosen: boolean): Promise<void> {
  const t = await translate(lang);
  document.documentElement.lang = lang;
  setMessageLanguage(t, lang);
  void platform.setMenuLanguage(lang).catch(() => undefined);
  useInterfaceLanguage.setState({ lang, chosen, t });
}

/** At start, before the first screen: the stored choice or the system's language, with its texts loaded. */
export function startInterfaceLanguage(): Promise<void> {
  const chosen = stored();
  return show(chosen ?? systemLanguage(), chosen !== null);
}

/** null = follow the system. */
export function chooseInterfaceLanguage(lang: Language | null): Promise<void> {
  try {
    if (lang) globalThis.localStorage?.setItem(KEY, lang);
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Without storage the choice lasts for this session.
  }
  return show(lang ?? systemLanguage(), lang !== null);
}

/** The interface's translation function outside React (messages written by event handlers, say). */
export function interfaceT(): Translate {
  return useInterfaceLanguage.getState().t;
}

/** The interface's translation function; the component re-renders when the language changes. */
export function useT(): Translate {
  return useInterfaceLanguage((state) => state.t);
}

/** The interface's language (for dates and numbers written in it) and its translation function. */
export function useInterfaceWording(): { lang: Language; t: Translate } {
  const lang = useInterfaceLanguage((state) => state.lang);
  const t = useInterfaceLanguage((state) => state.t);
  return { lang, t };
}
