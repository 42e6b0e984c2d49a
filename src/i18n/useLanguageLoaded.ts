import { useEffect, useState } from 'react';
import type { Language } from '../domain/shared/language';
import { isLanguageLoaded, loadLanguage } from './i18n';

/** Whether a language's texts are loaded; loads them on first use (the component re-renders when they are). */
export function useLanguageLoaded(lang: Language): boolean {
  const [, setLoaded] = useState(0);
  const loaded = isLanguageLoaded(lang);
  useEffect(() => {
    if (!loaded) void loadLanguage(lang).then(() => setLoaded((n) => n + 1));
  }, [lang, loaded]);
  return loaded;
}
