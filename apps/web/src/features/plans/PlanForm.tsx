import {
  AtensiComponent,
  type Case,
  type CatalogueItem,
  defaultPlannedEnd,
  type Plan,
  planWarnings,
  ServiceSetting,
} from '@atensi/contracts';
import {
  ActionIcon,
  Alert,
  Button,
  Divider,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError } from '../../lib/api';
import { serverFieldError } from '../../lib/field-errors';
import { useLanguage } from '../../lib/i18n/use-language';
import { oneOf } from '../beneficiaries/beneficiary-labels';
import { PlanServicesSection } from './PlanServicesSection';
import { draftProblems, emptyGoal, type PlanDraft, type ServiceDraft, toPlanInput } from './plan-draft';
import { useComponentLabel, useSettingLabel } from './plan-labels';
import { usePlanStep, useSavePlan } from './plans.api';

interface PlanFormProps {
  item: Case;
  /** The revision being edited; null for a new plan or a new revision. */
  plan: Plan | null;
  initial: PlanDraft;
  catalogue: CatalogueItem[];
  staff: { value: string; label: string }[];
}

/** The plan's goals by component, the services towards them, the family's part; saved as a draft or submitted. */
export function PlanForm({ item, plan, initial, catalogue, staff }: PlanFormProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const componentLabel = useComponentLabel();
  const settingLabel = useSettingLabel();
  const save = useSavePlan();
  const submit = usePlanStep();
  const [draft, setDraft] = useState<PlanDraft>(initial);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [wantsSubmit, setWantsSubmit] = useState(false);
  const problems = draftProblems(draft, catalogue);
  // Submitting needs at least one goal and one service (a draft may be saved without).
  const incomplete = wantsSubmit && (draft.goals.length === 0 || draft.services.length === 0);
  const error = save.error ?? submit.error;
  const shown = (field: string) => {
    const local = isSubmitted ? problems[field] : undefined;
    if (local) return local === 'short' ? t('plans.form.short') : t('beneficiaries.form.required');
    return serverFieldError(error, field);
  };
  const warnings = draft.startOn && draft.plannedEndOn ? planWarnings(draft) : [];
  const update = (patch: Partial<PlanDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const setSchedule = (patch: Partial<Pick<PlanDraft, 'setting' | 'startOn'>>) =>
    setDraft((current) => {
      const next = { ...current, ...patch };
      return current.endTouched || !next.startOn
        ? next
        : { ...next, plannedEndOn: defaultPlannedEnd(next.setting, next.startOn) };
    });
  const itemOptions = AtensiComponent.options
    .map((component) => ({
      group: componentLabel(component),
      items: catalogue
        .filter((entry) => entry.component === component && entry.isActive)
        .map((entry) => ({ value: entry.id, label: entry.name[language] })),
    }))
    .filter((group) => group.items.length > 0);
  const goalOptions = draft.goals.map((goal, index) => ({
    value: goal.uid,
    label: `${index + 1}. ${goal.component ? componentLabel(goal.component) : '—'}${goal.description ? `: ${goal.description}` : ''}`,
  }));
  const setGoal = (uid: string, patch: Partial<PlanDraft['goals'][number]>) =>
    update({ goals: draft.goals.map((goal) => (goal.uid === uid ? { ...goal, ...patch } : goal)) });
  const setService = (uid: string, patch: Partial<ServiceDraft>) =>
    update({ services: draft.services.map((service) => (service.uid === uid ? { ...service, ...patch } : service)) });

  const send = (andSubmit: boolean) => (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    setIsSubmitted(true);
    setWantsSubmit(andSubmit);
    save.reset();
    submit.reset();
    if (Object.keys(problems).length > 0) return;
    if (andSubmit && (draft.goals.length === 0 || draft.services.length === 0)) return;
    save.mutate(
      { caseId: item.id, plan, input: toPlanInput(draft, catalogue) },
      {
        onSuccess: (saved) => {
          if (!andSubmit) {
            void navigate(`/cases/${item.id}?tab=plan`, { state: { planSaved: true } });
            return;
          }
          submit.mutate(
            { plan: saved, step: 'submit' },
            { onSuccess: () => void navigate(`/cases/${item.id}?tab=plan`, { state: { planSubmitted: true } }) },
          );
        },
      },
    );
  };
  const unplacedError =
    error instanceof ApiError && (!error.details || error.details.some((detail) => !detail.path.startsWith('body.')))
      ? error
      : error && !(error instanceof ApiError)
        ? error
        : null;

  return (
    <form onSubmit={send(false)} noValidate data-testid="plan-form">
      <Stack gap="lg">
        {unplacedError ? <QueryErrorAlert error={unplacedError} /> : null}
        {error instanceof ApiError && error.details && !unplacedError && (
          <Alert color="red" variant="light" data-testid="plan-form-errors">
            {error.message}
          </Alert>
        )}
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('plans.form.settingTitle')}
            </Title>
            <SegmentedControl
              value={draft.setting}
              onChange={(value) => {
                const setting = oneOf(ServiceSetting.options, value);
                if (setting) setSchedule({ setting });
              }}
              data={ServiceSetting.options.map((setting) => ({ value: setting, label: settingLabel(setting) }))}
              data-testid="plan-setting"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                type="date"
                label={t('plans.form.startOn')}
                value={draft.startOn}
                onChange={(event) => setSchedule({ startOn: event.currentTarget.value })}
                required
                error={shown('startOn')}
                data-testid="plan-start"
              />
              <TextInput
                type="date"
                label={t('plans.form.plannedEndOn')}
                description={
                  draft.setting === 'residential' ? t('plans.form.residentialHint') : t('plans.form.endHint')
                }
                value={draft.plannedEndOn}
                onChange={(event) => update({ plannedEndOn: event.currentTarget.value, endTouched: true })}
                required
                error={shown('plannedEndOn')}
                data-testid="plan-end"
              />
            </SimpleGrid>
            {warnings.includes('residential_duration') && (
              <Alert
                color="orange"
                variant="light"
                icon={<IconAlertTriangle aria-hidden />}
                data-testid="plan-form-warning"
              >
                {t('plans.warnings.residential_duration')}
              </Alert>
            )}
          </Stack>
        </Paper>

        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('plans.form.goalsTitle')}
              </Title>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => update({ goals: [...draft.goals, emptyGoal()] })}
                disabled={draft.goals.length >= 20}
                data-testid="plan-add-goal"
              >
                {t('plans.form.addGoal')}
              </Button>
            </Group>
            {draft.goals.map((goal, index) => (
              <Stack key={goal.uid} gap="xs" data-testid="plan-goal-form">
                {index > 0 && <Divider />}
                <Group align="flex-end" wrap="nowrap">
                  <Text fw={600} w={24}>
                    {index + 1}
                  </Text>
                  <Select
                    label={t('plans.columns.component')}
                    data={AtensiComponent.options.map((component) => ({
                      value: component,
                      label: componentLabel(component),
                    }))}
                    value={goal.component}
                    onChange={(value) => setGoal(goal.uid, { component: oneOf(AtensiComponent.options, value) })}
                    required
                    error={shown(`goals.${index}.component`)}
                    comboboxProps={{ withinPortal: true }}
                    style={{ flex: 1 }}
                    data-testid="plan-goal-component"
                  />
                  <TextInput
                    type="date"
                    label={t('plans.form.targetDate')}
                    value={goal.targetDate}
                    onChange={(event) => setGoal(goal.uid, { targetDate: event.currentTarget.value })}
                    error={shown(`goals.${index}.targetDate`)}
                    data-testid="plan-goal-date"
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('plans.form.removeGoal')}
                    onClick={() =>
                      update({
                        goals: draft.goals.filter((other) => other.uid !== goal.uid),
                        services: draft.services.map((service) =>
                          service.goalUid === goal.uid ? { ...service, goalUid: null } : service,
                        ),
                      })
                    }
                    disabled={draft.goals.length === 1}
                    mb={4}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                  <Textarea
                    label={t('plans.columns.goal')}
                    value={goal.description}
                    onChange={(event) => setGoal(goal.uid, { description: event.currentTarget.value })}
                    required
                    autosize
                    minRows={2}
                    maxLength={500}
                    error={shown(`goals.${index}.description`)}
                    data-testid="plan-goal-description"
                  />
                  <Textarea
                    label={t('plans.columns.target')}
                    description={t('plans.form.targetHint')}
                    value={goal.target}
                    onChange={(event) => setGoal(goal.uid, { target: event.currentTarget.value })}
                    required
                    autosize
                    minRows={2}
                    maxLength={500}
                    error={shown(`goals.${index}.target`)}
                    data-testid="plan-goal-target"
                  />
                </SimpleGrid>
              </Stack>
            ))}
          </Stack>
        </Paper>

        <PlanServicesSection
          draft={draft}
          catalogue={catalogue}
          itemOptions={itemOptions}
          goalOptions={goalOptions}
          staff={staff}
          incomplete={incomplete}
          shown={shown}
          update={update}
          setService={setService}
        />

        <Paper withBorder p="md" radius="md">
          <Textarea
            label={t('plans.form.family')}
            description={t('plans.form.familyHint')}
            value={draft.familyInvolvement}
            onChange={(event) => update({ familyInvolvement: event.currentTarget.value })}
            autosize
            minRows={3}
            maxLength={2000}
            error={shown('familyInvolvement')}
            data-testid="plan-family"
          />
        </Paper>

        <Group justify="flex-end" gap="sm">
          <Button type="submit" variant="default" loading={save.isPending && !submit.isPending} data-testid="plan-save">
            {t('plans.form.saveDraft')}
          </Button>
          <Button onClick={() => send(true)()} loading={submit.isPending} data-testid="plan-save-submit">
            {t('plans.form.saveAndSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
