import { CASE_STATUSES, type Worklist } from '@atensi/contracts';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconListDetails, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { isOneOf } from '../../lib/one-of';
import { CaseStatusBadge } from '../cases/case-labels';
import { PlansAwaitingPanel } from '../plans/PlansAwaitingPanel';
import { OverdueBadge } from '../referrals/referral-labels';
import { AidAwaitingPanel } from '../social-aid/AidAwaitingPanel';
import { useWorklist } from './worklist.api';

const whyKeys = ['no_recent_activity', 'assessment_pending', 'aftercare_or_close'] as const;

/** The work list's statuses are plain strings in the contract: show a badge for the ones the app knows. */
function StatusCell({ status }: { status: string }) {
  return isOneOf(CASE_STATUSES, status) ? (
    <CaseStatusBadge status={status} size="sm" />
  ) : (
    <Text size="sm">{status}</Text>
  );
}

/**
 * The worker's home, from `GET /worklist`: their cases, cases waiting for a step (and why), referrals to answer,
 * referrals past their deadline (also those escalated to the supervising Balai/Loka), and aftercare visits due.
 */
export function WorkListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('cases.workList.title') }));
  const worklist = useWorklist();
  const data = worklist.data;
  const isEmpty =
    data !== undefined &&
    data.myCases.length +
      data.awaitingAction.length +
      data.incomingReferrals.length +
      data.overdueReferrals.length +
      data.dueFollowUps.length ===
      0;

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} data-testid="page-title">
            {t('cases.workList.title')}
          </Title>
          <Text c="dimmed">{t('cases.workList.description')}</Text>
        </Stack>
        <Group gap="sm">
          <Button
            component={Link}
            to="/cases"
            variant="default"
            leftSection={<IconListDetails size={16} aria-hidden />}
            data-testid="work-list-all-cases"
          >
            {t('cases.workList.allCases')}
          </Button>
          <Button
            component={Link}
            to="/beneficiaries"
            variant="light"
            leftSection={<IconSearch size={16} aria-hidden />}
            data-testid="work-list-find-person"
          >
            {t('cases.workList.findPerson')}
          </Button>
        </Group>
      </Group>

      <PlansAwaitingPanel />
      <AidAwaitingPanel />
      {worklist.isPending && <LoadingState />}
      {worklist.isError && <QueryErrorAlert error={worklist.error} onRetry={() => void worklist.refetch()} />}
      {isEmpty && (
        <Paper withBorder p="md" radius="md">
          <Text c="dimmed" py="lg" ta="center" data-testid="work-list-empty">
            {t('cases.workList.empty')}
          </Text>
        </Paper>
      )}
      {data && !isEmpty && <Sections data={data} />}
    </Stack>
  );
}

function Section({
  title,
  count,
  testId,
  children,
}: {
  title: string;
  count: number;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid={testId}>
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={2} size="h4">
            {title}
          </Title>
          <Badge variant="light" color={count > 0 ? 'blue' : 'gray'} size="sm">
            {count}
          </Badge>
        </Group>
        {count === 0 ? (
          <Text size="sm" c="dimmed">
            {t('cases.workList.sectionEmpty')}
          </Text>
        ) : (
          <Table verticalSpacing="xs" highlightOnHover aria-label={title}>
            <Table.Tbody>{children}</Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

function Sections({ data }: { data: Worklist }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const whyLabel = (why: string) => {
    const known = whyKeys.find((key) => key === why);
    return known ? t(`cases.workList.why.${known}`) : why;
  };
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Section title={t('cases.workList.mine')} count={data.myCases.length} testId="work-list-my-cases">
          {data.myCases.map((item) => (
            <Table.Tr key={item.id} data-testid="case-row" data-status={item.status}>
              <Table.Td>
                <Anchor component={Link} to={`/cases/${item.id}`} data-testid="case-link">
                  {item.beneficiaryName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StatusCell status={item.status} />
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {formatDateTime(item.updatedAt, language)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Section>
        <Section title={t('cases.workList.awaiting')} count={data.awaitingAction.length} testId="work-list-awaiting">
          {data.awaitingAction.map((item) => (
            <Table.Tr key={item.id} data-testid="awaiting-row" data-why={item.why}>
              <Table.Td>
                <Anchor component={Link} to={`/cases/${item.id}`} data-testid="case-link">
                  {item.beneficiaryName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StatusCell status={item.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{whyLabel(item.why)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Section>
        <Section
          title={t('cases.workList.incomingReferrals')}
          count={data.incomingReferrals.length}
          testId="work-list-incoming"
        >
          {data.incomingReferrals.map((item) => (
            <Table.Tr key={item.id} data-testid="incoming-referral-row">
              <Table.Td>
                <Anchor component={Link} to={`/referrals/${item.id}`} data-testid="incoming-referral-link">
                  {t('cases.workList.referralFrom', { name: item.fromInstitutionName })}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t('cases.workList.answerBy', { date: formatDate(item.dueOn, language) })}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Section>
        <Section
          title={t('cases.workList.overdueReferrals')}
          count={data.overdueReferrals.length}
          testId="work-list-overdue"
        >
          {data.overdueReferrals.map((item) => (
            <Table.Tr key={item.id} data-testid="overdue-referral-row" data-escalated={item.escalated}>
              <Table.Td>
                <Anchor component={Link} to={`/referrals/${item.id}`}>
                  {t('cases.workList.referralRoute', { from: item.fromInstitutionName, to: item.toInstitutionName })}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="red">
                  {t('cases.workList.dueWas', { date: formatDate(item.dueOn, language) })}
                </Text>
              </Table.Td>
              <Table.Td>{item.escalated && <OverdueBadge escalated />}</Table.Td>
            </Table.Tr>
          ))}
        </Section>
      </SimpleGrid>
      <Section title={t('cases.workList.dueFollowUps')} count={data.dueFollowUps.length} testId="work-list-follow-ups">
        {data.dueFollowUps.map((item) => (
          <Table.Tr key={item.id} data-testid="due-follow-up-row">
            <Table.Td>
              <Anchor component={Link} to={`/cases/${item.caseId}?tab=aftercare`}>
                {item.beneficiaryName}
              </Anchor>
            </Table.Td>
            <Table.Td>{t('aftercare.monthsAfter', { count: item.monthsAfter })}</Table.Td>
            <Table.Td>
              <Text size="sm">{formatDate(item.dueOn, language)}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Section>
    </Stack>
  );
}
