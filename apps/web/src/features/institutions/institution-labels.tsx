import {
  ATENSI_COMPONENT_LABELS,
  type AtensiComponent,
  type CertificationStatus,
  type InstitutionType,
} from '@atensi/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/i18n/use-language';

export const certificationColors: Record<CertificationStatus | 'none', string> = {
  active: 'teal',
  expiring: 'yellow',
  expired: 'red',
  suspended: 'grape',
  none: 'gray',
};

/** An institution's certification today; null (no accreditation recorded) reads "not certified". */
export function CertificationBadge({ status }: { status: CertificationStatus | null }) {
  const { t } = useTranslation();
  const key = status ?? 'none';
  return (
    <Badge
      color={certificationColors[key]}
      variant="light"
      styles={{ root: { minWidth: 'max-content' } }}
      data-testid="certification-status"
      data-status={key}
    >
      {t(`institutions.certification.statuses.${key}`)}
    </Badge>
  );
}

/** The ATENSI component's name in the UI language, from the one list in contracts. */
export function useComponentLabel(): (component: AtensiComponent) => string {
  const [language] = useLanguage();
  return (component) => ATENSI_COMPONENT_LABELS[component][language];
}

/** Which types may head which (the API's `institution-rules.ts`): offered as parents in the forms. */
export const allowedParentTypes: Record<InstitutionType, readonly InstitutionType[]> = {
  direktorat: [],
  balai: ['direktorat'],
  loka: ['direktorat'],
  ipwl: ['balai', 'loka'],
  dinsos: ['direktorat', 'balai', 'loka'],
  faskes: ['direktorat', 'balai', 'loka'],
  other_partner: ['direktorat', 'balai', 'loka'],
};

/** A Balai or Loka: the units that hold partnerships. */
export const unitTypes: readonly InstitutionType[] = ['balai', 'loka'];

/** Who can be a partner of a Balai/Loka. */
export const partnerTypes: readonly InstitutionType[] = ['ipwl', 'dinsos', 'faskes', 'other_partner'];
