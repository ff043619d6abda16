import type { ActivityDetail, Bimtek } from '@atensi/contracts';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCertificate, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import type { Tagged } from '../../lib/api';
import { todayInJakarta } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useBimtek, useIssueCertificates, useRevokeCertificate, useSaveBimtekResults } from './activities.api';
import { formatNumber } from './activity-labels';
import { BimtekSettings } from './BimtekSettings';

/** A bimtek: the curriculum and rules, each participant's attendance and pre/post tests, and the certificates. */
export function BimtekTab({ activity, canManage }: { activity: ActivityDetail; canManage: boolean }) {
  const query = useBimtek(activity.id);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  // Keyed by the participants, so the result inputs start again when someone is added or removed.
  const key = query.data.data.participants.map((participant) => participant.id).join(',');
  return <BimtekView key={key} activity={activity} tagged={query.data} canManage={canManage} />;
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

type Row = { attendedDays: string | number; preTestScore: string | number; postTestScore: string | number };

const toNumber = (value: string | number): number | null =>
  value === '' || Number.isNaN(Number(value)) ? null : Number(value);

function BimtekView({
  activity,
  tagged,
  canManage,
}: {
  activity: ActivityDetail;
  tagged: Tagged<Bimtek>;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const bimtek = tagged.data;
  const saveResults = useSaveBimtekResults();
  const issue = useIssueCertificates();
  const revoke = useRevokeCertificate();
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(
      bimtek.participants.map((p) => [
        p.id,
        {
          attendedDays: p.attendedDays ?? '',
          preTestScore: p.preTestScore ?? '',
          postTestScore: p.postTestScore ?? '',
        },
      ]),
    ),
  );
  const [issuedOn, setIssuedOn] = useState(activity.endsOn > todayInJakarta() ? activity.endsOn : todayInJakarta());
  const { summary } = bimtek;
  const number = (value: number | null, digits = 1) => formatNumber(value, language, digits);
  const setRow = (id: string, field: keyof Row, value: string | number) =>
    setRows((current) => ({ ...current, [id]: { ...(current[id] as Row), [field]: value } }));

  return (
    <Stack gap="lg" data-testid="bimtek-tab">
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 8 }} spacing="xs">
        <Stat
          label={t('activities.bimtek.participants')}
          value={String(summary.participants)}
          testId="bimtek-participants"
        />
        <Stat label={t('activities.bimtek.meanPre')} value={number(summary.meanPreTest)} testId="bimtek-mean-pre" />
        <Stat label={t('activities.bimtek.meanPost')} value={number(summary.meanPostTest)} testId="bimtek-mean-post" />
        <Stat
          label={t('activities.bimtek.meanImprovement')}
          value={number(summary.meanImprovement)}
          testId="bimtek-mean-improvement"
        />
        <Stat label={t('activities.bimtek.gain')} value={number(summary.meanNormalisedGain, 2)} testId="bimtek-gain" />
        <Stat label={t('activities.bimtek.passed')} value={String(summary.passed)} testId="bimtek-passed" />
        <Stat
          label={t('activities.bimtek.attendance')}
          value={summary.attendanceRate === null ? '–' : `${number(summary.attendanceRate * 100, 0)}%`}
          testId="bimtek-attendance"
        />
        <Stat
          label={t('activities.bimtek.certificates')}
          value={String(summary.certificatesIssued)}
          testId="bimtek-certificates"
        />
      </SimpleGrid>

      <Text size="sm" c="dimmed">
        {t('activities.bimtek.rules', {
          days: bimtek.days,
          passMark: bimtek.passMark,
          attendance: bimtek.minAttendancePercent,
          hours: bimtek.totalHours,
        })}
      </Text>

      <Stack gap="xs">
        <Title order={4}>{t('activities.bimtek.results')}</Title>
        {saveResults.isError && <QueryErrorAlert error={saveResults.error} />}
        {bimtek.participants.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('activities.bimtek.noParticipants')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped data-testid="bimtek-results">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('activities.participants.name')}</Table.Th>
                  <Table.Th>{t('activities.bimtek.days')}</Table.Th>
                  <Table.Th>{t('activities.bimtek.pre')}</Table.Th>
                  <Table.Th>{t('activities.bimtek.post')}</Table.Th>
                  <Table.Th>{t('activities.bimtek.improvement')}</Table.Th>
                  <Table.Th>{t('activities.bimtek.eligibility')}</Table.Th>
                  <Table.Th>{t('activities.bimtek.certificate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {bimtek.participants.map((participant, index) => {
                  const row = rows[participant.id] ?? { attendedDays: '', preTestScore: '', postTestScore: '' };
                  const locked = !canManage || participant.certificate !== null;
                  return (
                    <Table.Tr key={participant.id} data-testid="bimtek-row" data-staff-id={participant.staffId ?? ''}>
                      <Table.Td>
                        {participant.staffId ? (
                          <Anchor component={Link} to={`/staff/${participant.staffId}`} size="sm">
                            {participant.fullName}
                          </Anchor>
                        ) : (
                          <Text size="sm">{participant.fullName}</Text>
                        )}
                        <Text size="xs" c="dimmed">
                          {participant.institutionName ?? t(`activities.origins.${participant.origin}`)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          w={80}
                          size="xs"
                          min={0}
                          max={bimtek.days}
                          value={row.attendedDays}
                          onChange={(value) => setRow(participant.id, 'attendedDays', value)}
                          disabled={locked}
                          aria-label={`${t('activities.bimtek.days')} ${participant.fullName}`}
                          data-testid={`bimtek-days-${index}`}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          w={90}
                          size="xs"
                          min={0}
                          max={100}
                          decimalScale={2}
                          value={row.preTestScore}
                          onChange={(value) => setRow(participant.id, 'preTestScore', value)}
                          disabled={locked}
                          aria-label={`${t('activities.bimtek.pre')} ${participant.fullName}`}
                          data-testid={`bimtek-pre-${index}`}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          w={90}
                          size="xs"
                          min={0}
                          max={100}
                          decimalScale={2}
                          value={row.postTestScore}
                          onChange={(value) => setRow(participant.id, 'postTestScore', value)}
                          disabled={locked}
                          aria-label={`${t('activities.bimtek.post')} ${participant.fullName}`}
                          data-testid={`bimtek-post-${index}`}
                        />
                      </Table.Td>
                      <Table.Td>
                        {participant.improvement === null
                          ? '–'
                          : `${participant.improvement > 0 ? '+' : ''}${number(participant.improvement)}`}
                      </Table.Td>
                      <Table.Td>
                        {participant.isEligible ? (
                          <Badge color="teal" variant="light" data-testid="bimtek-eligible">
                            {t('activities.bimtek.eligible')}
                          </Badge>
                        ) : (
                          <Badge color="gray" variant="light">
                            {t(`activities.bimtek.ineligible.${participant.ineligibleReason ?? 'scores_missing'}`)}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {participant.certificate ? (
                          <Group gap={4} wrap="nowrap">
                            <Text size="xs" data-testid="bimtek-certificate-number">
                              {participant.certificate.certificateNumber}
                            </Text>
                            {canManage && (
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                size="sm"
                                aria-label={t('activities.bimtek.revoke')}
                                onClick={() => {
                                  if (participant.certificate)
                                    revoke.mutate({ id: activity.id, certificateId: participant.certificate.id });
                                }}
                              >
                                <IconTrash size={14} aria-hidden />
                              </ActionIcon>
                            )}
                          </Group>
                        ) : (
                          '–'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canManage && bimtek.participants.length > 0 && (
          <Group justify="flex-end">
            <Button
              variant="light"
              loading={saveResults.isPending}
              onClick={() =>
                saveResults.mutate({
                  id: activity.id,
                  input: {
                    results: bimtek.participants
                      .filter((p) => p.certificate === null)
                      .map((p) => {
                        const row = rows[p.id] ?? { attendedDays: '', preTestScore: '', postTestScore: '' };
                        return {
                          participantId: p.id,
                          attendedDays: toNumber(row.attendedDays),
                          preTestScore: toNumber(row.preTestScore),
                          postTestScore: toNumber(row.postTestScore),
                        };
                      }),
                  },
                })
              }
              data-testid="bimtek-save-results"
            >
              {t('activities.bimtek.saveResults')}
            </Button>
          </Group>
        )}
      </Stack>

      {canManage && (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={4}>{t('activities.bimtek.issueTitle')}</Title>
            <Text size="sm" c="dimmed">
              {t('activities.bimtek.issueDescription', {
                count: summary.eligible - summary.certificatesIssued > 0 ? summary.eligible : 0,
              })}
            </Text>
            {activity.status !== 'held' && (
              <Alert color="yellow" variant="light" data-testid="bimtek-not-held">
                {t('activities.bimtek.markHeldFirst')}
              </Alert>
            )}
            {(issue.isError || revoke.isError) && <QueryErrorAlert error={issue.error ?? revoke.error} />}
            <Group align="flex-end" gap="sm">
              <TextInput
                w={180}
                type="date"
                label={t('activities.bimtek.issuedOn')}
                value={issuedOn}
                onChange={(event) => setIssuedOn(event.currentTarget.value)}
                data-testid="bimtek-issued-on"
              />
              <Button
                leftSection={<IconCertificate size={16} aria-hidden />}
                loading={issue.isPending}
                disabled={activity.status !== 'held'}
                onClick={() => issue.mutate({ id: activity.id, input: { issuedOn } })}
                data-testid="bimtek-issue"
              >
                {t('activities.bimtek.issue')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      <BimtekSettings activityId={activity.id} tagged={tagged} canManage={canManage} />
    </Stack>
  );
}
