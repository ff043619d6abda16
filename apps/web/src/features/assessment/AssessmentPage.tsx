import type { Assessment, AssessmentDefinition, Case } from '@atensi/contracts';
import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconCheck, IconDeviceFloppy, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCanAt } from '../auth/current-user';
import { useCase } from '../cases/cases.api';
import { localized } from '../screening/assist-text';
import { useInstrumentRevision } from '../screening/screening.api';
import { DomainsSection, NeedsSection, RecommendationSection, UrineSection } from './AssessmentSections';
import { useAssessment, useCompleteAssessment, useSaveAssessment } from './assessment.api';
import {
  type AssessmentFormState,
  formFromAssessment,
  missingOf,
  recommendedComponents,
  toAssessmentInput,
} from './assessment-form';

/** The further assessment (asesmen lanjut) of a case: saved as a draft, completed into planning. */
export function AssessmentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('app.documentTitle', { page: t('assessment.page.title') }));
  const caseQuery = useCase(id);
  const assessment = useAssessment(id);
  const instrument = useInstrumentRevision('asesmen-lanjut-1', assessment.data?.instrumentRevision);
  const error = caseQuery.error ?? assessment.error ?? instrument.error;
  const item = caseQuery.data?.data;
  return (
    <Stack gap="lg" maw={1000}>
      <Anchor component={Link} to={`/cases/${id}`} size="sm" className="atensi-no-print">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('assessment.page.back')}
        </Group>
      </Anchor>
      {error && <QueryErrorAlert error={error} />}
      {!error && (caseQuery.isPending || assessment.isPending || instrument.isPending) && <LoadingState />}
      {item && assessment.data && instrument.data && (
        <AssessmentForm
          item={item}
          assessment={assessment.data}
          definition={instrument.data.definition as AssessmentDefinition}
        />
      )}
    </Stack>
  );
}

function AssessmentForm({
  item,
  assessment,
  definition,
}: {
  item: Case;
  assessment: Assessment;
  definition: AssessmentDefinition;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const canWrite = useCanAt('beneficiaries:write', item.institutionId);
  const [state, setState] = useState<AssessmentFormState>(() => formFromAssessment(assessment));
  const save = useSaveAssessment(item.id);
  const complete = useCompleteAssessment(item.id);
  const isCompleted = assessment.status === 'completed';
  const readOnly = isCompleted || !canWrite || item.status !== 'further_assessment';
  const error = complete.error ?? save.error;
  const errorFor = (path: string) => (error instanceof ApiError ? error.messageFor(path) : undefined);
  const missing = missingOf(state, definition);
  const components = isCompleted ? assessment.recommendedComponents : recommendedComponents(state, definition);
  const componentLabel = (key: string) =>
    localized(
      definition.components.find((component) => component.key === key)?.label ?? { id: key, en: key },
      language,
    );
  const missingLabel = (path: string) => {
    if (path === 'stageOfChange') return t('assessment.stageOfChange');
    if (path === 'recommendation') return t('assessment.sections.recommendation');
    const domain = definition.domains.find((entry) => `domains.${entry.key}` === path);
    return domain ? localized(domain.label, language) : path;
  };
  const sectionProps = { definition, state, onChange: setState, readOnly, errorFor };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {localized(definition.title, language)}
        </Text>
        <Title order={1} data-testid="page-title">
          {item.beneficiaryName}
        </Title>
        <Group gap="xs">
          <Badge color={isCompleted ? 'teal' : 'gray'} variant="light" data-testid="assessment-status">
            {t(`assessment.statuses.${assessment.status}`)}
          </Badge>
          {assessment.completedAt && (
            <Text size="xs" c="dimmed">
              {t('assessment.page.completedAt', { time: formatDateTime(assessment.completedAt, language) })}
            </Text>
          )}
        </Group>
        {!isCompleted && (
          <Text size="sm" c="dimmed">
            {localized(definition.introduction, language)}
          </Text>
        )}
      </Stack>

      {readOnly && !isCompleted && (
        <Alert color="gray" variant="light" data-testid="assessment-read-only">
          {canWrite ? t('assessment.page.notOpen') : t('assessment.page.readOnly')}
        </Alert>
      )}

      <DomainsSection {...sectionProps} />
      <UrineSection {...sectionProps} />
      <NeedsSection {...sectionProps} />
      <RecommendationSection {...sectionProps} />

      <Paper withBorder p="md" radius="md" data-testid="assessment-plan-start">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('assessment.page.planStart')}
          </Title>
          {components.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('assessment.page.planStartEmpty')}
            </Text>
          ) : (
            <List size="sm" data-testid="assessment-components">
              {components.map((key) => (
                <List.Item key={key} data-component={key}>
                  {componentLabel(key)}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Paper>

      {error && <QueryErrorAlert error={error} />}
      {complete.isSuccess && (
        <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} data-testid="assessment-completed">
          {t('assessment.page.completed')}
        </Alert>
      )}
      {save.isSuccess && (
        <Text size="xs" c="dimmed" data-testid="assessment-saved">
          {t('assessment.page.saved', { time: formatDateTime(save.data.updatedAt, language) })}
        </Text>
      )}

      <Group justify="space-between" className="atensi-no-print">
        {isCompleted ? (
          <Button component={Link} to={`/cases/${item.id}`} variant="light" data-testid="assessment-to-case">
            {t('assessment.page.toCase')}
          </Button>
        ) : (
          <Text size="xs" c="dimmed" data-testid="assessment-missing">
            {missing.length > 0
              ? t('assessment.page.missing', { list: missing.map(missingLabel).join(', ') })
              : t('assessment.page.ready')}
          </Text>
        )}
        <Group gap="sm">
          {isCompleted && (
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} aria-hidden />}
              onClick={() => window.print()}
            >
              {t('assessment.page.print')}
            </Button>
          )}
          {!readOnly && (
            <>
              <Button
                variant="default"
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                loading={save.isPending}
                onClick={() => {
                  complete.reset();
                  save.mutate(toAssessmentInput(state));
                }}
                data-testid="assessment-save"
              >
                {t('assessment.page.saveDraft')}
              </Button>
              <Button
                leftSection={<IconCheck size={16} aria-hidden />}
                disabled={missing.length > 0}
                loading={complete.isPending}
                onClick={() => {
                  save.reset();
                  complete.mutate(toAssessmentInput(state));
                }}
                data-testid="assessment-complete"
              >
                {t('assessment.page.complete')}
              </Button>
            </>
          )}
        </Group>
      </Group>
    </Stack>
  );
}
