import type { Case, SocialAidRequest } from '@atensi/contracts';
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError } from '../../lib/api';
import { serverFieldError } from '../../lib/field-errors';
import { todayInJakarta } from '../../lib/format';
import { useCurrentUser } from '../auth/current-user';
import { useStaffList } from '../workforce/workforce.api';
import { type AidStep, useAidStep } from './social-aid.api';

export type AidStepName = SocialAidRequest['allowedActions'][number];

const DTKS_REFUSALS = ['dtks_unknown', 'dtks_not_matched', 'dtks_nik_problem'];

/** One step of a request: approve (DTKS-gated), reject, deliver, record the receipt, or cancel. */
export function AidStepModal({
  item,
  step,
  onClose,
  onDone,
}: {
  item: Case;
  step: { aid: SocialAidRequest; name: AidStepName } | null;
  onClose: () => void;
  onDone: (done: { name: AidStepName }) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={step !== null} onClose={onClose} title={step ? t(`socialAid.actions.${step.name}`) : ''} centered>
      {step && (
        <StepForm key={`${step.aid.id}-${step.name}`} item={item} step={step} onClose={onClose} onDone={onDone} />
      )}
    </Modal>
  );
}

function StepForm({
  item,
  step,
  onClose,
  onDone,
}: {
  item: Case;
  step: { aid: SocialAidRequest; name: AidStepName };
  onClose: () => void;
  onDone: (done: { name: AidStepName }) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const mutation = useAidStep();
  const today = todayInJakarta();
  const [on, setOn] = useState(today);
  const [text, setText] = useState('');
  const [receivedBy, setReceivedBy] = useState<'beneficiary' | 'guardian' | 'family'>('beneficiary');
  const staff = useStaffList({ institutionId: item.institutionId }, 1, { pageSize: 500 });
  const mine = staff.data?.items.find((member) => member.userId === me.id);
  const [staffId, setStaffId] = useState<string | null>(null);
  const chosenStaff = staffId ?? mine?.id ?? null;
  const needsReason = step.name === 'reject' || step.name === 'cancel';
  const blocked =
    mutation.error instanceof ApiError && mutation.error.reason && DTKS_REFUSALS.includes(mutation.error.reason)
      ? mutation.error
      : null;

  const action = (): AidStep => {
    const trimmed = text.trim();
    switch (step.name) {
      case 'approve':
        return { step: 'approve', body: trimmed ? { note: trimmed } : {} };
      case 'reject':
      case 'cancel':
        return { step: step.name, body: { reason: trimmed } };
      case 'deliver':
        return {
          step: 'deliver',
          body: {
            deliveredOn: on,
            ...(chosenStaff ? { staffId: chosenStaff } : {}),
            ...(trimmed ? { note: trimmed } : {}),
          },
        };
      case 'receipt':
        return { step: 'receipt', body: { receivedOn: on, receivedBy, ...(trimmed ? { note: trimmed } : {}) } };
      default: {
        const unknown: never = step.name;
        throw new Error(`unknown step ${String(unknown)}`);
      }
    }
  };

  return (
    <Stack gap="sm" data-testid="aid-step-form">
      {blocked ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('socialAid.blocked')}
          data-testid="aid-blocked"
        >
          <Text size="sm">{blocked.message}</Text>
        </Alert>
      ) : mutation.error ? (
        <QueryErrorAlert error={mutation.error} />
      ) : null}
      {step.name === 'approve' && !blocked && (
        <Text size="sm" c="dimmed">
          {t('socialAid.approveHint')}
        </Text>
      )}
      {(step.name === 'deliver' || step.name === 'receipt') && (
        <TextInput
          type="date"
          label={step.name === 'deliver' ? t('socialAid.fields.deliveredOn') : t('socialAid.fields.receivedOn')}
          value={on}
          max={today}
          onChange={(event) => setOn(event.currentTarget.value)}
          error={serverFieldError(mutation.error, step.name === 'deliver' ? 'deliveredOn' : 'receivedOn')}
          data-testid="aid-step-date"
        />
      )}
      {step.name === 'deliver' && (
        <Select
          label={t('services.form.staff')}
          data={(staff.data?.items ?? []).map((member) => ({ value: member.id, label: member.fullName }))}
          value={chosenStaff}
          onChange={setStaffId}
          searchable
          error={serverFieldError(mutation.error, 'staffId')}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {step.name === 'receipt' && (
        <Select
          label={t('socialAid.fields.receivedBy')}
          data={(['beneficiary', 'guardian', 'family'] as const).map((value) => ({
            value,
            label: t(`socialAid.receivers.${value}`),
          }))}
          value={receivedBy}
          onChange={(value) => value && setReceivedBy(value as typeof receivedBy)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="aid-received-by"
        />
      )}
      {!blocked && (
        <Textarea
          label={needsReason ? t('socialAid.fields.reason') : t('socialAid.fields.note')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          required={needsReason}
          autosize
          minRows={2}
          maxLength={1000}
          error={serverFieldError(mutation.error, 'reason')}
          data-testid="aid-step-text"
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
          {blocked ? t('common.close') : t('common.cancel')}
        </Button>
        {!blocked && (
          <Button
            loading={mutation.isPending}
            disabled={needsReason && text.trim().length < 3}
            color={needsReason ? 'red' : undefined}
            onClick={() =>
              mutation.mutate({ aid: step.aid, action: action() }, { onSuccess: () => onDone({ name: step.name }) })
            }
            data-testid="aid-step-submit"
          >
            {t(`socialAid.actions.${step.name}`)}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
