import { CaseStatus } from '@atensi/contracts';
import { Button, Group, Paper, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { PaginationBar } from '../../components/PaginationBar';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { parsePage, withParams } from '../../lib/search-params';
import { CaseTable } from './CaseTable';
import { defaultCasePageSize, useCaseList } from './cases.api';

type View = 'mine' | 'institution';

/**
 * The case list: the cases assigned to the user, or every case at their institution (and, for a Balai manager,
 * those it supervises), filtered by status, a page at a time. Only the view, the status and the page live in the
 * address, never a name.
 */
export function CasesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('cases.list.title') }));
  const [searchParams, setSearchParams] = useSearchParams();
  const view: View = searchParams.get('view') === 'institution' ? 'institution' : 'mine';
  const parsedStatus = CaseStatus.safeParse(searchParams.get('status'));
  const status = parsedStatus.success ? parsedStatus.data : undefined;
  const page = parsePage(searchParams.get('page'));
  const list = useCaseList({ mine: view === 'mine', status, page, pageSize: defaultCasePageSize });

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} data-testid="page-title">
            {t('cases.list.title')}
          </Title>
          <Text c="dimmed">{t('cases.list.description')}</Text>
        </Stack>
        <Button
          component={Link}
          to="/beneficiaries"
          variant="light"
          leftSection={<IconSearch size={16} aria-hidden />}
          data-testid="cases-find-person"
        >
          {t('cases.list.findPerson')}
        </Button>
      </Group>

      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Tabs
              value={view}
              onChange={(next) =>
                setSearchParams((current) =>
                  withParams(current, { view: next === 'institution' ? 'institution' : null, page: null }),
                )
              }
            >
              <Tabs.List>
                <Tabs.Tab value="mine" data-testid="cases-mine">
                  {t('cases.list.mine')}
                </Tabs.Tab>
                <Tabs.Tab value="institution" data-testid="cases-institution">
                  {t('cases.list.institution')}
                </Tabs.Tab>
              </Tabs.List>
            </Tabs>
            <Select
              w={{ base: '100%', xs: 260 }}
              label={t('cases.list.status')}
              placeholder={t('cases.list.allStatuses')}
              data={CaseStatus.options.map((value) => ({ value, label: t(`cases.statuses.${value}`) }))}
              value={status ?? null}
              onChange={(value) => setSearchParams((current) => withParams(current, { status: value, page: null }))}
              clearable
              data-testid="cases-status"
            />
          </Group>

          {list.isPending && <LoadingState />}
          {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
          {list.data && list.data.items.length === 0 && (
            <Text c="dimmed" py="lg" ta="center" data-testid="cases-empty">
              {t('cases.list.empty')}
            </Text>
          )}
          {list.data && list.data.items.length > 0 && (
            <CaseTable items={list.data.items} isStale={list.isPlaceholderData} />
          )}
          {list.data && list.data.total > 0 && (
            <PaginationBar
              page={page}
              pageSize={defaultCasePageSize}
              total={list.data.total}
              onChange={(next) =>
                setSearchParams((current) => withParams(current, { page: next === 1 ? null : String(next) }))
              }
            />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
