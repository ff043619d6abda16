import { IntakeSource, ReferralKind, TerminationReason } from '@atensi/contracts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Why a step happened: the intake source of the opening, the reason of a termination. */
export function CaseEventReason({ action, reason }: { action: string; reason: string }) {
  const { t } = useTranslation();
  if (action === 'transfer_in') return null;
  if (reason === 'plan_started' || reason === 'assessment_completed' || reason === 'first_service') {
    return (
      <Text size="sm" c="dimmed">
        {t(`plans.caseReasons.${reason}`)}
      </Text>
    );
  }
  if (action === 'refer') {
    const parsed = ReferralKind.safeParse(reason);
    return (
      <Text size="sm" c="dimmed">
        {t('cases.history.referKind', { kind: parsed.success ? t(`referrals.kinds.${parsed.data}`) : reason })}
      </Text>
    );
  }
  if (action === 'open' && reason === 'relapse') {
    return (
      <Text size="sm" c="dimmed">
        {t('cases.history.afterRelapse')}
      </Text>
    );
  }
  if (action === 'open') {
    const parsed = IntakeSource.safeParse(reason);
    return (
      <Text size="sm" c="dimmed">
        {t('cases.history.source', { source: parsed.success ? t(`cases.intakeSources.${parsed.data}`) : reason })}
      </Text>
    );
  }
  const parsed = TerminationReason.safeParse(reason);
  return (
    <Text size="sm" c="dimmed">
      {t('cases.history.reason', { reason: parsed.success ? t(`cases.terminationReasons.${parsed.data}`) : reason })}
    </Text>
  );
}
