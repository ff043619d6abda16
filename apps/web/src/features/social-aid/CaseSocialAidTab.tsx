import type { Case, SocialAidRequest } from '@atensi/contracts';
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCanAt } from '../auth/current-user';
import { useRequestDtksCheck } from '../dtks/dtks.api';
import { DtksStatusBadge } from '../dtks/dtks-labels';
import { useCatalogue } from '../service-delivery/service-delivery.api';
import { AidStepModal, type AidStepName } from './AidStepModal';
import { RequestAidModal } from './RequestAidModal';
import { useCaseSocialAid } from './social-aid.api';

const statusColors: Record<SocialAidRequest['status'], string> = {
  requested: 'yellow',
  approved: 'blue',
  rejected: 'red',
  delivered: 'indigo',
  received: 'teal',
  cancelled: 'gray',
};

/** Social aid (component 6) on the case page: the person's DTKS standing, the requests and their steps. */
export function CaseSocialAidTab({ item }: { item: Case }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const aid = useCaseSocialAid(item.id);
  const catalogue = useCatalogue();
  const check = useRequestDtksCheck();
  const canWrite = useCanAt('beneficiaries:write', item.institutionId);
  const [requesting, setRequesting] = useState(false);
  const [step, setStep] = useState<{ aid: SocialAidRequest; name: AidStepName } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const number = new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB');
  if (aid.isPending) return <LoadingState />;
  if (aid.isError) return <QueryErrorAlert error={aid.error} onRetry={() => void aid.refetch()} />;
  const data = aid.data;
  const canRequest =
    canWrite && item.activePlanId !== null && ['planned', 'in_service', 'reintegration'].includes(item.status);

  return (
    <Stack gap="md" data-testid="case-social-aid">
      {notice && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck aria-hidden />}
          withCloseButton
          onClose={() => setNotice(null)}
          role="status"
          data-testid="aid-notice"
        >
          {notice}
        </Alert>
      )}
      <Paper withBorder p="md" radius="md" data-testid="dtks-standing">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4} style={{ flex: 1 }}>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t('socialAid.dtks.title')}
              </Text>
              <DtksStatusBadge status={data.dtksStatus} />
              {data.dtksId && (
                <Text size="sm" c="dimmed">
                  {t('socialAid.dtks.id', { id: data.dtksId })}
                </Text>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {data.dtksCheckedOn
                ? t('socialAid.dtks.checkedOn', { date: formatDate(data.dtksCheckedOn, language) })
                : t('socialAid.dtks.never')}
            </Text>
            {data.openCheckRequestedAt && (
              <Text size="xs" data-testid="dtks-open-check">
                {t('socialAid.dtks.openCheck', { date: formatDateTime(data.openCheckRequestedAt, language) })}
              </Text>
            )}
            {data.openProposalStatus && (
              <Text size="xs" data-testid="dtks-open-proposal">
                {t('socialAid.dtks.openProposal', { status: t(`dtks.proposalStatuses.${data.openProposalStatus}`) })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t(`socialAid.dtks.meaning.${data.dtksStatus}`)}
            </Text>
          </Stack>
          <Group gap="sm">
            {canWrite && !data.openCheckRequestedAt && data.dtksStatus !== 'matched' && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconSearch size={14} aria-hidden />}
                loading={check.isPending}
                onClick={() =>
                  check.mutate(item.beneficiaryId, { onSuccess: () => setNotice(t('socialAid.dtks.requested')) })
                }
                data-testid="dtks-request-check"
              >
                {t('socialAid.dtks.request')}
              </Button>
            )}
            {canRequest && (
              <Button
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => {
                  setNotice(null);
                  setRequesting(true);
                }}
                data-testid="aid-request"
              >
                {t('socialAid.request.open')}
              </Button>
            )}
          </Group>
        </Group>
        {check.error ? <QueryErrorAlert error={check.error} /> : null}
      </Paper>
      {!canRequest && canWrite && item.activePlanId === null && (
        <Alert color="gray" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('socialAid.needsPlan')}
        </Alert>
      )}
      {data.items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="aid-empty">
          {t('socialAid.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" data-testid="aid-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('socialAid.columns.aid')}</Table.Th>
                <Table.Th>{t('socialAid.columns.value')}</Table.Th>
                <Table.Th>{t('socialAid.columns.status')}</Table.Th>
                <Table.Th>{t('socialAid.columns.steps')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((request) => (
                <Table.Tr key={request.id} data-testid="aid-row" data-status={request.status}>
                  <Table.Td>
                    <Text size="sm">{t(`socialAid.types.${request.aidType}`)}</Text>
                    <Text size="xs" c="dimmed">
                      {request.catalogueItem.name[language]}
                    </Text>
                    <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                      {request.reason}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {request.amountRupiah !== null
                      ? `Rp ${number.format(request.amountRupiah)}`
                      : `${request.quantity ?? 1} × ${request.items ?? ''}`}
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      miw="max-content"
                      color={statusColors[request.status]}
                      variant="light"
                      tt="none"
                      data-testid="aid-status"
                    >
                      {t(`socialAid.statuses.${request.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="xs">
                        {t('socialAid.steps.requested', {
                          date: formatDate(request.requestedAt, language),
                          name: request.requestedByName ?? '—',
                        })}
                      </Text>
                      {request.decidedAt && (
                        <Text size="xs">
                          {t('socialAid.steps.decided', {
                            date: formatDate(request.decidedAt, language),
                            name: request.decidedByName ?? '—',
                          })}
                        </Text>
                      )}
                      {request.deliveredOn && (
                        <Text size="xs">
                          {t('socialAid.steps.delivered', { date: formatDate(request.deliveredOn, language) })}
                        </Text>
                      )}
                      {request.receivedOn && request.receivedBy && (
                        <Text size="xs">
                          {t('socialAid.steps.received', {
                            date: formatDate(request.receivedOn, language),
                            by: t(`socialAid.receivers.${request.receivedBy}`),
                          })}
                        </Text>
                      )}
                      {request.decisionNote && (
                        <Text size="xs" c="dimmed">
                          “{request.decisionNote}”
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {request.allowedActions.map((action) => (
                        <Button
                          key={action}
                          size="xs"
                          variant={
                            action === 'approve' || action === 'deliver' || action === 'receipt' ? 'filled' : 'default'
                          }
                          color={action === 'reject' || action === 'cancel' ? 'red' : undefined}
                          onClick={() => {
                            setNotice(null);
                            setStep({ aid: request, name: action });
                          }}
                          data-testid={`aid-${action}`}
                        >
                          {t(`socialAid.actions.${action}`)}
                        </Button>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RequestAidModal
        caseId={item.id}
        catalogue={catalogue.data?.items ?? []}
        opened={requesting}
        onClose={() => setRequesting(false)}
        onDone={() => {
          setRequesting(false);
          setNotice(t('socialAid.request.done'));
        }}
      />
      <AidStepModal
        item={item}
        step={step}
        onClose={() => setStep(null)}
        onDone={(done) => {
          setStep(null);
          setNotice(t(`socialAid.done.${done.name}`));
        }}
      />
    </Stack>
  );
}
