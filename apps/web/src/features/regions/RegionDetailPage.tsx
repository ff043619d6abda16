import type { RegionDetail } from '@atensi/contracts';
import { Alert, Anchor, Box, Breadcrumbs, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useLanguage } from '../../lib/i18n/use-language';
import { parsePage, withParams } from '../../lib/search-params';
import { RegionLevelBadge } from './RegionLevelBadge';
import { RegionListView } from './RegionListView';
import { useRegion, useRegionList } from './regions.api';

/** One region: where it lies (its ancestors, each a link), what it is, and the regions directly below it. */
export function RegionDetailPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const query = useRegion(code);
  useDocumentTitle(t('app.documentTitle', { page: query.data?.name ?? t('regions.title') }));

  return (
    <Stack gap="lg" maw={1200}>
      <RegionBreadcrumbs region={query.data} />
      {query.isPending && <LoadingState />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <RegionSummary region={query.data} />}
      {query.data && <RegionChildren region={query.data} />}
    </Stack>
  );
}

function RegionBreadcrumbs({ region }: { region: RegionDetail | undefined }) {
  const { t } = useTranslation();
  return (
    <Box component="nav" aria-label={t('regions.breadcrumbLabel')} data-testid="region-breadcrumb">
      <Breadcrumbs separatorMargin="xs" style={{ flexWrap: 'wrap', rowGap: 4 }}>
        <Anchor component={Link} to="/regions" size="sm">
          {t('regions.title')}
        </Anchor>
        {region?.ancestors.map((ancestor) => (
          <Anchor key={ancestor.code} component={Link} to={`/regions/${ancestor.code}`} size="sm">
            {ancestor.name}
          </Anchor>
        ))}
        {region && (
          <Text size="sm" c="dimmed" aria-current="page">
            {region.name}
          </Text>
        )}
      </Breadcrumbs>
    </Box>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Box>{children}</Box>
    </Stack>
  );
}

function RegionSummary({ region }: { region: RegionDetail }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const parent = region.ancestors.at(-1);
  return (
    <Stack gap="md">
      <Group gap="sm" align="center">
        <Title order={1} data-testid="region-name">
          {region.name}
        </Title>
        <RegionLevelBadge level={region.level} size="lg" />
      </Group>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Fact label={t('regions.code')}>
            <Code fz="md" data-testid="region-code">
              {region.code}
            </Code>
          </Fact>
          <Fact label={t('regions.level')}>
            <Text>{t(`regions.levels.${region.level}`)}</Text>
          </Fact>
          <Fact label={t('regions.parent')}>
            {parent ? (
              <Anchor component={Link} to={`/regions/${parent.code}`}>
                {parent.name}
              </Anchor>
            ) : (
              <Text c="dimmed">—</Text>
            )}
          </Fact>
          {region.level !== 'village' && (
            <Fact label={t('regions.childCount')}>
              <Text>{region.childCount.toLocaleString(language)}</Text>
            </Fact>
          )}
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}

function RegionChildren({ region }: { region: RegionDetail }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = parsePage(searchParams.get('page'));
  const isVillage = region.level === 'village';
  const query = useRegionList({ parentCode: region.code }, page, { enabled: !isVillage });

  if (isVillage) {
    return (
      <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />} data-testid="region-lowest-level">
        {t('regions.lowestLevel')}
      </Alert>
    );
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="region-children-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="region-children-title">
          {t('regions.childrenTitle', { name: region.name })}
        </Title>
        <RegionListView
          query={query}
          label={t('regions.childrenCaption', { name: region.name })}
          emptyMessage={t('regions.noChildren', { name: region.name })}
          page={page}
          showPath={false}
          onPageChange={(next) => {
            setSearchParams((current) => withParams(current, { page: String(next) }));
            window.scrollTo({ top: 0 });
          }}
        />
      </Stack>
    </Paper>
  );
}
