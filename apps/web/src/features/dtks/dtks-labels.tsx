import type { DtksStatus } from '@atensi/contracts';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colors: Record<DtksStatus, string> = {
  unknown: 'gray',
  matched: 'teal',
  not_matched: 'orange',
  nik_duplicate: 'red',
  nik_blocked: 'red',
};

export function DtksStatusBadge({ status }: { status: DtksStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      miw="max-content"
      color={colors[status]}
      variant="light"
      tt="none"
      data-testid="dtks-status"
      data-status={status}
    >
      {t(`dtks.statuses.${status}`)}
    </Badge>
  );
}
