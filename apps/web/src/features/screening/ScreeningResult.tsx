import {
  type AssistDefinition,
  type AssistSubstance,
  maximumScore,
  type NextStep,
  type RiskLevel,
} from '@atensi/contracts';
import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconVaccine } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/i18n/use-language';
import { localized, riskColor } from './assist-text';

export type ScoredScreening = {
  results: Partial<Record<AssistSubstance, { score: number; risk: RiskLevel }>>;
  routingRisk: RiskLevel;
  injectingRisk: boolean;
  nextStep: NextStep;
};

export function RiskBadge({ risk, size = 'md' }: { risk: RiskLevel; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={riskColor[risk]} variant="light" size={size} data-testid="risk-badge" data-risk={risk}>
      {t(`screening.risks.${risk}`)}
    </Badge>
  );
}

/**
 * A scored screening as the worker shows it to the person and files it: the score and band of each substance group,
 * WHO's response to each band, the injecting-risk prompt, and where the case goes next.
 */
export function ScreeningResult({
  screening,
  definition,
}: {
  screening: ScoredScreening;
  definition: AssistDefinition;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const used = definition.substances.filter((substance) => screening.results[substance.key]);
  const bands = (['high', 'moderate', 'low'] as const).filter((band) =>
    used.some((substance) => screening.results[substance.key]?.risk === band),
  );
  return (
    <Stack gap="md" data-testid="screening-result">
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('screening.result.routingRisk')}
            </Text>
            <Group gap="xs">
              <RiskBadge risk={screening.routingRisk} size="lg" />
              {screening.injectingRisk && (
                <Badge color="red" variant="filled" size="lg" data-testid="injecting-badge">
                  {t('screening.result.injecting')}
                </Badge>
              )}
            </Group>
          </Stack>
          <Stack gap={4} align="flex-end">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('screening.result.nextStep')}
            </Text>
            <Text fw={700} size="lg" data-testid="screening-next-step" data-next-step={screening.nextStep}>
              {t(`screening.nextSteps.${screening.nextStep}`)}
            </Text>
          </Stack>
        </Group>
        <Text size="sm" mt="sm" c="dimmed">
          {t(`screening.nextStepHints.${screening.nextStep}`)}
        </Text>
      </Paper>

      {screening.injectingRisk && (
        <Alert color="red" variant="light" icon={<IconVaccine aria-hidden />} data-testid="injecting-advice">
          {localized(definition.injecting.advice, language)}
        </Alert>
      )}

      {used.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="screening-no-use">
          {t('screening.result.noUse')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table withTableBorder verticalSpacing="xs" data-testid="screening-scores">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('screening.result.substance')}</Table.Th>
                <Table.Th ta="right">{t('screening.result.score')}</Table.Th>
                <Table.Th>{t('screening.result.risk')}</Table.Th>
                <Table.Th>{t('screening.result.response')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {used.map((substance) => {
                const result = screening.results[substance.key];
                if (!result) return null;
                return (
                  <Table.Tr key={substance.key} data-testid="screening-score-row" data-substance={substance.key}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {localized(substance.label, language)}
                      </Text>
                      {substance.excludedFromRouting && (
                        <Text size="xs" c="dimmed">
                          {t('screening.result.notRouted')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" data-testid="screening-score">
                      {result.score}
                      <Text span size="xs" c="dimmed">
                        {' '}
                        / {maximumScore(substance.key, definition)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RiskBadge risk={result.risk} size="sm" />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{localized(definition.responses[result.risk].title, language)}</Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {bands.map((band) => (
        <Paper
          key={band}
          withBorder
          p="md"
          radius="md"
          style={{ borderLeft: `4px solid var(--mantine-color-${riskColor[band]}-6)` }}
          data-testid="who-response"
          data-risk={band}
        >
          <Group gap="xs" mb={4}>
            {band !== 'low' && <IconAlertTriangle size={16} aria-hidden />}
            <Title order={3} size="h5">
              {localized(definition.responses[band].title, language)}
            </Title>
          </Group>
          <Text size="sm">{localized(definition.responses[band].advice, language)}</Text>
          <Text size="xs" c="dimmed" mt={4}>
            {used
              .filter((substance) => screening.results[substance.key]?.risk === band)
              .map((substance) => localized(substance.label, language))
              .join(', ')}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
