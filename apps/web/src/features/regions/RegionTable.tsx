import type { RegionListItem } from '@atensi/contracts';
import { Anchor, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RegionLevelBadge } from './RegionLevelBadge';

interface RegionTableProps {
  items: RegionListItem[];
  /** Names the table for assistive technology. */
  label: string;
  /** The path repeats the page's own location in a list of children, so it can be left out there. */
  showPath?: boolean;
  /** True while newer rows are loading: the old ones stay, dimmed. */
  isStale?: boolean;
}

export function RegionTable({ items, label, showPath = true, isStale = false }: RegionTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={showPath ? 760 : 480}>
      <Table
        aria-label={label}
        aria-busy={isStale}
        highlightOnHover
        verticalSpacing="xs"
        style={{ opacity: isStale ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid="region-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{t('regions.columns.code')}</Table.Th>
            <Table.Th>{t('regions.columns.name')}</Table.Th>
            <Table.Th w={150}>{t('regions.columns.level')}</Table.Th>
            {showPath && <Table.Th>{t('regions.columns.path')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((region) => (
            <Table.Tr key={region.code} data-testid="region-row" data-code={region.code}>
              <Table.Td>
                <Code bg="transparent" fz="sm" c="dimmed">
                  {region.code}
                </Code>
              </Table.Td>
              <Table.Td miw={180}>
                <Anchor component={Link} to={`/regions/${region.code}`} fw={500} data-testid="region-link">
                  {region.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <RegionLevelBadge level={region.level} />
              </Table.Td>
              {showPath && (
                <Table.Td>
                  <Text size="sm" c="dimmed" data-testid="region-path">
                    {region.path}
                  </Text>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
