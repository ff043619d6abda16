import { type DtksCheck, DtksMethod, DtksResult, type InclusionProposal } from '@atensi/contracts';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { serverFieldError } from '../../lib/field-errors';
import { todayInJakarta } from '../../lib/format';
import { oneOf } from '../beneficiaries/beneficiary-labels';
import { useDecideProposal, useRecordDtksStatus } from './dtks.api';

/** What Pusdatin sees of a person to match them. */
export type MatchingPerson = Pick<
  DtksCheck,
  'beneficiaryId' | 'nik' | 'fullName' | 'birthDate' | 'regionCode' | 'regionName'
>;

// Pusdatin's two forms: the result of a DTKS check, and the follow-up of a proposal for inclusion.

export function RecordStatusModal({
  person,
  onClose,
  onDone,
}: {
  person: MatchingPerson | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={person !== null} onClose={onClose} title={t('dtks.record.title')} centered size="lg">
      {person && <RecordStatusForm person={person} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function RecordStatusForm({
  person,
  onClose,
  onDone,
}: {
  person: MatchingPerson;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordDtksStatus();
  const today = todayInJakarta();
  const [status, setStatus] = useState<DtksResult>('matched');
  const [dtksId, setDtksId] = useState('');
  const [decile, setDecile] = useState<number | ''>('');
  const [method, setMethod] = useState<DtksMethod>(person.nik ? 'nik' : 'name_birth_region');
  const [checkedOn, setCheckedOn] = useState(today);
  const [note, setNote] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const idMissing = status === 'matched' && dtksId.trim() === '';
  return (
    <Stack gap="sm" data-testid="dtks-record-form">
      <Text size="sm">
        <b>{person.fullName}</b> · {person.nik ?? t('dtks.queue.noNik')}
      </Text>
      {record.error ? <QueryErrorAlert error={record.error} /> : null}
      <Radio.Group
        label={t('dtks.record.result')}
        value={status}
        onChange={(value) => {
          const next = oneOf(DtksResult.options, value);
          if (next) setStatus(next);
        }}
      >
        <Stack gap={6} mt={6}>
          {DtksResult.options.map((value) => (
            <Radio key={value} value={value} label={t(`dtks.statuses.${value}`)} data-testid={`dtks-result-${value}`} />
          ))}
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {status === 'matched' && (
          <TextInput
            label={t('dtks.record.dtksId')}
            value={dtksId}
            onChange={(event) => setDtksId(event.currentTarget.value)}
            required
            error={
              (isSubmitted && idMissing ? t('beneficiaries.form.required') : null) ??
              serverFieldError(record.error, 'dtksId')
            }
            data-testid="dtks-id"
          />
        )}
        {status === 'matched' && (
          <NumberInput
            label={t('dtks.record.decile')}
            description={t('dtks.record.decileHint')}
            value={decile}
            min={1}
            max={10}
            allowDecimal={false}
            onChange={(value) => setDecile(typeof value === 'number' ? value : '')}
          />
        )}
        <Select
          label={t('dtks.record.method')}
          data={DtksMethod.options.map((value) => ({ value, label: t(`dtks.methods.${value}`) }))}
          value={method}
          onChange={(value) => {
            const next = oneOf(DtksMethod.options, value);
            if (next) setMethod(next);
          }}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          type="date"
          label={t('dtks.record.checkedOn')}
          value={checkedOn}
          max={today}
          onChange={(event) => setCheckedOn(event.currentTarget.value)}
          error={serverFieldError(record.error, 'checkedOn')}
        />
      </SimpleGrid>
      <Textarea
        label={t('dtks.record.note')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        maxLength={500}
        autosize
        minRows={2}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={record.isPending}>
          {t('common.cancel')}
        </Button>
        <Button
          loading={record.isPending}
          onClick={() => {
            setIsSubmitted(true);
            if (idMissing) return;
            const trimmed = note.trim();
            record.mutate(
              {
                beneficiaryId: person.beneficiaryId,
                input: {
                  status,
                  ...(status === 'matched' ? { dtksId: dtksId.trim() } : {}),
                  ...(status === 'matched' && decile !== '' ? { welfareDecile: decile } : {}),
                  method,
                  checkedOn,
                  ...(trimmed ? { note: trimmed } : {}),
                },
              },
              { onSuccess: onDone },
            );
          }}
          data-testid="dtks-record-submit"
        >
          {t('dtks.record.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

export function DecideProposalModal({
  proposal,
  onClose,
  onDone,
}: {
  proposal: InclusionProposal | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={proposal !== null} onClose={onClose} title={t('dtks.decide.title')} centered>
      {proposal && <DecideForm key={proposal.id} proposal={proposal} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function DecideForm({
  proposal,
  onClose,
  onDone,
}: {
  proposal: InclusionProposal;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const decide = useDecideProposal();
  const outcomes =
    proposal.status === 'open' ? (['submitted', 'included', 'rejected'] as const) : (['included', 'rejected'] as const);
  const [outcome, setOutcome] = useState<(typeof outcomes)[number]>(outcomes[0]);
  const [dtksId, setDtksId] = useState('');
  const [note, setNote] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const idMissing = outcome === 'included' && dtksId.trim() === '';
  return (
    <Stack gap="sm" data-testid="dtks-decide-form">
      <Text size="sm">
        <b>{proposal.fullName}</b> · {proposal.nik ?? t('dtks.queue.noNik')}
      </Text>
      {decide.error ? <QueryErrorAlert error={decide.error} /> : null}
      <Radio.Group
        value={outcome}
        onChange={(value) => {
          const next = outcomes.find((candidate) => candidate === value);
          if (next) setOutcome(next);
        }}
        label={t('dtks.decide.outcome')}
      >
        <Stack gap={6} mt={6}>
          {outcomes.map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`dtks.proposalStatuses.${value}`)}
              data-testid={`dtks-decide-${value}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      {outcome === 'included' && (
        <TextInput
          label={t('dtks.record.dtksId')}
          value={dtksId}
          onChange={(event) => setDtksId(event.currentTarget.value)}
          required
          error={
            (isSubmitted && idMissing ? t('beneficiaries.form.required') : null) ??
            serverFieldError(decide.error, 'dtksId')
          }
          data-testid="dtks-decide-id"
        />
      )}
      <Textarea
        label={t('dtks.record.note')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        maxLength={500}
        autosize
        minRows={2}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          loading={decide.isPending}
          onClick={() => {
            setIsSubmitted(true);
            if (idMissing) return;
            const trimmed = note.trim();
            decide.mutate(
              {
                proposal,
                input: {
                  outcome,
                  ...(outcome === 'included' ? { dtksId: dtksId.trim() } : {}),
                  ...(trimmed ? { note: trimmed } : {}),
                },
              },
              { onSuccess: onDone },
            );
          }}
          data-testid="dtks-decide-submit"
        >
          {t('dtks.decide.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
