import type { AssessmentDefinition, AssistDefinition, InstrumentCode, InstrumentList } from '@atensi/contracts';
import { maximumScore } from '@atensi/contracts';
import { Badge, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { withParams } from '../../lib/search-params';
import { localized } from './assist-text';
import { useInstrumentRevision } from './screening.api';

function useInstrumentList() {
  const [language] = useLanguage();
  return useQuery({
    queryKey: ['instruments', 'list'] as const,
    queryFn: ({ signal }) => api.get<InstrumentList>('/instruments', { language, signal }),
  });
}

/**
 * The instruments as the API scores them: every stored revision of WHO ASSIST and of the further assessment, with
 * its wording, weights and bands, for supervisors, trainers and auditors (ADR 0009).
 */
export function InstrumentsPage() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  useDocumentTitle(t('app.documentTitle', { page: t('screening.instruments.title') }));
  const list = useInstrumentList();
  const [params, setParams] = useSearchParams();
  const code = (params.get('instrument') === 'asesmen-lanjut-1' ? 'asesmen-lanjut-1' : 'assist-3.0') as InstrumentCode;
  const entry = list.data?.items.find((item) => item.instrument === code);
  const latest = entry?.revisions.at(-1)?.revision;
  const requested = Number(params.get('revision'));
  const revision = entry?.revisions.some((item) => item.revision === requested) ? requested : latest;
  const shown = useInstrumentRevision(code, revision);
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1} data-testid="page-title">
          {t('screening.instruments.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('screening.instruments.description')}
        </Text>
      </Stack>
      {list.isPending && <LoadingState />}
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <Paper withBorder p="md" radius="md">
          <Group gap="md" align="flex-end">
            <Select
              label={t('screening.instruments.instrument')}
              allowDeselect={false}
              value={code}
              data={list.data.items.map((item) => ({ value: item.instrument, label: localized(item.title, language) }))}
              onChange={(value) => setParams((current) => withParams(current, { instrument: value, revision: null }))}
              data-testid="instrument-select"
            />
            <Select
              label={t('screening.instruments.revision')}
              allowDeselect={false}
              value={revision ? String(revision) : null}
              data={(entry?.revisions ?? []).map((item) => ({
                value: String(item.revision),
                label: t('screening.instruments.revisionLabel', {
                  revision: item.revision,
                  date: formatDateTime(item.publishedAt, language),
                }),
              }))}
              onChange={(value) => setParams((current) => withParams(current, { revision: value }))}
              data-testid="instrument-revision"
            />
            {revision === latest && (
              <Badge color="teal" variant="light">
                {t('screening.instruments.inForce')}
              </Badge>
            )}
          </Group>
        </Paper>
      )}
      {shown.isError && <QueryErrorAlert error={shown.error} />}
      {shown.data?.definition.kind === 'assist' && <AssistDefinitionView definition={shown.data.definition} />}
      {shown.data?.definition.kind === 'assessment' && (
        <AssessmentDefinitionView definition={shown.data.definition as AssessmentDefinition} />
      )}
    </Stack>
  );
}

function AssistDefinitionView({ definition }: { definition: AssistDefinition }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Stack gap="md" data-testid="instrument-assist">
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('screening.instruments.substances')}
        </Title>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('screening.result.substance')}</Table.Th>
              <Table.Th>{t('screening.risks.low')}</Table.Th>
              <Table.Th>{t('screening.risks.moderate')}</Table.Th>
              <Table.Th>{t('screening.risks.high')}</Table.Th>
              <Table.Th>{t('screening.instruments.maximum')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {definition.substances.map((substance) => (
              <Table.Tr key={substance.key}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {localized(substance.label, language)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {localized(substance.examples, language)}
                    {substance.excludedFromRouting ? ` · ${t('screening.result.notRouted')}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>0–{substance.lowUpTo}</Table.Td>
                <Table.Td>
                  {substance.lowUpTo + 1}–{substance.moderateUpTo}
                </Table.Td>
                <Table.Td>≥ {substance.moderateUpTo + 1}</Table.Td>
                <Table.Td>{maximumScore(substance.key, definition)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {definition.questions.map((question) => (
        <Paper key={question.key} withBorder p="md" radius="md">
          <Text fw={500}>
            <Text span c="dimmed" mr={6}>
              {question.key.toUpperCase()}
            </Text>
            {question.text[language].replace('{substance}', t('screening.instruments.substancePlaceholder'))}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t(`screening.instruments.asked.${question.askedWhen}`)}
            {question.notFor.length > 0
              ? ` · ${t('screening.instruments.notFor', {
                  list: question.notFor
                    .map((key) =>
                      localized(
                        definition.substances.find((item) => item.key === key)?.label ?? { id: key, en: key },
                        language,
                      ),
                    )
                    .join(', '),
                })}`
              : ''}
            {question.scored ? '' : ` · ${t('screening.instruments.notScored')}`}
          </Text>
          <Group gap="xs">
            {question.options.map((option) => (
              <Badge key={String(option.value)} variant="outline" color="gray" tt="none">
                {localized(option.label, language)}
                {question.scored ? ` = ${option.weight}` : ''}
              </Badge>
            ))}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

function AssessmentDefinitionView({ definition }: { definition: AssessmentDefinition }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Stack gap="md" data-testid="instrument-assessment">
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('assessment.sections.domains')}
        </Title>
        <Table verticalSpacing="xs">
          <Table.Tbody>
            {definition.domains.map((domain) => (
              <Table.Tr key={domain.key}>
                <Table.Td fw={500}>{localized(domain.label, language)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {localized(domain.covers, language)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group gap="xs" mt="sm">
          {definition.severityBands.map((band) => (
            <Badge key={band.from} variant="light" tt="none">
              {band.from}–{band.to}: {localized(band.label, language)}
            </Badge>
          ))}
        </Group>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('assessment.stageOfChange')}
        </Title>
        <Stack gap={4}>
          {definition.stagesOfChange.map((stage) => (
            <Text key={stage.value} size="sm">
              <Text span fw={500}>
                {localized(stage.label, language)}
              </Text>
              : {localized(stage.description, language)}
            </Text>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
