import type { AssistDefinition } from '@atensi/contracts';
import { Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/i18n/use-language';
import { localized, questionText } from './assist-text';

type Question = AssistDefinition['questions'][number];
type Value = Question['options'][number]['value'];

/** One ASSIST question as the worker reads it aloud: the wording, then its answers with their weights. */
export function AssistQuestion({
  question,
  substanceLabel,
  value,
  onChange,
  testId,
}: {
  question: Question;
  substanceLabel: string;
  value: Value | undefined;
  onChange: (value: Value) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const keyOf = (option: Value) => String(option);
  return (
    <Radio.Group
      value={value === undefined ? null : keyOf(value)}
      onChange={(key) => {
        const option = question.options.find((candidate) => keyOf(candidate.value) === key);
        if (option) onChange(option.value);
      }}
      label={
        <Text span fw={500}>
          <Text span c="dimmed" mr={6}>
            {question.key.toUpperCase()}
          </Text>
          {questionText(question, substanceLabel, language)}
        </Text>
      }
      data-testid={testId}
    >
      <Stack gap={6} mt="xs">
        {question.options.map((option) => (
          <Radio
            key={keyOf(option.value)}
            value={keyOf(option.value)}
            label={localized(option.label, language)}
            description={question.scored ? t('screening.weight', { weight: option.weight }) : undefined}
            data-testid={`${testId}-${keyOf(option.value)}`}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
