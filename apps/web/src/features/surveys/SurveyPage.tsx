import { AGE_GROUPS, normaliseRegionCode, type Survey, type SurveyResults } from '@atensi/contracts';
import {
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError, buildUrl, type Tagged } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { formatNumber } from '../activities/activity-labels';
import { useCan } from '../auth/current-user';
import { type RegionPick, RegionSelect } from '../regions/RegionSelect';
import { SharesChart } from './SharesChart';
import { useAddResponse, useImportResponses, useSurvey, useSurveyResults, useUpdateSurvey } from './surveys.api';

const percent = (value: number | null, language: 'id' | 'en') =>
  value === null ? '–' : `${formatNumber(value * 100, language, 1)}%`;

/** A survey: its results with 95% confidence intervals (chart and table, by region, age group or sex), responses. */
export function SurveyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useSurvey(id);
  useDocumentTitle(t('app.documentTitle', { page: query.data?.data.title ?? t('surveys.title') }));
  return (
    <Stack gap="lg" maw={1400}>
      <Anchor component={Link} to="/surveys" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('surveys.back')}
        </Group>
      </Anchor>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryErrorAlert error={query.error} />}
      {query.data && <SurveyView tagged={query.data} />}
    </Stack>
  );
}

function SurveyView({ tagged }: { tagged: Tagged<Survey> }) {
  const { t } = useTranslation();
  const survey = tagged.data;
  const canManage = useCan('surveys:manage');
  const update = useUpdateSurvey();
  const [by, setBy] = useState('none');
  const results = useSurveyResults(survey.id, by);
  const next = survey.status === 'draft' ? 'open' : survey.status === 'open' ? 'closed' : 'open';
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={1} data-testid="page-title">
            {survey.title}
          </Title>
          <Group gap="xs">
            <Badge variant="light" data-testid="survey-status">
              {t(`surveys.statuses.${survey.status}`)}
            </Badge>
            <Text size="sm" c="dimmed" data-testid="survey-responses">
              {t('surveys.responsesCount', { count: survey.responses })}
            </Text>
          </Group>
          {survey.description && <Text size="sm">{survey.description}</Text>}
        </Stack>
        {canManage && (
          <Button
            variant="light"
            loading={update.isPending}
            onClick={() =>
              update.mutate({ id: survey.id, etag: tagged.etag ?? `"${survey.version}"`, input: { status: next } })
            }
            data-testid="survey-toggle"
          >
            {t(`surveys.setStatus.${next}`)}
          </Button>
        )}
      </Group>
      {update.isError && <QueryErrorAlert error={update.error} />}
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end">
            <Title order={3}>{t('surveys.results.title')}</Title>
            <Group gap="sm" align="flex-end">
              <Select
                w={220}
                label={t('surveys.results.by')}
                data={['none', 'region', 'age_group', 'sex'].map((value) => ({
                  value,
                  label: t(`surveys.results.breakdowns.${value as 'none'}`),
                }))}
                value={by}
                onChange={(value) => value && setBy(value)}
                allowDeselect={false}
                data-testid="survey-breakdown"
              />
              <Anchor
                href={buildUrl('/api/v1', `/surveys/${survey.id}/results/export`, { by, format: 'xlsx' })}
                size="sm"
              >
                <Group gap={4}>
                  <IconFileSpreadsheet size={16} aria-hidden />
                  {t('activities.export.xlsx')}
                </Group>
              </Anchor>
            </Group>
          </Group>
          <Text size="xs" c="dimmed">
            {t('surveys.results.method')}
          </Text>
          {results.isError && <QueryErrorAlert error={results.error} />}
          {results.data && <Results results={results.data} />}
        </Stack>
      </Paper>
      {canManage && survey.status === 'open' && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <ResponseForm survey={survey} />
          <ImportForm survey={survey} />
        </SimpleGrid>
      )}
    </Stack>
  );
}

