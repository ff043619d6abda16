import { Box, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { todayInJakarta } from '../../lib/format';
import { useCan } from '../auth/current-user';
import { type RegionPick, RegionSelect } from '../regions/RegionSelect';
import { BeneficiaryTable } from './BeneficiaryTable';
import { useBeneficiarySearch } from './beneficiaries.api';
import { beneficiarySearchQuery, looksLikeNik } from './beneficiary-search';
import { normaliseNik } from './nik-check';

const searchDebounceMs = 400;

/**
 * Finds people by exact NIK or by name, within the caller's reach. The search lives in this page's state, never in
 * the address: a NIK or a name must not end up in the browser history.
 */
export function BeneficiariesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('beneficiaries.title') }));
  const canWrite = useCan('beneficiaries:write');
  const [term, setTerm] = useState('');
  const [region, setRegion] = useState<RegionPick | null>(null);
  const [birthDate, setBirthDate] = useState('');
  const [debouncedTerm] = useDebouncedValue(term, searchDebounceMs);
  const query = beneficiarySearchQuery({ term: debouncedTerm, regionCode: region?.code ?? null, birthDate });
  const results = useBeneficiarySearch(query);

  const digits = normaliseNik(term.trim());
  let hint: string | undefined;
  if (looksLikeNik(term)) {
    hint =
      digits.length === 16
        ? t('beneficiaries.search.byNik')
        : t('beneficiaries.search.nikIncomplete', { count: digits.length });
  } else if (term.trim().length >= 2) hint = t('beneficiaries.search.byName');

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} data-testid="page-title">
            {t('beneficiaries.title')}
          </Title>
          <Text c="dimmed">{t('beneficiaries.description')}</Text>
        </Stack>
        {canWrite && (
          <Button
            component={Link}
            to="/beneficiaries/new"
            leftSection={<IconUserPlus size={18} aria-hidden />}
            data-testid="beneficiary-register"
          >
            {t('beneficiaries.register')}
          </Button>
        )}
      </Group>

      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group align="flex-start" gap="sm" wrap="wrap" role="search">
            <TextInput
              flex="1 1 280px"
              type="search"
              value={term}
              onChange={(event) => setTerm(event.currentTarget.value)}
              label={t('beneficiaries.search.label')}
              placeholder={t('beneficiaries.search.placeholder')}
              description={hint ?? ' '}
              leftSection={<IconSearch size={16} aria-hidden />}
              autoComplete="off"
              spellCheck={false}
              data-autofocus
              data-testid="beneficiary-search"
            />
            <Box w={{ base: '100%', xs: 360 }}>
              <RegionSelect
                label={t('beneficiaries.search.region')}
                placeholder={t('beneficiaries.search.regionPlaceholder')}
                description=" "
                value={region}
                onChange={setRegion}
                testId="beneficiary-filter-region"
              />
            </Box>
            <TextInput
              w={{ base: '100%', xs: 180 }}
              type="date"
              label={t('beneficiaries.search.birthDate')}
              description=" "
              value={birthDate}
              max={todayInJakarta()}
              onChange={(event) => setBirthDate(event.currentTarget.value)}
              data-testid="beneficiary-filter-birth-date"
            />
          </Group>

          {query === null && (
            <Text c="dimmed" py="lg" ta="center" data-testid="beneficiary-search-prompt">
              {t('beneficiaries.search.prompt')}
            </Text>
          )}
          {query !== null && results.isPending && <LoadingState />}
          {query !== null && results.isError && (
            <QueryErrorAlert error={results.error} onRetry={() => void results.refetch()} />
          )}
          {query !== null && results.data && results.data.items.length === 0 && (
            <Text c="dimmed" py="lg" ta="center" data-testid="beneficiary-empty">
              {t('beneficiaries.search.empty')}
            </Text>
          )}
          {query !== null && results.data && results.data.items.length > 0 && (
            <BeneficiaryTable items={results.data.items} isStale={results.isPlaceholderData || results.isFetching} />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
