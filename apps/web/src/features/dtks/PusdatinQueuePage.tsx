import { type DtksCheck, DtksMethod, DtksResult, type InclusionProposal } from '@atensi/contracts';
import {
  Alert,
  Button,
  Code,
  Group,
  Modal,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCheck, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PaginationBar } from '../../components/PaginationBar';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { serverFieldError } from '../../lib/field-errors';
import { formatDate, formatDateTime, todayInJakarta } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { oneOf } from '../beneficiaries/beneficiary-labels';
import { dtksPageSize, useDecideProposal, useDtksChecks, useInclusionProposals, useRecordDtksStatus } from './dtks.api';

type Person = Pick<DtksCheck, 'beneficiaryId' | 'nik' | 'fullName' | 'birthDate' | 'regionCode' | 'regionName'>;

/**
 * Pusdatin's work: people waiting for a DTKS check and proposals for inclusion in DTKS, with only what matching
 * needs (NIK, name, birth date, region); the result is recorded by hand until automated matching exists.
 */
export function PusdatinQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('dtks.queue.title') }));
  const [tab, setTab] = useState<string | null>('checks');
  const [recording, setRecording] = useState<Person | null>(null);
  const [deciding, setDeciding] = useState<InclusionProposal | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Stack gap="lg" maw={1300}>
      <Stack gap={4}>
        <Title order={1} data-testid="page-title">
          {t('dtks.queue.title')}
        </Title>
        <Text c="dimmed">{t('dtks.queue.description')}</Text>
      </Stack>
      <Alert color="gray" variant="light" icon={<IconShieldLock aria-hidden />}>
        {t('dtks.queue.privacy')}
      </Alert>
      {notice && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck aria-hidden />}
          withCloseButton
          onClose={() => setNotice(null)}
          role="status"
          data-testid="dtks-notice"
        >
          {notice}
        </Alert>
      )}
      <Paper withBorder radius="md">
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List px="sm" pt="xs">
            <Tabs.Tab value="checks" data-testid="tab-checks">
              {t('dtks.queue.checks')}
            </Tabs.Tab>
            <Tabs.Tab value="resolved" data-testid="tab-resolved">
              {t('dtks.queue.resolved')}
            </Tabs.Tab>
            <Tabs.Tab value="proposals" data-testid="tab-proposals">
              {t('dtks.queue.proposals')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="checks" p="md">
            <ChecksTable state="open" onRecord={setRecording} />
          </Tabs.Panel>
          <Tabs.Panel value="resolved" p="md">
            <ChecksTable state="resolved" onRecord={null} />
          </Tabs.Panel>
          <Tabs.Panel value="proposals" p="md">
            <ProposalsTable onDecide={setDeciding} onRecord={setRecording} />
          </Tabs.Panel>
        </Tabs>
      </Paper>
      <RecordStatusModal
        person={recording}
        onClose={() => setRecording(null)}
        onDone={() => {
          setRecording(null);
          setNotice(t('dtks.record.done'));
        }}
      />
      <DecideProposalModal
        proposal={deciding}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          setNotice(t('dtks.decide.done'));
        }}
      />
    </Stack>
  );
}

function PersonCells({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <>
      <Table.Td>
        {person.nik ? (
          <Code data-testid="dtks-nik">{person.nik}</Code>
        ) : (
          <Text size="sm" c="dimmed">
            {t('dtks.queue.noNik')}
          </Text>
        )}
      </Table.Td>
      <Table.Td data-testid="dtks-name">{person.fullName}</Table.Td>
      <Table.Td>{formatDate(person.birthDate, language)}</Table.Td>
      <Table.Td>
        <Text size="sm">{person.regionName ?? '—'}</Text>
        <Text size="xs" c="dimmed">
          {person.regionCode}
        </Text>
      </Table.Td>
    </>
  );
}

function ChecksTable({ state, onRecord }: { state: 'open' | 'resolved'; onRecord: ((person: Person) => void) | null }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [page, setPage] = useState(1);
  const checks = useDtksChecks(state, page);
  if (checks.isError) return <QueryErrorAlert error={checks.error} onRetry={() => void checks.refetch()} />;
  if (!checks.data) return null;
  if (checks.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="dtks-checks-empty">
        {t('dtks.queue.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="xs" data-testid="dtks-checks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>NIK</Table.Th>
              <Table.Th>{t('dtks.queue.name')}</Table.Th>
              <Table.Th>{t('dtks.queue.birthDate')}</Table.Th>
              <Table.Th>{t('dtks.queue.region')}</Table.Th>
              <Table.Th>{state === 'open' ? t('dtks.queue.requestedAt') : t('dtks.queue.result')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {checks.data.items.map((check) => (
              <Table.Tr key={check.id} data-testid="dtks-check">
                <PersonCells person={check} />
                <Table.Td>
                  {state === 'open' ? (
                    <Stack gap={0}>
                      <Text size="sm">{formatDateTime(check.requestedAt, language)}</Text>
                      <Text size="xs" c="dimmed">
                        {t(`dtks.reasons.${check.reason}`)}
                      </Text>
                    </Stack>
                  ) : (
                    check.resolvedStatus && t(`dtks.statuses.${check.resolvedStatus}`)
                  )}
                </Table.Td>
                <Table.Td>
                  {onRecord && (
                    <Button size="xs" onClick={() => onRecord(check)} data-testid="dtks-record">
                      {t('dtks.record.open')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PaginationBar page={page} pageSize={dtksPageSize} total={checks.data.total} onChange={setPage} />
    </Stack>
  );
}

function ProposalsTable({
  onDecide,
  onRecord,
}: {
  onDecide: (proposal: InclusionProposal) => void;
  onRecord: (person: Person) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [page, setPage] = useState(1);
  const proposals = useInclusionProposals(page);
  if (proposals.isError) return <QueryErrorAlert error={proposals.error} onRetry={() => void proposals.refetch()} />;
  if (!proposals.data) return null;
  if (proposals.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="dtks-proposals-empty">
        {t('dtks.queue.noProposals')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="xs" data-testid="dtks-proposals">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>NIK</Table.Th>
              <Table.Th>{t('dtks.queue.name')}</Table.Th>
              <Table.Th>{t('dtks.queue.birthDate')}</Table.Th>
              <Table.Th>{t('dtks.queue.region')}</Table.Th>
              <Table.Th>{t('dtks.queue.proposedAt')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {proposals.data.items.map((proposal) => (
              <Table.Tr key={proposal.id} data-testid="dtks-proposal" data-status={proposal.status}>
                <PersonCells person={proposal} />
                <Table.Td>
                  <Text size="sm">{formatDateTime(proposal.proposedAt, language)}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`dtks.proposalStatuses.${proposal.status}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" onClick={() => onDecide(proposal)} data-testid="dtks-decide">
                      {t('dtks.decide.open')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => onRecord(proposal)}>
                      {t('dtks.record.open')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PaginationBar page={page} pageSize={dtksPageSize} total={proposals.data.total} onChange={setPage} />
    </Stack>
  );
}

function RecordStatusModal({
  person,
  onClose,
  onDone,
}: {
  person: Person | null;
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

function RecordStatusForm({ person, onClose, onDone }: { person: Person; onClose: () => void; onDone: () => void }) {
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

function DecideProposalModal({
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
