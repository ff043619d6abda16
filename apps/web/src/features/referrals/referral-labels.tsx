import { REFERRAL_KINDS, REFERRAL_STATUSES, type ReferralKind, type ReferralStatus } from '@atensi/contracts';
import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const statusColors: Record<ReferralStatus, MantineColor> = {
  pending: 'yellow',
  accepted: 'teal',
  declined: 'red',
  cancelled: 'gray',
  completed: 'indigo',
};

export function ReferralStatusBadge({ status, size = 'md' }: { status: ReferralStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={statusColors[status]}
      variant="light"
      size={size}
      tt="none"
      styles={{ root: { minWidth: 'max-content' } }}
      data-testid="referral-status"
      data-status={status}
    >
      {t(`referrals.statuses.${status}`)}
    </Badge>
  );
}

export function OverdueBadge({ escalated }: { escalated: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="filled" size="sm" tt="none" data-testid="referral-overdue">
      {escalated ? t('referrals.escalated') : t('referrals.overdue')}
    </Badge>
  );
}

export function useReferralStatusOptions(): { value: ReferralStatus; label: string }[] {
  const { t } = useTranslation();
  return REFERRAL_STATUSES.map((value) => ({ value, label: t(`referrals.statuses.${value}`) }));
}

export function useReferralKindOptions(): { value: ReferralKind; label: string; description: string }[] {
  const { t } = useTranslation();
  return REFERRAL_KINDS.map((value) => ({
    value,
    label: t(`referrals.kinds.${value}`),
    description: t(`referrals.kindHints.${value}`),
  }));
}
