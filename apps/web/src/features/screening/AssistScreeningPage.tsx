import {
  type AssistDefinition,
  type AssistSubstance,
  type AssistSubstanceAnswers,
  type Case,
  questionsFor,
  type Screening,
} from '@atensi/contracts';
import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCanAt } from '../auth/current-user';
import { useCase } from '../cases/cases.api';
import { AssistLivePanel } from './AssistLivePanel';
import { AssistQuestion } from './AssistQuestion';
import { InjectingStep, LifetimeStep } from './AssistSteps';
import {
  type AssistFormState,
  answersOf,
  emptyAssistForm,
  isStepComplete,
  liveScore,
  previewOf,
  type Step,
  stepsOf,
  toScreeningInput,
} from './assist-form';
import { localized } from './assist-text';
import { PrintableScreening } from './PrintableScreening';
import { ScreeningResult } from './ScreeningResult';
import { useInstrument, useSubmitScreening } from './screening.api';

/** The WHO ASSIST interview of one case, face to face: one substance group at a time, scored as it goes. */
export function AssistScreeningPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const caseQuery = useCase(id);
  const instrument = useInstrument('assist-3.0');
  useDocumentTitle(t('app.documentTitle', { page: t('screening.page.title') }));
  const item = caseQuery.data?.data;
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to={`/cases/${id}`} size="sm" className="atensi-no-print">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('screening.page.back')}
        </Group>
      </Anchor>
      {(caseQuery.isPending || instrument.isPending) && <LoadingState />}
      {caseQuery.isError && <QueryErrorAlert error={caseQuery.error} onRetry={() => void caseQuery.refetch()} />}
      {instrument.isError && <QueryErrorAlert error={instrument.error} onRetry={() => void instrument.refetch()} />}
      {item && instrument.data && (
        <AssistInterview item={item} definition={instrument.data.definition} revision={instrument.data.revision} />
      )}
    </Stack>
  );
}

function AssistInterview({
  item,
  definition,
  revision,
}: {
  item: Case;
  definition: AssistDefinition;
  revision: number;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const canWrite = useCanAt('beneficiaries:write', item.institutionId);
  const submit = useSubmitScreening(item.id);
  const [state, setState] = useState<AssistFormState>(emptyAssistForm);
  const [active, setActive] = useState(0);
  const [saved, setSaved] = useState<Screening | null>(null);

  if (saved) {
    return <PrintableScreening item={item} screening={saved} definition={definition} isNew />;
  }
  const isOpen = item.status === 'intake' || item.status === 'screening';
  if (!isOpen || !canWrite) {
    return (
      <Alert color="gray" variant="light" data-testid="screening-closed">
        {isOpen ? t('screening.page.readOnly') : t('screening.page.notOpen')}
      </Alert>
    );
  }

  const steps = stepsOf(state, definition);
  const index = Math.min(active, steps.length - 1);
  const step = steps[index] ?? { kind: 'review' };
  const preview = previewOf(state, definition);
  const canGoOn = isStepComplete(state, step, definition);
  const labelOf = (substance: AssistSubstance) =>
    localized(definition.substances.find((entry) => entry.key === substance)?.label ?? { id: '', en: '' }, language);

  const setLifetime = (substance: AssistSubstance, used: boolean) =>
    setState((current) => ({ ...current, lifetime: { ...current.lifetime, [substance]: used } }));
  const setDetail = (substance: AssistSubstance, key: string, value: unknown) =>
    setState((current) => ({
      ...current,
      details: { ...current.details, [substance]: { ...current.details[substance], [key]: value } },
    }));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {localized(definition.title, language)}
        </Text>
        <Title order={1} data-testid="page-title">
          {item.beneficiaryName}
        </Title>
        <Text size="sm" c="dimmed">
          {localized(definition.introduction, language)}
        </Text>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Stepper
              active={index}
              size="xs"
              onStepClick={(next) => next < index && setActive(next)}
              allowNextStepsSelect={false}
            >
              {steps.map((entry) => (
                <Stepper.Step key={stepKey(entry)} label={stepLabel(entry, t, labelOf)} />
              ))}
            </Stepper>
            <Paper withBorder p="md" radius="md" data-testid="assist-step" data-step={stepKey(step)}>
              {step.kind === 'lifetime' && (
                <LifetimeStep definition={definition} state={state} onChange={setLifetime} />
              )}
              {step.kind === 'substance' && (
                <Stack gap="lg">
                  <Group justify="space-between">
                    <Title order={2} size="h3">
                      {labelOf(step.substance)}
                    </Title>
                    <Badge variant="outline" size="lg" data-testid="assist-live-score">
                      {t('screening.page.scoreSoFar', { score: liveScore(state, step.substance, definition) })}
                    </Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {localized(
                      definition.substances.find((entry) => entry.key === step.substance)?.examples ?? {
                        id: '',
                        en: '',
                      },
                      language,
                    )}
                  </Text>
                  {questionsFor(
                    step.substance,
                    answersOf(state, step.substance, definition) as AssistSubstanceAnswers,
                    definition,
                  )
                    .filter((question) => question.key !== 'q1')
                    .map((question) => (
                      <AssistQuestion
                        key={question.key}
                        question={question}
                        substanceLabel={labelOf(step.substance)}
                        value={answersOf(state, step.substance, definition)[question.key as 'q2']}
                        onChange={(value) => setDetail(step.substance, question.key, value)}
                        testId={`assist-${step.substance}-${question.key}`}
                      />
                    ))}
                </Stack>
              )}
              {step.kind === 'injecting' && (
                <InjectingStep
                  definition={definition}
                  value={state.q8}
                  onChange={(q8) => setState((current) => ({ ...current, q8 }))}
                />
              )}
              {step.kind === 'review' && (
                <Stack gap="md">
                  <Title order={2} size="h3">
                    {t('screening.page.review')}
                  </Title>
                  <ScreeningResult screening={preview} definition={definition} />
                  {submit.error && <QueryErrorAlert error={submit.error} />}
                </Stack>
              )}
            </Paper>
            <Group justify="space-between">
              <Button
                variant="default"
                leftSection={<IconArrowLeft size={16} aria-hidden />}
                disabled={index === 0}
                onClick={() => setActive(index - 1)}
                data-testid="assist-back"
              >
                {t('screening.page.previous')}
              </Button>
              {step.kind === 'review' ? (
                <Button
                  leftSection={<IconCheck size={16} aria-hidden />}
                  disabled={!canGoOn}
                  loading={submit.isPending}
                  onClick={() =>
                    submit.mutate(toScreeningInput(state, definition), {
                      onSuccess: (screening) => setSaved(screening),
                    })
                  }
                  data-testid="assist-submit"
                >
                  {t('screening.page.submit')}
                </Button>
              ) : (
                <Button
                  rightSection={<IconArrowRight size={16} aria-hidden />}
                  disabled={!canGoOn}
                  onClick={() => setActive(index + 1)}
                  data-testid="assist-next"
                >
                  {t('screening.page.next')}
                </Button>
              )}
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <AssistLivePanel definition={definition} state={state} preview={preview} revision={revision} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function stepKey(step: Step): string {
  return step.kind === 'substance' ? step.substance : step.kind;
}

function stepLabel(
  step: Step,
  t: (key: 'screening.steps.lifetime' | 'screening.steps.injecting' | 'screening.steps.review') => string,
  labelOf: (substance: AssistSubstance) => string,
) {
  if (step.kind === 'substance') return labelOf(step.substance);
  return t(`screening.steps.${step.kind}`);
}
