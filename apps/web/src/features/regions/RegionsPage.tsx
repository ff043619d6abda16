import type { RegionLevel } from '@atensi/contracts';
import { Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { parsePage, withParams } from '../../lib/search-params';
import { RegionListView } from './RegionListView';
import { isRegionLevel, regionLevels } from './region-levels';
import { useRegionList } from './regions.api';

const minQueryLength = 2;
const searchDebounceMs = 300;
const allLevels = 'all';

/**
 * The regions browser: a name search across all levels, or, without one, the regions of one level (the provinces
 * first). The search, level and page live in the URL so that Back returns to the same list.
 */
export function RegionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('regions.title') }));
  const [searchParams, setSearchParams] = useSearchParams();

  const q = searchParams.get('q')?.trim() ?? '';
  const levelParam = searchParams.get('level');
  const level: RegionLevel | undefined = isRegionLevel(levelParam) ? levelParam : undefined;
  const page = parsePage(searchParams.get('page'));

  const [input, setInput] = useState(q);
  // When the URL changes under the page (a link to /regions, Back), the box follows it.
  const [syncedQ, setSyncedQ] = useState(q);
  if (q !== syncedQ) {
    setSyncedQ(q);
    if (q !== input.trim()) setInput(q);
  }

  // Typing replaces the history entry rather than adding one per word.
  const writeQuery = useDebouncedCallback((value: string) => {
    setSearchParams((current) => withParams(current, { q: value.trim(), page: null }), { replace: true });
  }, searchDebounceMs);

  const isSearching = q.length >= minQueryLength;
  const filter = isSearching ? { q, level } : { level: level ?? 'province' };
  const query = useRegionList(filter, page);

  const levelOptions = [
    { value: allLevels, label: t('regions.levelAll') },
    ...regionLevels.map((value) => ({ value, label: t(`regions.levels.${value}`) })),
  ];
  const listLevel = t(`regions.levels.${filter.level ?? 'province'}`);

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1} data-testid="page-title">
          {t('regions.title')}
        </Title>
        <Text c="dimmed">{t('regions.description')}</Text>
      </Stack>

      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group align="flex-start" gap="sm" wrap="wrap" role="search">
            <TextInput
              flex="1 1 320px"
              type="search"
              value={input}
              onChange={(event) => {
                setInput(event.currentTarget.value);
                writeQuery(event.currentTarget.value);
              }}
              label={t('regions.searchLabel')}
              aria-label={t('regions.searchLabel')}
              placeholder={t('regions.searchPlaceholder')}
              description={q.length > 0 && !isSearching ? t('regions.searchTooShort') : undefined}
              leftSection={<IconSearch size={16} aria-hidden />}
              autoComplete="off"
              data-testid="region-search"
            />
            <Select
              w={{ base: '100%', xs: 220 }}
              label={t('regions.levelLabel')}
              data={levelOptions}
              value={level ?? allLevels}
              onChange={(value) => {
                const next = isRegionLevel(value) ? value : null;
                setSearchParams((current) => withParams(current, { level: next, page: null }));
              }}
              allowDeselect={false}
              data-testid="region-level"
            />
          </Group>

          <RegionListView
            query={query}
            label={isSearching ? t('regions.searchCaption', { q }) : t('regions.listCaption', { level: listLevel })}
            emptyMessage={isSearching ? t('regions.emptySearch', { q }) : t('regions.emptyList')}
            page={page}
            onPageChange={(next) => {
              setSearchParams((current) => withParams(current, { page: String(next) }));
              window.scrollTo({ top: 0 });
            }}
          />
        </Stack>
      </Paper>
      <Text size="xs" c="dimmed" data-testid="region-data-credit">
        {t('regions.dataCredit')}
      </Text>
    </Stack>
  );
}
