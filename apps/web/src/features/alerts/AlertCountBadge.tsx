import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAlerts } from './alerts.api';

/** The number of open alerts, beside the nav item; nothing while loading, on error or when there are none. */
export function AlertCountBadge() {
  const { t } = useTranslation();
  const alerts = useAlerts({}, { staleTime: 5 * 60_000 });
  const count = alerts.data?.items.length ?? 0;
  if (count === 0) return null;
  return (
    <Badge
      size="sm"
      color="red"
      variant="filled"
      circle={count < 10}
      aria-label={t('alerts.openCount', { count })}
      data-testid="nav-alerts-count"
    >
      {count > 999 ? '999+' : count}
    </Badge>
  );
}
