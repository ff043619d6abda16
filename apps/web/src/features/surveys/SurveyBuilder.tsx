import { QuestionKind } from '@atensi/contracts';
import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useCreateSurvey } from './surveys.api';

type OptionRow = { key: string; code: string; label: string };
type QuestionRow = { key: string; code: string; text: string; kind: string; options: OptionRow[] };

const newKey = () => Math.random().toString(36).slice(2);

/** A code from a label: "Media sosial" -> "media_sosial" (what the CSV import's columns and cells use). */
export function codeOf(label: string): string {
  const code = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return /^[a-z]/.test(code) ? code : `k_${code}`.slice(0, 40);
}

const blankQuestion = (): QuestionRow => ({
  key: newKey(),
  code: '',
  text: '',
  kind: 'single',
  options: [
    { key: newKey(), code: '', label: '' },
    { key: newKey(), code: '', label: '' },
  ],
});

/** Defines a survey: questions with their options; codes are made from labels unless typed. */
export function SurveyBuilder({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const create = useCreateSurvey();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [questions, setQuestions] = useState<QuestionRow[]>([blankQuestion()]);
  const setQuestion = (index: number, change: Partial<QuestionRow>) =>
    setQuestions((current) => current.map((question, n) => (n === index ? { ...question, ...change } : question)));
  const setOption = (q: number, o: number, change: Partial<OptionRow>) =>
    setQuestion(q, {
      options: (questions[q]?.options ?? []).map((option, n) => (n === o ? { ...option, ...change } : option)),
    });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      {
        title: title.trim(),
        description: description.trim() || null,
        fieldworkFrom: from || null,
        fieldworkTo: to || null,
        questions: questions.map((question, index) => ({
          code: question.code.trim() || codeOf(question.text) || `q${index + 1}`,
          text: question.text.trim(),
          kind: QuestionKind.parse(question.kind),
          options: question.options
            .filter((option) => option.label.trim() !== '')
            .map((option) => ({ code: option.code.trim() || codeOf(option.label), label: option.label.trim() })),
        })),
      },
      { onSuccess: (survey) => onCreated(survey.id) },
    );
  };
  return (
    <form onSubmit={submit} noValidate data-testid="survey-builder">
      <Stack gap="sm">
        {create.isError && <QueryErrorAlert error={create.error} />}
        <TextInput
          label={t('surveys.fields.title')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          required
          data-testid="survey-title"
        />
        <Textarea
          label={t('surveys.fields.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group gap="sm">
          <TextInput
            type="date"
            label={t('surveys.fields.fieldworkFrom')}
            value={from}
            onChange={(event) => setFrom(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('surveys.fields.fieldworkTo')}
            value={to}
            onChange={(event) => setTo(event.currentTarget.value)}
          />
        </Group>
        {questions.map((question, q) => (
          <Paper key={question.key} withBorder p="sm" radius="md">
            <Stack gap="xs">
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  flex={1}
                  label={t('surveys.fields.question', { number: q + 1 })}
                  value={question.text}
                  onChange={(event) => setQuestion(q, { text: event.currentTarget.value })}
                  data-testid={`survey-question-${q}`}
                />
                <TextInput
                  w={150}
                  label={t('surveys.fields.code')}
                  placeholder={codeOf(question.text)}
                  value={question.code}
                  onChange={(event) => setQuestion(q, { code: event.currentTarget.value })}
                />
                <Select
                  w={150}
                  label={t('surveys.fields.kind')}
                  data={QuestionKind.options.map((value) => ({ value, label: t(`surveys.kinds.${value}`) }))}
                  value={question.kind}
                  onChange={(value) => value && setQuestion(q, { kind: value })}
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: true }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('surveys.builder.removeQuestion')}
                  onClick={() => setQuestions((current) => current.filter((_, n) => n !== q))}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
              <Text size="xs" c="dimmed">
                {t('surveys.builder.options')}
              </Text>
              {question.options.map((option, o) => (
                <Group key={option.key} gap="xs" wrap="nowrap">
                  <TextInput
                    flex={1}
                    placeholder={t('surveys.builder.optionLabel')}
                    value={option.label}
                    onChange={(event) => setOption(q, o, { label: event.currentTarget.value })}
                    data-testid={`survey-option-${q}-${o}`}
                  />
                  <TextInput
                    w={150}
                    placeholder={codeOf(option.label) || t('surveys.fields.code')}
                    value={option.code}
                    onChange={(event) => setOption(q, o, { code: event.currentTarget.value })}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('surveys.builder.removeOption')}
                    onClick={() => setQuestion(q, { options: question.options.filter((_, n) => n !== o) })}
                  >
                    <IconTrash size={14} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="subtle"
                size="xs"
                w="fit-content"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() =>
                  setQuestion(q, { options: [...question.options, { key: newKey(), code: '', label: '' }] })
                }
              >
                {t('surveys.builder.addOption')}
              </Button>
            </Stack>
          </Paper>
        ))}
        <Button
          variant="light"
          w="fit-content"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setQuestions((current) => [...current, blankQuestion()])}
        >
          {t('surveys.builder.addQuestion')}
        </Button>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="survey-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
