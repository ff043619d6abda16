import { ACTIVITY_KINDS, ActivityStatus } from '@atensi/contracts';
import { Anchor, Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { IconChartBar, IconFileSpreadsheet, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { PaginationBar } from '../../components/PaginationBar';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { buildUrl } from '../../lib/api';
import { todayInJakarta } from '../../lib/format';
import { parsePage, withParams } from '../../lib/search-params';
import { useCan, useCurrentUser } from '../auth/current-user';
import { useProvinces } from '../institutions/use-provinces';
import { ActivityCalendar, monthGrid } from './ActivityCalendar';
import { ActivityFormModal } from './ActivityFormModal';
import { ActivityTable } from './ActivityTable';
import { useActivities } from './activities.api';

const pageSize = 50;

/** The Directorate's indirect services: the calendar and the list, with filters, a new activity, the export. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('activities.title') }));
  const navigate = useNavigate();
  const me = useCurrentUser();
  const canManage = useCan('activities:manage');
  const provinces = useProvinces();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = searchParams.get('view') === 'calendar' ? 'calendar' : 'list';
  const month = /^\d{4}-\d{2}$/.test(searchParams.get('month') ?? '')
    ? (searchParams.get('month') as string)
    : todayInJakarta().slice(0, 7);
  const page = parsePage(searchParams.get('page'));
  const filter = {
    kind: searchParams.get('kind') ?? undefined,
    status: searchParams.get('status') ?? undefined,
    provinceCode: searchParams.get('provinceCode') ?? undefined,
    q: searchParams.get('q') ?? undefined,
    from: searchParams.get('from') ?? undefined,
    to: searchParams.get('to') ?? undefined,
  };
  const grid = monthGrid(month);
  const query =
    view === 'calendar'
      ? { ...filter, from: grid[0], to: grid[grid.length - 1], limit: 500 }
      : { ...filter, limit: pageSize, offset: (page - 1) * pageSize };
  const list = useActivities(query);
  const [isCreating, setIsCreating] = useState(false);
  const [input, setInput] = useState(filter.q ?? '');
  const writeQuery = useDebouncedCallback((value: string) => {
    setSearchParams(
      (current) => withParams(current, { q: value.trim().length >= 2 ? value.trim() : null, page: null }),
      {
        replace: true,
      },
    );
  }, 300);
  const setParam = (key: string, value: string | null) =>
    setSearchParams((current) => withParams(current, { [key]: value, page: null }));
  const exportQuery = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} data-testid="page-title">
            {t('activities.title')}
          </Title>
          <Text c="dimmed">{t('activities.description')}</Text>
        </Stack>
        <Group gap="sm">
          <Button
            component={Link}
            to="/activities/report"
            variant="default"
            leftSection={<IconChartBar size={16} aria-hidden />}
          >
            {t('activities.report.open')}
          </Button>
          {canManage && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setIsCreating(true)}
              data-testid="activity-create"
            >
              {t('activities.create')}
            </Button>
          )}
        </Group>
      </Group>

      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group align="flex-end" gap="sm" wrap="wrap" role="search">
            <TextInput
              flex="1 1 220px"
              type="search"
              label={t('activities.filters.search')}
              value={input}
              onChange={(event) => {
                setInput(event.currentTarget.value);
                writeQuery(event.currentTarget.value);
              }}
              leftSection={<IconSearch size={16} aria-hidden />}
              data-testid="activity-search"
            />
            <Select
              w={200}
              label={t('activities.fields.kind')}
              placeholder={t('activities.filters.allKinds')}
              data={ACTIVITY_KINDS.map((value) => ({ value, label: t(`activities.kinds.${value}`) }))}
              value={filter.kind ?? null}
              onChange={(value) => setParam('kind', value)}
              clearable
              data-testid="activity-filter-kind"
            />
            <Select
              w={160}
              label={t('activities.fields.status')}
              placeholder={t('activities.filters.allStatuses')}
              data={ActivityStatus.options.map((value) => ({ value, label: t(`activities.statuses.${value}`) }))}
              value={filter.status ?? null}
              onChange={(value) => setParam('status', value)}
              clearable
              data-testid="activity-filter-status"
            />
            <Select
              w={220}
              label={t('activities.fields.province')}
              placeholder={t('activities.filters.allProvinces')}
              data={provinces.options}
              value={filter.provinceCode ?? null}
              onChange={(value) => setParam('provinceCode', value)}
              searchable
              clearable
              data-testid="activity-filter-province"
            />
            {view === 'list' && (
              <>
                <TextInput
                  w={160}
                  type="date"
                  label={t('activities.filters.from')}
                  value={filter.from ?? ''}
                  onChange={(event) => setParam('from', event.currentTarget.value || null)}
                />
                <TextInput
                  w={160}
                  type="date"
                  label={t('activities.filters.to')}
                  value={filter.to ?? ''}
                  onChange={(event) => setParam('to', event.currentTarget.value || null)}
                />
              </>
            )}
          </Group>
          <Group justify="space-between">
            <SegmentedControl
              value={view}
              onChange={(value) => setParam('view', value === 'list' ? null : value)}
              data={[
                { value: 'list', label: t('activities.views.list') },
                { value: 'calendar', label: t('activities.views.calendar') },
              ]}
              data-testid="activity-view"
            />
            <Group gap="md">
              <Anchor
                href={buildUrl('/api/v1', '/activities/export', { ...exportQuery, format: 'xlsx' })}
                size="sm"
                data-testid="activities-export-xlsx"
              >
                <Group gap={4}>
                  <IconFileSpreadsheet size={16} aria-hidden />
                  {t('activities.export.xlsx')}
                </Group>
              </Anchor>
              <Anchor href={buildUrl('/api/v1', '/activities/export', { ...exportQuery, format: 'csv' })} size="sm">
                {t('activities.export.csv')}
              </Anchor>
            </Group>
          </Group>
          {list.isPending && <LoadingState />}
          {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
          {list.data && view === 'calendar' && (
            <ActivityCalendar
              month={month}
              items={list.data.items}
              onMonthChange={(next) => setSearchParams((current) => withParams(current, { month: next }))}
            />
          )}
          {list.data && view === 'list' && list.data.total === 0 && (
            <Text c="dimmed" ta="center" py="lg" data-testid="activities-empty">
              {t('activities.empty')}
            </Text>
          )}
          {list.data && view === 'list' && list.data.total > 0 && (
            <Stack gap="md">
              <ActivityTable items={list.data.items} isStale={list.isPlaceholderData} />
              <PaginationBar
                page={page}
                pageSize={pageSize}
                total={list.data.total}
                onChange={(next) => setSearchParams((current) => withParams(current, { page: String(next) }))}
              />
            </Stack>
          )}
        </Stack>
      </Paper>

      <ActivityFormModal
        mode={isCreating ? { kind: 'create', defaultOrganiserId: me.institutionId } : null}
        onClose={() => setIsCreating(false)}
        onSaved={(id) => {
          setIsCreating(false);
          void navigate(`/activities/${id}`);
        }}
      />
    </Stack>
  );
}
