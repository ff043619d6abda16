import {
  type ActivityDetail,
  type ActivityFieldsInput,
  ActivityStatus,
  GeneralActivityKind,
  normaliseRegionCode,
} from '@atensi/contracts';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { todayInJakarta } from '../../lib/format';
import { InstitutionSelect } from '../institutions/InstitutionSelect';
import { type RegionPick, RegionSelect } from '../regions/RegionSelect';
import { useCreateActivity, useCreateSupervisionVisit, useUpdateActivity } from './activities.api';
import { parseWhole } from './activity-labels';

export type ActivityFormMode =
  | { kind: 'create'; defaultOrganiserId: string | null }
  | { kind: 'edit'; activity: ActivityDetail; etag: string };

const fields = [
  'kind',
  'title',
  'status',
  'startsOn',
  'endsOn',
  'venue',
  'regionCode',
  'organiserInstitutionId',
  'institutionId',
  'budgetIdr',
  'realisedCostIdr',
  'description',
  'outcomes',
] as const;

/** Records an activity of a general kind or a supervision visit, or edits one; campaigns have their own form. */
export function ActivityFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: ActivityFormMode | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={mode !== null}
      onClose={onClose}
      title={mode?.kind === 'edit' ? t('activities.form.editTitle') : t('activities.form.createTitle')}
      size="xl"
      centered
    >
      {mode && <ActivityForm mode={mode} onCancel={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function ActivityForm({
  mode,
  onCancel,
  onSaved,
}: {
  mode: ActivityFormMode;
  onCancel: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const current = mode.kind === 'edit' ? mode.activity : null;
  const create = useCreateActivity();
  const supervise = useCreateSupervisionVisit();
  const update = useUpdateActivity();
  const [kind, setKind] = useState<string>(current?.kind ?? 'rakor_teknis');
  const [title, setTitle] = useState(current?.title ?? '');
  const [status, setStatus] = useState<string>(current?.status ?? 'planned');
  const [startsOn, setStartsOn] = useState(current?.startsOn ?? todayInJakarta());
  const [endsOn, setEndsOn] = useState(current?.endsOn ?? todayInJakarta());
  const [venue, setVenue] = useState(current?.venue ?? '');
  const [region, setRegion] = useState<RegionPick | null>(
    current ? { code: current.regionCode, path: `${current.provinceName} › ${current.regionName}` } : null,
  );
  const [organiserId, setOrganiserId] = useState<string | null>(
    current?.organiserInstitutionId ?? (mode.kind === 'create' ? mode.defaultOrganiserId : null),
  );
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const [budget, setBudget] = useState<string | number>(current?.budgetIdr ?? '');
  const [cost, setCost] = useState<string | number>(current?.realisedCostIdr ?? '');
  const [description, setDescription] = useState(current?.description ?? '');
  const [outcomes, setOutcomes] = useState(current?.outcomes ?? '');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const isVisit = kind === 'supervisi';
  const mutation = mode.kind === 'edit' ? update : isVisit ? supervise : create;

  const problems: Record<(typeof fields)[number], string | null> = {
    kind: null,
    title: title.trim().length < 3 ? t('activities.form.titleRule') : null,
    status: null,
    startsOn: startsOn === '' ? t('activities.form.required') : null,
    endsOn: endsOn === '' ? t('activities.form.required') : endsOn < startsOn ? t('activities.form.periodOrder') : null,
    venue: null,
    regionCode: region === null ? t('activities.form.required') : null,
    organiserInstitutionId: organiserId === null ? t('activities.form.required') : null,
    institutionId: isVisit && mode.kind === 'create' && institutionId === null ? t('activities.form.required') : null,
    budgetIdr: null,
    realisedCostIdr: null,
    description: null,
    outcomes: null,
  };
  const shown = (field: (typeof fields)[number]) =>
    (isSubmitted ? problems[field] : null) ?? serverFieldError(mutation.error, field);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some(Boolean) || !region || !organiserId) return;
    const common: Omit<ActivityFieldsInput, 'organiserInstitutionId'> = {
      title: title.trim(),
      status: ActivityStatus.parse(status),
      startsOn,
      endsOn,
      venue: venue.trim() === '' ? null : venue.trim(),
      regionCode: normaliseRegionCode(region.code),
      budgetIdr: parseWhole(budget),
      realisedCostIdr: parseWhole(cost),
      description: description.trim() === '' ? null : description.trim(),
      outcomes: outcomes.trim() === '' ? null : outcomes.trim(),
    };
    if (mode.kind === 'edit') {
      update.mutate(
        { id: mode.activity.id, etag: mode.etag, input: common },
        { onSuccess: () => onSaved(mode.activity.id) },
      );
    } else if (isVisit && institutionId) {
      supervise.mutate(
        { ...common, organiserInstitutionId: organiserId, institutionId },
        { onSuccess: (visit) => onSaved(visit.activityId) },
      );
    } else {
      create.mutate(
        {
          ...common,
          kind: GeneralActivityKind.parse(kind),
          organiserInstitutionId: organiserId,
        },
        { onSuccess: (activity) => onSaved(activity.id) },
      );
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="activity-form">
      <Stack gap="sm">
        {mutation.isError && !isPlacedInFields(mutation.error, fields) && <QueryErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('activities.fields.kind')}
            data={[...GeneralActivityKind.options, 'supervisi'].map((value) => ({
              value,
              label: t(`activities.kinds.${value as 'bimtek'}`),
            }))}
            value={kind}
            onChange={(value) => value && setKind(value)}
            allowDeselect={false}
            disabled={mode.kind === 'edit'}
            comboboxProps={{ withinPortal: true }}
            data-testid="activity-kind"
          />
          <Select
            label={t('activities.fields.status')}
            data={ActivityStatus.options.map((value) => ({ value, label: t(`activities.statuses.${value}`) }))}
            value={status}
            onChange={(value) => value && setStatus(value)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="activity-status"
          />
        </SimpleGrid>
        <TextInput
          label={t('activities.fields.title')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          required
          error={shown('title')}
          data-testid="activity-title"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('activities.fields.startsOn')}
            value={startsOn}
            onChange={(event) => setStartsOn(event.currentTarget.value)}
            required
            error={shown('startsOn')}
            data-testid="activity-starts-on"
          />
          <TextInput
            type="date"
            label={t('activities.fields.endsOn')}
            value={endsOn}
            onChange={(event) => setEndsOn(event.currentTarget.value)}
            required
            error={shown('endsOn')}
            data-testid="activity-ends-on"
          />
          <InstitutionSelect
            label={t('activities.fields.organiser')}
            value={organiserId}
            onChange={setOrganiserId}
            types={['direktorat', 'balai', 'loka']}
            required
            disabled={mode.kind === 'edit'}
            error={shown('organiserInstitutionId')}
            testId="activity-organiser"
          />
          {isVisit && mode.kind === 'create' && (
            <InstitutionSelect
              label={t('activities.fields.supervised')}
              value={institutionId}
              onChange={setInstitutionId}
              types={['balai', 'loka', 'ipwl']}
              required
              error={shown('institutionId')}
              testId="activity-supervised"
            />
          )}
          <RegionSelect
            label={t('activities.fields.region')}
            value={region}
            onChange={setRegion}
            levels={['province', 'regency']}
            placeholder={t('activities.form.regionPlaceholder')}
            required
            error={shown('regionCode')}
            testId="activity-region"
          />
          <TextInput
            label={t('activities.fields.venue')}
            value={venue}
            onChange={(event) => setVenue(event.currentTarget.value)}
            error={shown('venue')}
            data-testid="activity-venue"
          />
          <NumberInput
            label={t('activities.fields.budget')}
            value={budget}
            onChange={setBudget}
            min={0}
            thousandSeparator="."
            decimalSeparator=","
            prefix="Rp "
            error={shown('budgetIdr')}
            data-testid="activity-budget"
          />
          <NumberInput
            label={t('activities.fields.realisedCost')}
            value={cost}
            onChange={setCost}
            min={0}
            thousandSeparator="."
            decimalSeparator=","
            prefix="Rp "
            error={shown('realisedCostIdr')}
            data-testid="activity-cost"
          />
        </SimpleGrid>
        <Textarea
          label={t('activities.fields.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autosize
          minRows={2}
          error={shown('description')}
        />
        <Textarea
          label={t('activities.fields.outcomes')}
          value={outcomes}
          onChange={(event) => setOutcomes(event.currentTarget.value)}
          autosize
          minRows={2}
          error={shown('outcomes')}
          data-testid="activity-outcomes"
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="activity-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
