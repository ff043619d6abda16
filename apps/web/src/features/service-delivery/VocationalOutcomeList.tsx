import type { VocationalOutcome } from '@atensi/contracts';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';

/** Vocational outcomes of a case (component 5), recorded at termination and at aftercare visits. */
export function VocationalOutcomeList({ outcomes }: { outcomes: VocationalOutcome[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (outcomes.length === 0) return null;
  return (
    <Stack gap={6} data-testid="vocational-outcomes">
      <Title order={3} size="h5">
        {t('services.vocational.title')}
      </Title>
      {outcomes.map((outcome) => (
        <Group key={outcome.id} gap="xs" data-testid="vocational-outcome" data-kind={outcome.kind}>
          <Badge miw="max-content" variant="light" color="grape" tt="none">
            {t(`services.vocational.kinds.${outcome.kind}`)}
          </Badge>
          <Text size="sm">{[outcome.field, outcome.detail].filter(Boolean).join(' · ') || '—'}</Text>
          <Text size="xs" c="dimmed">
            {formatDate(outcome.achievedOn, language)} · {t(`services.vocational.stages.${outcome.stage}`)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
