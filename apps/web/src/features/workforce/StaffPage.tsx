import { Box, Button, Group, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { PaginationBar } from '../../components/PaginationBar';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { parsePage, withParams } from '../../lib/search-params';
import { useCan } from '../auth/current-user';
import { InstitutionSelect } from '../institutions/InstitutionSelect';
import { StaffFormModal } from './StaffFormModal';
import { StaffTable } from './StaffTable';
import { readStaffFilter, staffCertificationFilters } from './staff-filter';
import { useStaffRoleOptions } from './staff-labels';
import { staffPageSize, useStaffList } from './workforce.api';

const searchDebounceMs = 300;

/** The staff registry (SDM): who works where, and whether their certificates are current. */
export function StaffPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('staff.title') }));
  const navigate = useNavigate();
  const canManage = useCan('workforce:manage');
  const roleOptions = useStaffRoleOptions();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readStaffFilter(searchParams);
  const page = parsePage(searchParams.get('page'));
  const list = useStaffList(filter, page);
  const [isCreating, setIsCreating] = useState(false);

  const q = searchParams.get('q') ?? '';
  const [input, setInput] = useState(q);
  const [syncedQ, setSyncedQ] = useState(q);
  if (q !== syncedQ) {
    setSyncedQ(q);
    if (q.trim() !== input.trim()) setInput(q);
  }
  const writeQuery = useDebouncedCallback((value: string) => {
    setSearchParams((current) => withParams(current, { q: value.trim(), page: null }), { replace: true });
  }, searchDebounceMs);
  const setParam = (key: string, value: string | null) =>
    setSearchParams((current) => withParams(current, { [key]: value, page: null }));

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} data-testid="page-title">
            {t('staff.title')}
          </Title>
          <Text c="dimmed">{t('staff.description')}</Text>
        </Stack>
        {canManage && (
          <Button
            leftSection={<IconUserPlus size={18} aria-hidden />}
            onClick={() => setIsCreating(true)}
            data-testid="staff-create"
          >
            {t('staff.create.open')}
          </Button>
        )}
      </Group>

      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group align="flex-end" gap="sm" wrap="wrap" role="search">
            <TextInput
              flex="1 1 240px"
              type="search"
              value={input}
              onChange={(event) => {
                setInput(event.currentTarget.value);
                writeQuery(event.currentTarget.value);
              }}
              label={t('staff.filters.search')}
              placeholder={t('staff.filters.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              autoComplete="off"
              data-testid="staff-search"
            />
            <Box w={{ base: '100%', xs: 320 }}>
              <InstitutionSelect
                label={t('staff.fields.institution')}
                placeholder={t('staff.filters.allInstitutions')}
                value={filter.institutionId ?? null}
                onChange={(value) => setParam('institutionId', value)}
                testId="staff-filter-institution"
              />
            </Box>
            <Select
              w={{ base: '100%', xs: 220 }}
              label={t('staff.fields.role')}
              placeholder={t('staff.filters.allRoles')}
              data={roleOptions}
              value={filter.role ?? null}
              onChange={(value) => setParam('role', value)}
              clearable
              data-testid="staff-filter-role"
            />
            <Select
              w={{ base: '100%', xs: 200 }}
              label={t('staff.fields.certification')}
              placeholder={t('staff.filters.allStatuses')}
              data={staffCertificationFilters.map((value) => ({
                value,
                label: t(`staff.certification.statuses.${value}`),
              }))}
              value={filter.certificationStatus ?? null}
              onChange={(value) => setParam('certificationStatus', value)}
              clearable
              data-testid="staff-filter-status"
            />
            <Switch
              mb={8}
              label={t('staff.filters.includeFormer')}
              checked={filter.includeFormer ?? false}
              onChange={(event) => setParam('includeFormer', event.currentTarget.checked ? 'true' : null)}
              data-testid="staff-filter-former"
            />
          </Group>

          {list.isPending && <LoadingState />}
          {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
          {list.data && list.data.total === 0 && (
            <Text c="dimmed" py="lg" ta="center" data-testid="staff-empty">
              {t('staff.empty')}
            </Text>
          )}
          {list.data && list.data.total > 0 && (
            <Stack gap="md">
              <StaffTable items={list.data.items} isStale={list.isPlaceholderData} />
              <PaginationBar
                page={page}
                pageSize={staffPageSize}
                total={list.data.total}
                onChange={(next) => setSearchParams((current) => withParams(current, { page: String(next) }))}
              />
            </Stack>
          )}
        </Stack>
      </Paper>

      <StaffFormModal
        mode={isCreating ? { kind: 'create', institutionId: filter.institutionId } : null}
        onClose={() => setIsCreating(false)}
        onSaved={(member) => {
          setIsCreating(false);
          void navigate(`/staff/${member.id}`);
        }}
      />
    </Stack>
  );
}
