import type { FollowUp, RecordFollowUpInput } from '@atensi/contracts';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError } from '../../lib/api';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { todayInJakarta } from '../../lib/format';
import { oneOf } from '../beneficiaries/beneficiary-labels';
import { type OutcomeDraft, outcomesInput, VocationalOutcomesField } from '../service-delivery/VocationalOutcomesField';
import { useRecordFollowUp } from './aftercare.api';

type SubstanceUse = RecordFollowUpInput['substanceUse'];
type WorkOrSchool = RecordFollowUpInput['workOrSchool'];
type Housing = RecordFollowUpInput['housing'];
type FamilyRelations = RecordFollowUpInput['familyRelations'];

const substanceUses: readonly SubstanceUse[] = ['none', 'occasional', 'relapse'];
const worksOrSchools: readonly WorkOrSchool[] = ['working', 'studying', 'neither'];
const housings: readonly Housing[] = ['stable', 'unstable', 'homeless'];
const familyRelationsValues: readonly FamilyRelations[] = ['good', 'strained', 'broken'];
const fields = [
  'doneOn',
  'substanceUse',
  'workOrSchool',
  'housing',
  'familyRelations',
  'legalProblems',
  'note',
  ...Array.from({ length: 10 }, (_, index) => `vocationalOutcomes.${index}.achievedOn`),
];

interface RecordFollowUpModalProps {
  followUp: FollowUp | null;
  onClose: () => void;
  onRecorded: (answer: { followUp: FollowUp; newCaseId: string | null }) => void;
  /** The visit changed meanwhile: reload the list (the modal shows why). */
  onStale: () => void;
}

/** Records one aftercare visit: how the person is doing. A relapse closes the case and opens a linked one. */
export function RecordFollowUpModal({ followUp, onClose, onRecorded, onStale }: RecordFollowUpModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={followUp !== null}
      onClose={onClose}
      title={followUp ? t('aftercare.recordTitle', { count: followUp.monthsAfter }) : ''}
      centered
      size="lg"
    >
      {followUp && <RecordForm followUp={followUp} onClose={onClose} onRecorded={onRecorded} onStale={onStale} />}
    </Modal>
  );
}

function RecordForm({ followUp, onClose, onRecorded, onStale }: RecordFollowUpModalProps & { followUp: FollowUp }) {
  const { t } = useTranslation();
  const record = useRecordFollowUp();
  const today = todayInJakarta();
  const [doneOn, setDoneOn] = useState(today);
  const [substanceUse, setSubstanceUse] = useState<SubstanceUse | null>(null);
  const [workOrSchool, setWorkOrSchool] = useState<WorkOrSchool | null>(null);
  const [housing, setHousing] = useState<Housing | null>(null);
  const [familyRelations, setFamilyRelations] = useState<FamilyRelations | null>(null);
  const [legalProblems, setLegalProblems] = useState(false);
  const [note, setNote] = useState('');
  const [outcomes, setOutcomes] = useState<OutcomeDraft[]>([]);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const required = t('beneficiaries.form.required');
  const problems: Record<string, string | null> = {
    doneOn: doneOn === '' ? required : doneOn > today ? t('beneficiaries.openCase.dateRule') : null,
    substanceUse: substanceUse === null ? required : null,
    workOrSchool: workOrSchool === null ? required : null,
    housing: housing === null ? required : null,
    familyRelations: familyRelations === null ? required : null,
  };
  const shown = (field: string) => (isSubmitted ? problems[field] : null) ?? serverFieldError(record.error, field);
  const isStale = record.error instanceof ApiError && record.error.reason === 'stale';
  const options = <T extends string>(values: readonly T[], group: string) =>
    values.map((value) => ({ value, label: t(`aftercare.${group}.${value}` as 'aftercare.housing.stable') }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (
      Object.values(problems).some(Boolean) ||
      substanceUse === null ||
      workOrSchool === null ||
      housing === null ||
      familyRelations === null
    ) {
      return;
    }
    const trimmed = note.trim();
    const vocationalOutcomes = outcomesInput(outcomes);
    record.mutate(
      {
        followUp,
        input: {
          doneOn,
          substanceUse,
          workOrSchool,
          housing,
          familyRelations,
          legalProblems,
          ...(trimmed ? { note: trimmed } : {}),
          ...(vocationalOutcomes.length > 0 ? { vocationalOutcomes } : {}),
        },
      },
      {
        onSuccess: onRecorded,
        onError: (error) => {
          if (error instanceof ApiError && error.reason === 'stale') onStale();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="follow-up-form">
      <Stack gap="sm">
        {isStale && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {t('aftercare.stale')}
          </Alert>
        )}
        {record.error && !isStale && !isPlacedInFields(record.error, fields) ? (
          <QueryErrorAlert error={record.error} />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('aftercare.fields.doneOn')}
            value={doneOn}
            max={today}
            onChange={(event) => setDoneOn(event.currentTarget.value)}
            required
            error={shown('doneOn')}
            data-testid="follow-up-done-on"
          />
          <Select
            label={t('aftercare.fields.substanceUse')}
            data={options(substanceUses, 'substanceUse')}
            value={substanceUse}
            onChange={(value) => setSubstanceUse(oneOf(substanceUses, value))}
            required
            allowDeselect={false}
            error={shown('substanceUse')}
            comboboxProps={{ withinPortal: true }}
            data-testid="follow-up-substance-use"
          />
          <Select
            label={t('aftercare.fields.workOrSchool')}
            data={options(worksOrSchools, 'workOrSchool')}
            value={workOrSchool}
            onChange={(value) => setWorkOrSchool(oneOf(worksOrSchools, value))}
            required
            allowDeselect={false}
            error={shown('workOrSchool')}
            comboboxProps={{ withinPortal: true }}
            data-testid="follow-up-work-or-school"
          />
          <Select
            label={t('aftercare.fields.housing')}
            data={options(housings, 'housing')}
            value={housing}
            onChange={(value) => setHousing(oneOf(housings, value))}
            required
            allowDeselect={false}
            error={shown('housing')}
            comboboxProps={{ withinPortal: true }}
            data-testid="follow-up-housing"
          />
          <Select
            label={t('aftercare.fields.familyRelations')}
            data={options(familyRelationsValues, 'familyRelations')}
            value={familyRelations}
            onChange={(value) => setFamilyRelations(oneOf(familyRelationsValues, value))}
            required
            allowDeselect={false}
            error={shown('familyRelations')}
            comboboxProps={{ withinPortal: true }}
            data-testid="follow-up-family-relations"
          />
        </SimpleGrid>
        <Switch
          label={t('aftercare.fields.legalProblems')}
          checked={legalProblems}
          onChange={(event) => setLegalProblems(event.currentTarget.checked)}
          data-testid="follow-up-legal-problems"
        />
        {substanceUse === 'relapse' && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="relapse-warning">
            {t('aftercare.relapseWarning')}
          </Alert>
        )}
        <Textarea
          label={t('aftercare.fields.note')}
          description={t('cases.transition.noteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          error={shown('note')}
          data-testid="follow-up-note"
        />
        <VocationalOutcomesField
          value={outcomes}
          onChange={setOutcomes}
          today={doneOn || today}
          errorOf={(index) => serverFieldError(record.error, `vocationalOutcomes.${index}.achievedOn`)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={record.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} data-testid="follow-up-submit">
            {t('aftercare.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
