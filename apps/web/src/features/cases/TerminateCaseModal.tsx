import type { TerminationReason, VocationalOutcomeInput } from '@atensi/contracts';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError } from '../../lib/api';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { todayInJakarta } from '../../lib/format';
import { type OutcomeDraft, outcomesInput, VocationalOutcomesField } from '../service-delivery/VocationalOutcomesField';
import { isTerminationReason, useTerminationReasonOptions } from './case-labels';

const fields = ['reason', 'on', 'note'] as const;
const outcomePath = /^body\.vocationalOutcomes\.\d+\.achievedOn$/;

interface TerminateCaseModalProps {
  opened: boolean;
  mutation: { isPending: boolean; error: unknown };
  onSubmit: (input: {
    reason: TerminationReason;
    on: string;
    note?: string;
    vocationalOutcomes?: VocationalOutcomeInput[];
  }) => void;
  onClose: () => void;
}

/** Ends a running case: why (required), on which day (required, not after today), and an optional note. */
export function TerminateCaseModal({ opened, mutation, onSubmit, onClose }: TerminateCaseModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('cases.terminate.title')} centered>
      {opened && <TerminateForm mutation={mutation} onSubmit={onSubmit} onClose={onClose} />}
    </Modal>
  );
}

function TerminateForm({ mutation, onSubmit, onClose }: Omit<TerminateCaseModalProps, 'opened'>) {
  const { t } = useTranslation();
  const reasonOptions = useTerminationReasonOptions();
  const today = todayInJakarta();
  const [reason, setReason] = useState<TerminationReason | null>(null);
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const [outcomes, setOutcomes] = useState<OutcomeDraft[]>([]);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const problems = {
    reason: reason === null ? t('beneficiaries.form.required') : null,
    on: on === '' ? t('beneficiaries.form.required') : on > today ? t('beneficiaries.openCase.dateRule') : null,
  };
  const shown = (field: (typeof fields)[number]) =>
    (isSubmitted && field !== 'note' ? problems[field] : null) ?? serverFieldError(mutation.error, field);
  // A stale version is shown on the page, with a reload button; anything else here.
  const isStale = mutation.error instanceof ApiError && mutation.error.reason === 'stale';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (reason === null || problems.on !== null) return;
    const trimmed = note.trim();
    const vocationalOutcomes = outcomesInput(outcomes);
    onSubmit({
      reason,
      on,
      ...(trimmed ? { note: trimmed } : {}),
      ...(vocationalOutcomes.length > 0 ? { vocationalOutcomes } : {}),
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="terminate-form">
      <Stack gap="sm">
        {mutation.error &&
        !isStale &&
        !isPlacedInFields(mutation.error, fields) &&
        !(
          mutation.error instanceof ApiError && mutation.error.details?.every((detail) => outcomePath.test(detail.path))
        ) ? (
          <QueryErrorAlert error={mutation.error} />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('cases.terminate.reason')}
            data={reasonOptions}
            value={reason}
            onChange={(value) => setReason(isTerminationReason(value) ? value : null)}
            required
            allowDeselect={false}
            error={shown('reason')}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
            data-testid="terminate-reason"
          />
          <TextInput
            type="date"
            label={t('cases.terminate.on')}
            value={on}
            max={today}
            onChange={(event) => setOn(event.currentTarget.value)}
            required
            error={shown('on')}
            data-testid="terminate-on"
          />
        </SimpleGrid>
        <Textarea
          label={t('cases.transition.note')}
          description={t('cases.transition.noteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={1000}
          error={shown('note')}
          data-testid="terminate-note"
        />
        <VocationalOutcomesField
          value={outcomes}
          onChange={setOutcomes}
          today={today}
          errorOf={(index) => serverFieldError(mutation.error, `vocationalOutcomes.${index}.achievedOn`)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={mutation.isPending} data-testid="terminate-submit">
            {t('cases.terminate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
