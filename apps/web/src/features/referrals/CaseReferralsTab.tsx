import type { Case } from '@atensi/contracts';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useCanAt } from '../auth/current-user';
import { isRunning } from '../cases/case-labels';
import { ReferCaseForm } from './ReferCaseForm';
import { ReferralTable } from './ReferralTable';
import { useReferralList } from './referrals.api';

/** The referrals sent for one case, and the form to refer it (a running case, at the caller's institution). */
export function CaseReferralsTab({ item }: { item: Case }) {
  const { t } = useTranslation();
  const list = useReferralList({ direction: 'outgoing', caseId: item.id });
  const canWrite = useCanAt('beneficiaries:write', item.institutionId);
  const [referredId, setReferredId] = useState<string | null>(null);
  const hasPending = list.data?.items.some((referral) => referral.status === 'pending') ?? false;

  return (
    <Stack gap="md" data-testid="case-referrals">
      {referredId && (
        <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} role="status" data-testid="refer-done">
          <Text size="sm">{t('referrals.form.done')}</Text>
          <Anchor component={Link} to={`/referrals/${referredId}`} size="sm" data-testid="refer-done-link">
            {t('referrals.form.openReferral')}
          </Anchor>
        </Alert>
      )}
      {list.isPending && <LoadingState />}
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="case-referrals-empty">
          {t('referrals.caseEmpty')}
        </Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <ReferralTable
          items={list.data.items}
          isStale={list.isPlaceholderData}
          counterpart="to"
          withBeneficiary={false}
        />
      )}
      {canWrite && isRunning(item.status) && !hasPending && (
        <ReferCaseForm
          caseId={item.id}
          beneficiaryId={item.beneficiaryId}
          institutionId={item.institutionId}
          onReferred={(referral) => setReferredId(referral.id)}
        />
      )}
      {canWrite && isRunning(item.status) && hasPending && (
        <Text size="sm" c="dimmed" data-testid="case-referral-pending">
          {t('referrals.pendingExists')}
        </Text>
      )}
    </Stack>
  );
}
