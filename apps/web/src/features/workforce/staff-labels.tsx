import { STAFF_ROLE_LABELS, type StaffCertificationStatus, type StaffRole } from '@atensi/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/i18n/use-language';

const colors: Record<StaffCertificationStatus | 'none', string> = {
  active: 'teal',
  expiring: 'yellow',
  expired: 'red',
  none: 'gray',
};

/** The staff role's name in the UI language, from the one list in contracts. */
export function useStaffRoleLabel(): (role: StaffRole) => string {
  const [language] = useLanguage();
  return (role) => STAFF_ROLE_LABELS[role][language];
}

export function useStaffRoleOptions(): { value: StaffRole; label: string }[] {
  const label = useStaffRoleLabel();
  return (Object.keys(STAFF_ROLE_LABELS) as StaffRole[]).map((role) => ({ value: role, label: label(role) }));
}

/** A certificate's (or a person's best) status; null reads "no certificate". */
export function StaffCertificationBadge({ status }: { status: StaffCertificationStatus | null }) {
  const { t } = useTranslation();
  const key = status ?? 'none';
  return (
    <Badge
      color={colors[key]}
      variant="light"
      styles={{ root: { minWidth: 'max-content' } }}
      data-testid="staff-certification-status"
      data-status={key}
    >
      {t(`staff.certification.statuses.${key}`)}
    </Badge>
  );
}
