import type { InstitutionType } from '@atensi/contracts';
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
  /** Offer only institutions of these types (a parent, a partner). */
  types?: readonly InstitutionType[] | undefined;
  /** Leave one out (an institution is never its own parent or partner). */
  excludeId?: string | undefined;
  placeholder?: string | undefined;
  disabled?: boolean | undefined;
}

/** Picks one institution by name or code, searching the list as the user types. */
export function InstitutionSelect(props: InstitutionSelectProps) {
  const { value, onChange, label, required, error, testId, types, excludeId, placeholder, disabled } = props;
  const { t } = useTranslation();
  const institutions = useInstitutions();
  const loadError = useErrorMessage(institutions.error);
  const data = (institutions.data?.items ?? [])
    .filter((institution) => (types ? types.includes(institution.type) : true) && institution.id !== excludeId)
    .map((institution) => ({
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
      disabled={disabled}
      placeholder={institutions.isPending ? t('common.loading') : (placeholder ?? t('institutions.pick'))}
      nothingFoundMessage={t('institutions.none')}
      error={error ?? (institutions.isError ? loadError : null)}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
