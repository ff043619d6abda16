import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, languages } from '../lib/i18n/i18n';
import { useLanguage } from '../lib/i18n/use-language';

/** ID/EN: the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <SegmentedControl
      size="xs"
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) setLanguage(value);
      }}
      data={languages.map((value) => ({ value, label: t(`language.${value}`) }))}
      aria-label={t('language.label')}
      data-testid="language-switch"
    />
  );
}
