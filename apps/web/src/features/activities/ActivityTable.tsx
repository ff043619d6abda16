import type { Activity, ActivityKind } from '@atensi/contracts';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../lib/i18n/use-language';
import { formatPeriod, formatRupiah } from './activity-labels';

export const KIND_COLORS: Record<ActivityKind, string> = {
  kampanye: 'pink',
  bimtek: 'blue',
  supervisi: 'orange',
  refleksi_kebijakan: 'grape',
  pedoman: 'teal',
  rakor_teknis: 'indigo',
  advokasi_sosial: 'lime',
};

export function KindBadge({ kind }: { kind: ActivityKind }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={KIND_COLORS[kind]} maw="none" data-testid="activity-kind-badge" data-kind={kind}>
      {t(`activities.kinds.${kind}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: Activity['status'] }) {
  const { t } = useTranslation();
  const color = status === 'held' ? 'teal' : status === 'cancelled' ? 'gray' : 'yellow';
  return (
    <Badge variant="outline" color={color} maw="none" data-testid="activity-status-badge" data-status={status}>
      {t(`activities.statuses.${status}`)}
    </Badge>
  );
}

export function ActivityTable({ items, isStale }: { items: Activity[]; isStale?: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover opacity={isStale ? 0.6 : 1} data-testid="activity-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('activities.fields.title')}</Table.Th>
            <Table.Th>{t('activities.fields.kind')}</Table.Th>
            <Table.Th>{t('activities.fields.period')}</Table.Th>
            <Table.Th>{t('activities.fields.organiser')}</Table.Th>
            <Table.Th>{t('activities.fields.province')}</Table.Th>
            <Table.Th ta="right">{t('activities.fields.participants')}</Table.Th>
            <Table.Th ta="right">{t('activities.fields.realisedCost')}</Table.Th>
            <Table.Th>{t('activities.fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid="activity-row" data-id={item.id}>
              <Table.Td>
                <Anchor component={Link} to={`/activities/${item.id}`} data-testid="activity-link">
                  {item.title}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <KindBadge kind={item.kind} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatPeriod(item.startsOn, item.endsOn, language)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.organiserName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.provinceName}</Text>
              </Table.Td>
              <Table.Td ta="right">{item.participantTotal}</Table.Td>
              <Table.Td ta="right">{formatRupiah(item.realisedCostIdr, language)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StatusBadge status={item.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
