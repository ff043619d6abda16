import { InstitutionType } from '@atensi/contracts';
import { Button, Group, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { IconBuildingPlus, IconFileSpreadsheet, IconFileTypeCsv, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { withParams } from '../../lib/search-params';
import { useCan } from '../auth/current-user';
import { InstitutionFormModal } from './InstitutionFormModal';
import { InstitutionTable } from './InstitutionTable';
import { certificationFilters, institutionExportUrl, readInstitutionFilter } from './institution-filter';
import { useInstitutionDirectory } from './institutions.api';
import { useProvinces } from './use-provinces';

const searchDebounceMs = 300;

/** The directory of institutions within the caller's scope: filtered, exported, and the way to register one. */
export function InstitutionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('institutions.title') }));
  const navigate = useNavigate();
  const canCreate = useCan('institutions:create');
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readInstitutionFilter(searchParams);
  const directory = useInstitutionDirectory(filter);
  const provinces = useProvinces();
  const [isCreating, setIsCreating] = useState(false);

  const q = searchParams.get('q') ?? '';
  const [input, setInput] = useState(q);
  const [syncedQ, setSyncedQ] = useState(q);
  if (q !== syncedQ) {
    setSyncedQ(q);
    if (q.trim() !== input.trim()) setInput(q);
  }
  const writeQuery = useDebouncedCallback((value: string) => {
    setSearchParams((current) => withParams(current, { q: value.trim() }), { replace: true });
  }, searchDebounceMs);
  const setParam = (key: string, value: string | null) =>
    setSearchParams((current) => withParams(current, { [key]: value }));

  const items = directory.data?.items ?? [];

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} data-testid="page-title">
            {t('institutions.title')}
          </Title>
          <Text c="dimmed">{t('institutions.description')}</Text>
        </Stack>
        <Group gap="sm">
          <Button
            component="a"
            href={institutionExportUrl(filter, 'csv')}
            download
            variant="light"
            leftSection={<IconFileTypeCsv size={18} aria-hidden />}
            data-testid="institutions-export-csv"
          >
            {t('institutions.exportCsv')}
          </Button>
          <Button
            component="a"
            href={institutionExportUrl(filter, 'xlsx')}
            download
            variant="light"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            data-testid="institutions-export-xlsx"
          >
            {t('institutions.exportXlsx')}
          </Button>
          {canCreate && (
            <Button
              leftSection={<IconBuildingPlus size={18} aria-hidden />}
              onClick={() => setIsCreating(true)}
              data-testid="institution-create"
            >
              {t('institutions.create.open')}
            </Button>
          )}
        </Group>
      </Group>

      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group align="flex-end" gap="sm" wrap="wrap" role="search">
            <TextInput
              flex="1 1 260px"
              type="search"
              value={input}
              onChange={(event) => {
                setInput(event.currentTarget.value);
                writeQuery(event.currentTarget.value);
              }}
              label={t('institutions.filters.search')}
              placeholder={t('institutions.filters.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              autoComplete="off"
              data-testid="institution-search"
            />
            <Select
              w={{ base: '100%', xs: 200 }}
              label={t('institutions.fields.type')}
              placeholder={t('institutions.filters.allTypes')}
              data={InstitutionType.options.map((value) => ({ value, label: t(`institutions.types.${value}`) }))}
              value={filter.type ?? null}
              onChange={(value) => setParam('type', value)}
              clearable
              data-testid="institution-filter-type"
            />
            <Select
              w={{ base: '100%', xs: 240 }}
              label={t('institutions.fields.province')}
              placeholder={t('institutions.filters.allProvinces')}
              data={provinces.options}
              value={filter.provinceCode ?? null}
              onChange={(value) => setParam('provinceCode', value)}
              searchable
              clearable
              nothingFoundMessage={t('institutions.filters.noProvince')}
              data-testid="institution-filter-province"
            />
            <Select
              w={{ base: '100%', xs: 200 }}
              label={t('institutions.fields.certification')}
              placeholder={t('institutions.filters.allStatuses')}
              data={certificationFilters.map((value) => ({
                value,
                label: t(`institutions.certification.statuses.${value}`),
              }))}
              value={filter.certificationStatus ?? null}
              onChange={(value) => setParam('certificationStatus', value)}
              clearable
              data-testid="institution-filter-status"
            />
            <Switch
              mb={8}
              label={t('institutions.filters.includeInactive')}
              checked={filter.includeInactive ?? false}
              onChange={(event) => setParam('includeInactive', event.currentTarget.checked ? 'true' : null)}
              data-testid="institution-filter-inactive"
            />
          </Group>

          {directory.isPending && <LoadingState />}
          {directory.isError && <QueryErrorAlert error={directory.error} onRetry={() => void directory.refetch()} />}
          {directory.isSuccess && items.length === 0 && (
            <Text c="dimmed" py="lg" ta="center" data-testid="institution-empty">
              {t('institutions.empty')}
            </Text>
          )}
          {items.length > 0 && (
            <Stack gap="sm">
              <InstitutionTable items={items} isStale={directory.isPlaceholderData} provinceName={provinces.nameOf} />
              <Text size="sm" c="dimmed" aria-live="polite" data-testid="institution-count">
                {t('institutions.count', { count: items.length })}
              </Text>
            </Stack>
          )}
        </Stack>
      </Paper>

      <InstitutionFormModal
        mode={isCreating ? { kind: 'create' } : null}
        onClose={() => setIsCreating(false)}
        onSaved={(institution) => {
          setIsCreating(false);
          void navigate(`/institutions/${institution.id}`);
        }}
      />
    </Stack>
  );
}
