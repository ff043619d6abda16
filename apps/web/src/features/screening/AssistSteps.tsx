import type { AssistDefinition, AssistRecency, AssistSubstance } from '@atensi/contracts';
import { Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/i18n/use-language';
import { AssistQuestion } from './AssistQuestion';
import type { AssistFormState } from './assist-form';
import { localized } from './assist-text';

/** Q1 for the ten substance groups at once, as WHO's form asks it first. */
export function LifetimeStep({
  definition,
  state,
  onChange,
}: {
  definition: AssistDefinition;
  state: AssistFormState;
  onChange: (substance: AssistSubstance, used: boolean) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const q1 = definition.questions.find((question) => question.key === 'q1');
  const unanswered = definition.substances.filter((entry) => state.lifetime[entry.key] === undefined);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('screening.steps.lifetime')}
      </Title>
      <Text size="sm">{q1 ? q1.text[language].replace(' {substance}', '').replace('{substance}', '') : ''}</Text>
      <Table verticalSpacing="sm">
        <Table.Tbody>
          {definition.substances.map((entry) => (
            <Table.Tr key={entry.key}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {localized(entry.label, language)}
                </Text>
                <Text size="xs" c="dimmed">
                  {localized(entry.examples, language)}
                </Text>
              </Table.Td>
              <Table.Td w={170}>
                <SegmentedControl
                  size="xs"
                  fullWidth
                  value={state.lifetime[entry.key] === undefined ? '' : String(state.lifetime[entry.key])}
                  onChange={(value) => onChange(entry.key, value === 'true')}
                  data={[
                    { value: 'false', label: t('screening.page.no') },
                    { value: 'true', label: t('screening.page.yes') },
                  ]}
                  data-testid={`assist-q1-${entry.key}`}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {unanswered.length > 0 && (
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t('screening.page.unanswered', { count: unanswered.length })}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => {
              for (const entry of unanswered) onChange(entry.key, false);
            }}
            data-testid="assist-rest-no"
          >
            {t('screening.page.restNo')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Q8, asked once of anyone who ever used a substance. */
export function InjectingStep({
  definition,
  value,
  onChange,
}: {
  definition: AssistDefinition;
  value: AssistRecency | undefined;
  onChange: (value: AssistRecency) => void;
}) {
  const { t } = useTranslation();
  const q8 = definition.questions.find((question) => question.key === 'q8');
  if (!q8) return null;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('screening.steps.injecting')}
      </Title>
      <AssistQuestion
        question={q8}
        substanceLabel=""
        value={value}
        onChange={(next) => onChange(next as AssistRecency)}
        testId="assist-q8"
      />
    </Stack>
  );
}
