import type { Language } from '@atensi/contracts';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, id } from './catalogues';

export const languages = ['id', 'en'] as const satisfies readonly Language[];
export const defaultLanguage: Language = 'id';

const storageKey = 'atensi.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    // Storage can be blocked (private mode, strict cookie settings): fall back to the default.
    return defaultLanguage;
  }
}

/** Switches the UI language and remembers it in this browser. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered, but the switch still applies to this visit.
  }
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

// Resources are bundled, so initialisation is synchronous and the first render already has its strings.
void i18next.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: readStoredLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  initAsync: false,
  interpolation: { escapeValue: false },
});

export { i18next as i18n };
