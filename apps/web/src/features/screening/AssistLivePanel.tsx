import type { AssistDefinition } from '@atensi/contracts';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/i18n/use-language';
import type { AssistFormState, previewOf } from './assist-form';
import { localized } from './assist-text';
import { RiskBadge } from './ScreeningResult';

/** The scores and the routing so far, beside the questions, updated with every answer. */
export function AssistLivePanel({
  definition,
  state,
  preview,
  revision,
}: {
  definition: AssistDefinition;
  state: AssistFormState;
  preview: ReturnType<typeof previewOf>;
  revision: number;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const used = definition.substances.filter((entry) => state.lifetime[entry.key] === true);
  return (
    <Paper withBorder p="md" radius="md" pos="sticky" top={80} data-testid="assist-live-panel">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('screening.page.live')}
        </Title>
        {used.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('screening.page.liveEmpty')}
          </Text>
        ) : (
          used.map((entry) => {
            const result = preview.results[entry.key];
            return (
              <Group key={entry.key} justify="space-between" data-testid="assist-live-row" data-substance={entry.key}>
                <Text size="sm">{localized(entry.label, language)}</Text>
                <Group gap={6}>
                  <Text size="sm" fw={600} data-testid="assist-live-row-score">
                    {result?.score ?? 0}
                  </Text>
                  {result && <RiskBadge risk={result.risk} size="sm" />}
                </Group>
              </Group>
            );
          })
        )}
        <Group justify="space-between" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Text size="sm" fw={600}>
            {t('screening.result.routingRisk')}
          </Text>
          <RiskBadge risk={preview.routingRisk} />
        </Group>
        <Text size="xs" c="dimmed" data-testid="assist-live-next-step">
          {t('screening.result.nextStep')}: {t(`screening.nextSteps.${preview.nextStep}`)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('screening.page.revision', { revision })}
        </Text>
      </Stack>
    </Paper>
  );
}
