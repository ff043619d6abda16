import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PaginationBarProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

/** "Showing 51–100 of 514" and the page buttons; the buttons disappear when everything fits on one page. */
export function PaginationBar({ page, pageSize, total, onChange }: PaginationBarProps) {
  const { t } = useTranslation();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm" data-testid="pagination">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.pageSummary', { from, to, total })}
      </Text>
      {pageCount > 1 && (
        <Pagination
          total={pageCount}
          value={page}
          onChange={onChange}
          size="sm"
          withEdges
          aria-label={t('common.pagination')}
          getControlProps={(control) => ({ 'aria-label': t(`common.pageControls.${control}`) })}
          getItemProps={(item) => ({ 'aria-label': t('common.pageControls.page', { page: item }) })}
        />
      )}
    </Group>
  );
}