function Results({ results }: { results: SurveyResults }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const groupName = (group: string | null, label: string | null) =>
    results.by === 'age_group'
      ? t(`surveys.ageGroups.${group as '15_19'}`)
      : results.by === 'sex'
        ? t(`surveys.sexes.${group as 'M'}`)
        : (label ?? '');
  return (
    <Stack gap="lg">
      {results.questions.map((question) => (
        <Stack key={question.questionId} gap="sm" data-testid="survey-question-results">
          <Text fw={600}>{question.text}</Text>
          <Text size="sm" c="dimmed">
            {t('surveys.results.respondents', { count: question.overall.respondents })}
          </Text>
          {question.overall.respondents > 0 && <SharesChart table={question.overall} label={question.text} />}
          <Table striped data-testid="shares-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveys.results.option')}</Table.Th>
                <Table.Th ta="right">{t('surveys.results.count')}</Table.Th>
                <Table.Th ta="right">{t('surveys.results.share')}</Table.Th>
                <Table.Th ta="right">{t('surveys.results.ci')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {question.overall.options.map((option) => (
                <Table.Tr key={option.optionCode} data-testid="share-row" data-option={option.optionCode}>
                  <Table.Td>{option.label}</Table.Td>
                  <Table.Td ta="right">{option.count}</Table.Td>
                  <Table.Td ta="right" data-testid="share-value">
                    {percent(option.share, language)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {percent(option.ciLow, language)} – {percent(option.ciHigh, language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {question.groups.length > 0 && (
            <Table.ScrollContainer minWidth={700}>
              <Table striped data-testid="breakdown-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t(`surveys.results.breakdowns.${results.by}`)}</Table.Th>
                    <Table.Th ta="right">n</Table.Th>
                    {question.overall.options.map((option) => (
                      <Table.Th key={option.optionCode} ta="right">
                        {option.label}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {question.groups.map((group) => (
                    <Table.Tr key={group.group ?? 'all'}>
                      <Table.Td>{groupName(group.group, group.groupLabel)}</Table.Td>
                      <Table.Td ta="right">{group.respondents}</Table.Td>
                      {group.options.map((option) => (
                        <Table.Td key={option.optionCode} ta="right">
                          {percent(option.share, language)}
                          <Text span size="xs" c="dimmed">
                            {' '}
                            ({percent(option.ciLow, language)}–{percent(option.ciHigh, language)})
                          </Text>
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function ResponseForm({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const add = useAddResponse();
  const [region, setRegion] = useState<RegionPick | null>(null);
  const [age, setAge] = useState<string | null>(null);
  const [sex, setSex] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, string | null>>({});
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!region || !age || !sex) return;
    add.mutate(
      {
        id: survey.id,
        input: {
          regionCode: normaliseRegionCode(region.code),
          ageGroup: age as (typeof AGE_GROUPS)[number],
          sex: sex as 'M' | 'F',
          answers: Object.fromEntries(
            Object.entries(answers).filter((entry): entry is [string, string] => entry[1] !== null),
          ),
        },
      },
      { onSuccess: () => setAnswers({}) },
    );
  };
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate data-testid="response-form">
        <Stack gap="sm">
          <Title order={4}>{t('surveys.response.title')}</Title>
          {add.isError && <QueryErrorAlert error={add.error} />}
          {add.isSuccess && <Text c="teal">{t('surveys.response.saved')}</Text>}
          <RegionSelect
            label={t('surveys.response.region')}
            value={region}
            onChange={setRegion}
            levels={['province', 'regency']}
            placeholder={t('activities.form.regionPlaceholder')}
            required
          />
          <Group gap="sm" grow>
            <Select
              label={t('surveys.response.age')}
              data={AGE_GROUPS.map((value) => ({ value, label: t(`surveys.ageGroups.${value}`) }))}
              value={age}
              onChange={setAge}
            />
            <Select
              label={t('surveys.response.sex')}
              data={['M', 'F'].map((value) => ({ value, label: t(`surveys.sexes.${value as 'M'}`) }))}
              value={sex}
              onChange={setSex}
            />
          </Group>
          {survey.questions.map((question) => (
            <Select
              key={question.id}
              label={question.text}
              data={question.options.map((option) => ({ value: option.code, label: option.label }))}
              value={answers[question.code] ?? null}
              onChange={(value) => setAnswers((current) => ({ ...current, [question.code]: value }))}
              clearable
            />
          ))}
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              {t('surveys.response.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ImportForm({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  // The server names each problem `body.csv.<row>.<column>`: say it as a spreadsheet user reads it.
  const describeProblem = (path: string, message: string) => {
    const match = /^body\.csv\.(\d+)(?:\.(.+))?$/.exec(path);
    if (!match) return message;
    return `${t('surveys.import.row', { row: match[1] })}${match[2] ? ` (${match[2]})` : ''}: ${message}`;
  };
  const importer = useImportResponses();
  const [file, setFile] = useState<File | null>(null);
  const run = async (dryRun: boolean) => {
    if (!file) return;
    importer.mutate({ id: survey.id, input: { csv: await file.text(), dryRun } });
  };
  const problems = importer.error instanceof ApiError ? (importer.error.details ?? []) : [];
  const header = ['region_code', 'age_group', 'sex', ...survey.questions.map((question) => question.code)].join(',');
  return (
    <Paper withBorder p="md" radius="md" data-testid="import-form">
      <Stack gap="sm">
        <Title order={4}>{t('surveys.import.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('surveys.import.description')}
        </Text>
        <Text size="xs" ff="monospace" data-testid="import-header">
          {header}
        </Text>
        <FileInput
          label={t('surveys.import.file')}
          accept=".csv,text/csv"
          value={file}
          onChange={setFile}
          clearable
          data-testid="import-file"
        />
        <Group gap="sm">
          <Button
            variant="default"
            onClick={() => void run(true)}
            disabled={!file}
            loading={importer.isPending && importer.variables?.input.dryRun}
          >
            {t('surveys.import.check')}
          </Button>
          <Button
            leftSection={<IconUpload size={16} aria-hidden />}
            onClick={() => void run(false)}
            disabled={!file}
            loading={importer.isPending && !importer.variables?.input.dryRun}
            data-testid="import-submit"
          >
            {t('surveys.import.submit')}
          </Button>
        </Group>
        {importer.data && (
          <Text c="teal" data-testid="import-result">
            {importer.data.dryRun
              ? t('surveys.import.checked', { count: importer.data.rows })
              : t('surveys.import.done', { count: importer.data.imported })}
          </Text>
        )}
        {importer.isError && (
          <Stack gap={4} data-testid="import-errors">
            <Text c="red" size="sm">
              {importer.error.message}
            </Text>
            <List size="xs" spacing={2}>
              {problems.slice(0, 50).map((problem) => (
                <List.Item key={`${problem.path}-${problem.message}`}>
                  {describeProblem(problem.path, problem.message)}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
