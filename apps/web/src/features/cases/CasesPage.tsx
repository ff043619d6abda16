import { CaseStatus } from '@atensi/contracts';
import { Button, Group, Paper, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { withParams } from '../../lib/search-params';
import { CaseTable } from './CaseTable';
import { useCaseList } from './cases.api';

type View = 'mine' | 'institution';

/**
 * The worker's home: the cases assigned to them, or every case at their institution (and, for a Balai manager,
 * those it supervises), filtered by status. Only the view and the status live in the address, never a name.
 */
export function WorkListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('cases.workList.title') }));
  const [searchParams, setSearchParams] = useSearchParams();
  const view: View = searchParams.get('view') === 'institution' ? 'institution' : 'mine';
  const parsedStatus = CaseStatus.safeParse(searchParams.get('status'));
  const status = parsedStatus.success ? parsedStatus.data : undefined;
  const list = useCaseList({ mine: view === 'mine', status });

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} data-testid="page-title">
            {t('cases.workList.title')}
          </Title>
          <Text c="dimmed">{t('cases.workList.description')}</Text>
        </Stack>
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

      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Tabs
              value={view}
              onChange={(next) =>
                setSearchParams((current) =>
                  withParams(current, { view: next === 'institution' ? 'institution' : null }),
                )
              }
            >
              <Tabs.List>
                <Tabs.Tab value="mine" data-testid="work-list-mine">
                  {t('cases.workList.mine')}
                </Tabs.Tab>
                <Tabs.Tab value="institution" data-testid="work-list-institution">
                  {t('cases.workList.institution')}
                </Tabs.Tab>
              </Tabs.List>
            </Tabs>
            <Select
              w={{ base: '100%', xs: 260 }}
              label={t('cases.workList.status')}
              placeholder={t('cases.workList.allStatuses')}
              data={CaseStatus.options.map((value) => ({ value, label: t(`cases.statuses.${value}`) }))}
              value={status ?? null}
              onChange={(value) => setSearchParams((current) => withParams(current, { status: value }))}
              clearable
              data-testid="work-list-status"
            />
          </Group>

          {list.isPending && <LoadingState />}
          {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
          {list.data && list.data.items.length === 0 && (
            <Text c="dimmed" py="lg" ta="center" data-testid="work-list-empty">
              {t('cases.workList.empty')}
            </Text>
          )}
          {list.data && list.data.items.length > 0 && (
            <CaseTable items={list.data.items} isStale={list.isPlaceholderData} />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
