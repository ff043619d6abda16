import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/QueryErrorAlert';
import { useInstitutions } from './institutions.api';

interface InstitutionSelectProps {
  value: string | null;
  onChange: (id: string | null) => void;
  label: string;
  required?: boolean;
  error?: string | null | undefined;
  testId?: string;
}

/** Picks one institution by name or code, searching the list as the user types. */
export function InstitutionSelect({ value, onChange, label, required, error, testId }: InstitutionSelectProps) {
  const { t } = useTranslation();
  const institutions = useInstitutions();
  const loadError = useErrorMessage(institutions.error);
  const data = (institutions.data?.items ?? []).map((institution) => ({
    value: institution.id,
    label: `${institution.name} (${institution.code})`,
  }));
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable={!required}
      required={required}
      placeholder={institutions.isPending ? t('common.loading') : t('institutions.pick')}
      nothingFoundMessage={t('institutions.none')}
      error={error ?? (institutions.isError ? loadError : null)}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
