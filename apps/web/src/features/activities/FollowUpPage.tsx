import { ACTIVITY_KINDS, ActionStatus } from '@atensi/contracts';
import { Group, Paper, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { withParams } from '../../lib/search-params';
import { ActionsTable } from './ActionsTable';
import { useActions } from './activities.api';

/** The follow-up board: every action within reach, past-due ones and supervision corrective actions first. */
export function FollowUpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('activities.board.title') }));
  const [searchParams, setSearchParams] = useSearchParams();
  const overdue = searchParams.get('overdue') !== 'false';
  const corrective = searchParams.get('correctiveOnly') === 'true';
  const status = searchParams.get('status');
  const kind = searchParams.get('activityKind');
  const list = useActions({
    overdue: overdue ? 'true' : undefined,
    correctiveOnly: corrective ? 'true' : undefined,
    status: status ?? undefined,
    activityKind: kind ?? undefined,
    limit: 500,
  });
  const set = (key: string, value: string | null) =>
    setSearchParams((current) => withParams(current, { [key]: value }));
  return (
    <Stack gap="lg" maw={1400}>
      <Stack gap={4}>
        <Title order={1} data-testid="page-title">
          {t('activities.board.title')}
        </Title>
        <Text c="dimmed">{t('activities.board.description')}</Text>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group gap="lg" align="flex-end" wrap="wrap">
            <Switch
              label={t('activities.board.overdueOnly')}
              checked={overdue}
              onChange={(e) => set('overdue', e.currentTarget.checked ? null : 'false')}
              data-testid="board-overdue"
            />
            <Switch
              label={t('activities.board.correctiveOnly')}
              checked={corrective}
              onChange={(e) => set('correctiveOnly', e.currentTarget.checked ? 'true' : null)}
              data-testid="board-corrective"
            />
            <Select
              w={180}
              label={t('activities.actions.status')}
              placeholder={t('activities.filters.allStatuses')}
              data={ActionStatus.options.map((value) => ({ value, label: t(`activities.actionStatuses.${value}`) }))}
              value={status}
              onChange={(value) => set('status', value)}
              clearable
            />
            <Select
              w={220}
              label={t('activities.fields.kind')}
              placeholder={t('activities.filters.allKinds')}
              data={ACTIVITY_KINDS.map((value) => ({ value, label: t(`activities.kinds.${value}`) }))}
              value={kind}
              onChange={(value) => set('activityKind', value)}
              clearable
            />
          </Group>
          {list.isPending && <LoadingState />}
          {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
          {list.data && list.data.total === 0 && (
            <Text c="dimmed" ta="center" py="lg" data-testid="board-empty">
              {t('activities.board.empty')}
            </Text>
          )}
          {list.data && list.data.total > 0 && <ActionsTable items={list.data.items} showActivity />}
        </Stack>
      </Paper>
    </Stack>
  );
}
