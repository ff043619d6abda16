import type { Activity } from '@atensi/contracts';
import { ActionIcon, Badge, Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../lib/i18n/use-language';
import { KIND_COLORS } from './ActivityTable';

/** The days of a month's calendar grid, Monday first, padded with the neighbouring months' days. */
export function monthGrid(month: string): string[] {
  const [year, monthIndex] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, monthIndex - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7;
  const start = new Date(first.getTime() - offset * 86_400_000);
  const days: string[] = [];
  for (let n = 0; n < 42; n++) days.push(new Date(start.getTime() + n * 86_400_000).toISOString().slice(0, 10));
  return days;
}

export function shiftMonth(month: string, by: number): string {
  const [year, monthIndex] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthIndex - 1 + by, 1)).toISOString().slice(0, 7);
}

/** A month of activities: each shows on every day it runs. */
export function ActivityCalendar({
  month,
  items,
  onMonthChange,
}: {
  month: string;
  items: Activity[];
  onMonthChange: (month: string) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const days = monthGrid(month);
  const title = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
  const weekdays = days
    .slice(0, 7)
    .map((day) =>
      new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', { weekday: 'short', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      ),
    );
  return (
    <Stack gap="xs" data-testid="activity-calendar">
      <Group justify="space-between">
        <ActionIcon
          variant="subtle"
          onClick={() => onMonthChange(shiftMonth(month, -1))}
          aria-label={t('activities.calendar.previous')}
        >
          <IconChevronLeft size={18} aria-hidden />
        </ActionIcon>
        <Text fw={600} data-testid="calendar-month">
          {title}
        </Text>
        <ActionIcon
          variant="subtle"
          onClick={() => onMonthChange(shiftMonth(month, 1))}
          aria-label={t('activities.calendar.next')}
        >
          <IconChevronRight size={18} aria-hidden />
        </ActionIcon>
      </Group>
      <SimpleGrid cols={7} spacing={4}>
        {weekdays.map((weekday) => (
          <Text key={weekday} size="xs" c="dimmed" ta="center">
            {weekday}
          </Text>
        ))}
        {days.map((day) => {
          const running = items.filter((item) => item.startsOn <= day && item.endsOn >= day);
          return (
            <Paper key={day} withBorder p={4} mih={86} bg={day.startsWith(month) ? undefined : 'gray.1'}>
              <Text size="xs" c="dimmed">
                {Number(day.slice(8))}
              </Text>
              <Stack gap={2}>
                {running.slice(0, 3).map((item) => (
                  <Tooltip key={item.id} label={item.title} withinPortal>
                    <Badge
                      component={Link}
                      to={`/activities/${item.id}`}
                      size="xs"
                      variant="light"
                      color={KIND_COLORS[item.kind]}
                      fullWidth
                      style={{ cursor: 'pointer', textTransform: 'none' }}
                    >
                      {item.title}
                    </Badge>
                  </Tooltip>
                ))}
                {running.length > 3 && (
                  <Text size="xs" c="dimmed">
                    {t('activities.calendar.more', { count: running.length - 3 })}
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
