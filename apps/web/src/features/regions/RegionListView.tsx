import { Stack, Text } from '@mantine/core';
import { LoadingState } from '../../components/LoadingState';
import { PaginationBar } from '../../components/PaginationBar';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { RegionTable } from './RegionTable';
import { regionPageSize, type useRegionList } from './regions.api';

interface RegionListViewProps {
  query: ReturnType<typeof useRegionList>;
  label: string;
  emptyMessage: string;
  page: number;
  onPageChange: (page: number) => void;
  showPath?: boolean;
}

/** A list of regions in each of its states: loading, failed, empty, or a page of rows with paging. */
export function RegionListView({ query, label, emptyMessage, page, onPageChange, showPath }: RegionListViewProps) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;

  const { items, total } = query.data;
  if (total === 0) {
    return (
      <Text c="dimmed" py="lg" ta="center" data-testid="region-empty">
        {emptyMessage}
      </Text>
    );
  }
  return (
    <Stack gap="md">
      <RegionTable items={items} label={label} showPath={showPath} isStale={query.isPlaceholderData} />
      <PaginationBar page={page} pageSize={regionPageSize} total={total} onChange={onPageChange} />
    </Stack>
  );
}
