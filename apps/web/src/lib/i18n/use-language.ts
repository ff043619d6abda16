import type { Language } from '@atensi/contracts';
import { useTranslation } from 'react-i18next';
import { changeLanguage, defaultLanguage, isLanguage } from './i18n';

/** The current UI language, also sent as `Accept-Language` so API messages match the screen. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  const language = isLanguage(current) ? current : defaultLanguage;
  return [language, (next) => void changeLanguage(next)];
}
