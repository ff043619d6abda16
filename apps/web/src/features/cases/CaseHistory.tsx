import type { Case, CaseStatus } from '@atensi/contracts';
import { Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCurrentUser } from '../auth/current-user';
import { CaseEventReason as EventReason } from './CaseEventReason';

/** The case's history: every step, from which status to which, why, when, and by whom. */
export function CaseHistory({
  item,
  actionLabel,
  statusLabel,
}: {
  item: Case;
  actionLabel: (action: string) => string;
  statusLabel: (status: CaseStatus) => string;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const me = useCurrentUser();
  return (
    <Stack gap="md" data-testid="case-history">
      <Timeline active={item.history.length - 1} bulletSize={20} lineWidth={2}>
        {item.history.map((event) => (
          <Timeline.Item
            key={event.id}
            title={actionLabel(event.action)}
            data-testid="case-event"
            data-action={event.action}
          >
            <Stack gap={2}>
              <Text size="sm">
                {event.fromStatus
                  ? t('cases.history.move', { from: statusLabel(event.fromStatus), to: statusLabel(event.toStatus) })
                  : statusLabel(event.toStatus)}
              </Text>
              {event.reason && <EventReason action={event.action} reason={event.reason} />}
              <Text size="xs" c="dimmed">
                {formatDate(event.occurredOn, language)}
                {' · '}
                {t('cases.history.recorded', { time: formatDateTime(event.recordedAt, language) })}
                {event.actorId === me.id
                  ? ` ${t('cases.history.byYou')}`
                  : event.actorName
                    ? ` ${t('cases.history.by', { name: event.actorName })}`
                    : ''}
              </Text>
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
