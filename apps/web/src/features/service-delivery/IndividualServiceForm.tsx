import type { CatalogueItem, GoalProgress, ServiceableCaseList, ServiceLocation } from '@atensi/contracts';
import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { serverFieldError } from '../../lib/field-errors';
import type { EntryContext } from './ServiceEntryPage';
import { useRecordServices } from './service-delivery.api';
import { CatalogueSelect, caseOptions, GoalSelect, LocationSelect, ProgressSelect } from './service-fields';

type Cases = ServiceableCaseList['items'];

/** One service for one person: what, how long, where, and what it did for which goal. */
export function IndividualServiceForm({
  cases,
  catalogue,
  initialCaseId,
  context,
}: {
  cases: Cases;
  catalogue: CatalogueItem[];
  initialCaseId: string | null;
  context: EntryContext;
}) {
  const { t } = useTranslation();
  const record = useRecordServices();
  const [caseId, setCaseId] = useState<string | null>(
    cases.some((person) => person.caseId === initialCaseId) ? initialCaseId : null,
  );
  const [itemId, setItemId] = useState<string | null>(null);
  const [minutes, setMinutes] = useState<number | ''>(60);
  const [quantity, setQuantity] = useState<number | ''>('');
  const [location, setLocation] = useState<ServiceLocation>('institution');
  const [goalId, setGoalId] = useState<string | null>(null);
  const [progress, setProgress] = useState<GoalProgress | null>(null);
  const [note, setNote] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const unit = catalogue.find((item) => item.id === itemId)?.unit;
  const person = cases.find((candidate) => candidate.caseId === caseId);
  const required = t('beneficiaries.form.required');
  const problems: Record<string, string | null> = {
    caseId: caseId ? null : required,
    catalogueItemId: itemId ? null : required,
    durationMinutes: unit === 'session' && minutes === '' ? required : null,
    quantity: unit === 'amount' && quantity === '' ? required : null,
  };
  const shown = (field: string) => (isSubmitted ? problems[field] : null) ?? serverFieldError(record.error, field);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some(Boolean) || !caseId || !itemId) return;
    const trimmed = note.trim();
    record.mutate(
      {
        kind: 'individual',
        caseId,
        input: {
          heldOn: context.heldOn,
          catalogueItemId: itemId,
          ...(unit === 'session' && minutes !== '' ? { durationMinutes: minutes } : {}),
          ...(context.staffId ? { staffId: context.staffId } : {}),
          location,
          ...(unit !== 'session' && quantity !== '' ? { quantity } : {}),
          ...(goalId ? { goalId } : {}),
          ...(goalId && progress ? { goalProgress: progress } : {}),
          ...(trimmed ? { note: trimmed } : {}),
        },
      },
      {
        onSuccess: (sessions) => {
          setIsSubmitted(false);
          setNote('');
          setGoalId(null);
          setProgress(null);
          context.onRecorded(sessions.length);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate data-testid="service-individual-form">
        <Stack gap="sm">
          {record.error ? <QueryErrorAlert error={record.error} /> : null}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <Select
              label={t('services.form.beneficiary')}
              data={caseOptions(cases)}
              value={caseId}
              onChange={(value) => {
                setCaseId(value);
                setGoalId(null);
              }}
              searchable
              required
              error={shown('caseId')}
              comboboxProps={{ withinPortal: true }}
              data-testid="service-case"
            />
            <CatalogueSelect
              label={t('services.form.item')}
              catalogue={catalogue}
              value={itemId}
              onChange={setItemId}
              required
              error={shown('catalogueItemId')}
              data-testid="service-item"
            />
            {unit === 'session' && (
              <NumberInput
                label={t('services.form.minutes')}
                value={minutes}
                min={5}
                max={720}
                allowDecimal={false}
                onChange={(value) => setMinutes(typeof value === 'number' ? value : '')}
                required
                error={shown('durationMinutes')}
                data-testid="service-minutes"
              />
            )}
            {unit && unit !== 'session' && (
              <NumberInput
                label={unit === 'amount' ? t('plans.form.amount') : t('plans.form.quantity')}
                value={quantity}
                min={1}
                allowDecimal={false}
                thousandSeparator="."
                decimalSeparator=","
                onChange={(value) => setQuantity(typeof value === 'number' ? value : '')}
                required={unit === 'amount'}
                error={shown('quantity')}
                data-testid="service-quantity"
              />
            )}
            <LocationSelect
              label={t('services.form.location')}
              value={location}
              onChange={setLocation}
              data-testid="service-location"
            />
            <GoalSelect
              label={t('services.form.goal')}
              person={person}
              value={goalId}
              onChange={setGoalId}
              error={shown('goalId')}
              data-testid="service-goal"
            />
            <ProgressSelect
              label={t('services.form.progress')}
              value={progress}
              onChange={setProgress}
              disabled={!goalId}
              data-testid="service-progress"
            />
          </SimpleGrid>
          <Textarea
            label={t('services.form.note')}
            description={t('services.form.noteHint')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            data-testid="service-note"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending} data-testid="service-submit">
              {t('services.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
