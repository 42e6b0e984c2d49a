import { useEffect, useState } from 'react';
import { reportLanguageOf, type Client } from '../domain/clients/client';
import type { Language, Wording } from '../domain/shared/language';
import { isLanguageLoaded, loadLanguage, wordingOf } from './i18n';

/** Whether a language's texts are loaded; loads them on first use (the component re-renders when they are). */
export function useLanguageLoaded(lang: Language): boolean {
  const [, setLoaded] = useState(0);
  const loaded = isLanguageLoaded(lang);
  useEffect(() => {
    if (!loaded) void loadLanguage(lang).then(() => setLoaded((n) => n + 1));
  }, [lang, loaded]);
  return loaded;
}

/** The wording of what a client receives (its report language); loads it, and re-renders when it is loaded. */
export function useClientWording(client: Pick<Client, 'reportLanguage'>): Wording {
  useLanguageLoaded(reportLanguageOf(client));
  return wordingOf(client);
}
