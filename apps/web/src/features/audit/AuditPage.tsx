import { Autocomplete, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconDownload, IconFilter } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { withParams } from '../../lib/search-params';
import { useCan } from '../auth/current-user';
import { useUserList } from '../users/users.api';
import { AuditTable } from './AuditTable';
import { useAuditEvents } from './audit.api';
import {
  type AuditFilter,
  auditExportUrl,
  auditFilterParams,
  emptyAuditFilter,
  isUuid,
  knownAuditActions,
  readAuditFilter,
} from './audit-filter';

/** The audit log: who did what to which record, when and from where; filtered, paged back in time, exported. */
export function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('audit.title') }));
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readAuditFilter(searchParams);
  const events = useAuditEvents(filter);
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} data-testid="page-title">
            {t('audit.title')}
          </Title>
          <Text c="dimmed">{t('audit.description')}</Text>
        </Stack>
        <Button
          component="a"
          href={auditExportUrl(filter)}
          download
          variant="light"
          leftSection={<IconDownload size={18} aria-hidden />}
          data-testid="audit-export"
        >
          {t('audit.export')}
        </Button>
      </Group>

      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          {/* Keyed by the URL's filter so Back, or a link, refills the form. */}
          <AuditFilterForm
            key={searchParams.toString()}
            initial={filter}
            onApply={(next) => setSearchParams((current) => withParams(current, auditFilterParams(next)))}
          />
          {events.isPending && <LoadingState />}
          {events.isError && <QueryErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
          {events.isSuccess && items.length === 0 && (
            <Text c="dimmed" py="lg" ta="center" data-testid="audit-empty">
              {t('audit.empty')}
            </Text>
          )}
          {items.length > 0 && (
            <Stack gap="sm">
              <AuditTable items={items} />
              <Group justify="space-between">
                <Text size="sm" c="dimmed" aria-live="polite">
                  {t('audit.shown', { count: items.length })}
                </Text>
                {events.hasNextPage && (
                  <Button
                    variant="default"
                    onClick={() => void events.fetchNextPage()}
                    loading={events.isFetchingNextPage}
                    data-testid="audit-load-more"
                  >
                    {t('audit.loadMore')}
                  </Button>
                )}
              </Group>
            </Stack>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function AuditFilterForm({ initial, onApply }: { initial: AuditFilter; onApply: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const set = (key: keyof AuditFilter) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const actorError =
    draft.actorId.trim() !== '' && !isUuid(draft.actorId.trim()) ? t('audit.filters.actorIdFormat') : null;
  const datesError =
    draft.from !== '' && draft.to !== '' && draft.from > draft.to ? t('audit.filters.datesOrder') : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (actorError || datesError) return;
    onApply(draft);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('audit.filters.label')} data-testid="audit-filters">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <ActorFilter value={draft.actorId} onChange={set('actorId')} error={actorError} />
          <Autocomplete
            label={t('audit.filters.action')}
            placeholder={t('audit.filters.actionPlaceholder')}
            data={knownAuditActions}
            value={draft.action}
            onChange={set('action')}
            data-testid="audit-filter-action"
          />
          <TextInput
            label={t('audit.filters.entityType')}
            placeholder={t('audit.filters.entityTypePlaceholder')}
            value={draft.entityType}
            onChange={(event) => set('entityType')(event.currentTarget.value)}
            data-testid="audit-filter-entity-type"
          />
          <TextInput
            label={t('audit.filters.entityId')}
            value={draft.entityId}
            onChange={(event) => set('entityId')(event.currentTarget.value)}
            data-testid="audit-filter-entity-id"
          />
          <TextInput
            type="date"
            label={t('audit.filters.from')}
            value={draft.from}
            onChange={(event) => set('from')(event.currentTarget.value)}
            data-testid="audit-filter-from"
          />
          <TextInput
            type="date"
            label={t('audit.filters.to')}
            value={draft.to}
            onChange={(event) => set('to')(event.currentTarget.value)}
            error={datesError}
            data-testid="audit-filter-to"
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />} data-testid="audit-apply">
            {t('audit.filters.apply')}
          </Button>
          <Button variant="subtle" onClick={() => onApply(emptyAuditFilter)} data-testid="audit-clear">
            {t('audit.filters.clear')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Admins pick the actor by name (they may list users); the Inspectorate types the actor's id. */
function ActorFilter({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (id: string) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const canListUsers = useCan('users:manage');
  const users = useUserList({}, 1, { pageSize: 200, enabled: canListUsers });
  if (canListUsers) {
    const data = (users.data?.items ?? []).map((user) => ({
      value: user.id,
      label: `${user.username} — ${user.displayName}`,
    }));
    return (
      <Select
        label={t('audit.filters.actor')}
        placeholder={t('audit.filters.actorAny')}
        data={data}
        value={value === '' ? null : value}
        onChange={(next) => onChange(next ?? '')}
        searchable
        clearable
        nothingFoundMessage={t('audit.filters.actorNone')}
        error={users.isError ? t('audit.filters.actorLoadError') : null}
        data-testid="audit-filter-actor"
      />
    );
  }
  return (
    <TextInput
      label={t('audit.filters.actorId')}
      placeholder="019a…"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      spellCheck={false}
      data-testid="audit-filter-actor"
    />
  );
}
