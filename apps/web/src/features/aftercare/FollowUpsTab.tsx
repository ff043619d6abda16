import type { Case, FollowUp } from '@atensi/contracts';
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconClipboardCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCanAt } from '../auth/current-user';
import { useFollowUps } from './aftercare.api';
import { RecordFollowUpModal } from './RecordFollowUpModal';

/** The aftercare visits of a case; each one not yet done can be recorded while the case is in aftercare. */
export function FollowUpsTab({ item }: { item: Case }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const list = useFollowUps(item.id);
  const canWrite = useCanAt('beneficiaries:write', item.institutionId);
  const [recording, setRecording] = useState<FollowUp | null>(null);
  const [result, setResult] = useState<{ relapse: boolean; newCaseId: string | null } | null>(null);
  const canRecord = canWrite && item.status === 'aftercare';

  return (
    <Stack gap="md" data-testid="case-follow-ups">
      {result && !result.relapse && (
        <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} role="status" data-testid="follow-up-done">
          {t('aftercare.done')}
        </Alert>
      )}
      {result?.relapse && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          role="status"
          data-testid="follow-up-relapse"
        >
          <Text size="sm">{result.newCaseId ? t('aftercare.relapseNewCase') : t('aftercare.relapseNoCase')}</Text>
          {result.newCaseId && (
            <Anchor component={Link} to={`/cases/${result.newCaseId}`} size="sm" data-testid="follow-up-new-case">
              {t('aftercare.openNewCase')}
            </Anchor>
          )}
        </Alert>
      )}
      {list.isPending && <LoadingState />}
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="follow-ups-empty">
          {t('aftercare.empty')}
        </Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label={t('aftercare.tableLabel')} verticalSpacing="xs" data-testid="follow-up-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('aftercare.columns.visit')}</Table.Th>
                <Table.Th>{t('aftercare.columns.dueOn')}</Table.Th>
                <Table.Th>{t('aftercare.columns.doneOn')}</Table.Th>
                <Table.Th>{t('aftercare.columns.result')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((visit) => (
                <Table.Tr key={visit.id} data-testid="follow-up-row" data-done={visit.doneOn !== null}>
                  <Table.Td>{t('aftercare.monthsAfter', { count: visit.monthsAfter })}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Text span size="sm">
                        {formatDate(visit.dueOn, language)}
                      </Text>
                      {visit.isOverdue && (
                        <Badge color="red" variant="light" size="sm" tt="none">
                          {t('aftercare.overdue')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{visit.doneOn ? formatDate(visit.doneOn, language) : '—'}</Table.Td>
                  <Table.Td>
                    {visit.doneOn ? (
                      <Stack gap={2}>
                        <Text size="sm" c={visit.substanceUse === 'relapse' ? 'red' : undefined} fw={500}>
                          {visit.substanceUse && t(`aftercare.substanceUse.${visit.substanceUse}`)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {[
                            visit.workOrSchool && t(`aftercare.workOrSchool.${visit.workOrSchool}`),
                            visit.housing && t(`aftercare.housing.${visit.housing}`),
                            visit.familyRelations && t(`aftercare.familyRelations.${visit.familyRelations}`),
                            visit.legalProblems ? t('aftercare.legalProblemsYes') : null,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                        {visit.note && (
                          <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                            {visit.note}
                          </Text>
                        )}
                        {visit.vocationalOutcomes.length > 0 && (
                          <Text size="xs" c="grape" data-testid="follow-up-outcomes">
                            {visit.vocationalOutcomes
                              .map((outcome) =>
                                [t(`services.vocational.kinds.${outcome.kind}`), outcome.field]
                                  .filter(Boolean)
                                  .join(': '),
                              )
                              .join(' · ')}
                          </Text>
                        )}
                      </Stack>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canRecord && visit.doneOn === null && (
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconClipboardCheck size={14} aria-hidden />}
                        onClick={() => {
                          setResult(null);
                          setRecording(visit);
                        }}
                        data-testid="follow-up-record"
                      >
                        {t('aftercare.record')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RecordFollowUpModal
        followUp={recording}
        onClose={() => setRecording(null)}
        onRecorded={(answer) => {
          setRecording(null);
          setResult({ relapse: answer.followUp.substanceUse === 'relapse', newCaseId: answer.newCaseId });
        }}
        onStale={() => void list.refetch()}
      />
    </Stack>
  );
}
