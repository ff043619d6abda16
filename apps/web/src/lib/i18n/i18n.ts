import type { Language } from '@atensi/contracts';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { id } from './catalogues';

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
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

/** Indonesian is bundled; English is fetched the first time it is needed (its own chunk, issue 9). */
async function loadLanguage(language: Language): Promise<void> {
  if (language === 'id' || i18next.hasResourceBundle(language, 'translation')) return;
  const { en } = await import('./catalogues.en');
  i18next.addResourceBundle('en', 'translation', en);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

// Indonesian is bundled, so initialisation is synchronous and the first render has its strings; a browser that
// chose English switches as soon as the English strings arrive.
const stored = readStoredLanguage();
void i18next.use(initReactI18next).init({
  resources: { id: { translation: id } },
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  initAsync: false,
  interpolation: { escapeValue: false },
});

if (stored !== defaultLanguage) void loadLanguage(stored).then(() => i18next.changeLanguage(stored));

export { i18next as i18n };
