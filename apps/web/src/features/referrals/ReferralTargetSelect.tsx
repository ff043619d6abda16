import type { InstitutionType } from '@atensi/contracts';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/QueryErrorAlert';
import { useInstitution } from '../institutions/institutions.api';
import { useReferralTargets } from './referrals.api';

interface ReferralTargetSelectProps {
  /** The institution holding the case: never a target, and its supervising Balai/Loka always is. */
  fromInstitutionId: string;
  types: readonly InstitutionType[];
  value: string | null;
  onChange: (id: string | null) => void;
  label: string;
  error?: string | null | undefined;
  testId?: string;
}

/**
 * Picks the receiver of a referral from every open institution of the registry (`GET /referral-targets`), with the
 * Balai/Loka that supervises the case's IPWL first.
 */
export function ReferralTargetSelect(props: ReferralTargetSelectProps) {
  const { fromInstitutionId, types, value, onChange, label, error, testId } = props;
  const { t } = useTranslation();
  const institutions = useReferralTargets();
  const from = useInstitution(fromInstitutionId);
  const loadError = useErrorMessage(institutions.error);
  const inScope = (institutions.data?.items ?? []).filter(
    (institution) => types.includes(institution.type) && institution.id !== fromInstitutionId,
  );
  const options = inScope.map((institution) => ({
    value: institution.id,
    label: `${institution.name} (${institution.code})`,
  }));
  // An IPWL's parent is its supervising Balai/Loka (the registry's rule): a target for transfers and services.
  const fromDetail = from.data?.data;
  const parent = fromDetail?.type === 'ipwl' ? fromDetail.parent : null;
  if (
    parent &&
    (types.includes('balai') || types.includes('loka')) &&
    !options.some((option) => option.value === parent.id)
  ) {
    options.unshift({ value: parent.id, label: `${parent.name} (${parent.code})` });
  } else if (parent) {
    const index = options.findIndex((option) => option.value === parent.id);
    const [supervising] = index > 0 ? options.splice(index, 1) : [];
    if (supervising) options.unshift(supervising);
  }
  return (
    <Select
      label={label}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      required
      placeholder={institutions.isPending ? t('common.loading') : t('institutions.pick')}
      nothingFoundMessage={t('institutions.none')}
      error={error ?? (institutions.isError ? loadError : null)}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
