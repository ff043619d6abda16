import type { InclusionProposal } from '@atensi/contracts';
import { Alert, Button, Code, Group, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCheck, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PaginationBar } from '../../components/PaginationBar';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { DecideProposalModal, type MatchingPerson, RecordStatusModal } from './DtksResultModals';
import { dtksPageSize, useDtksChecks, useInclusionProposals } from './dtks.api';

type Person = MatchingPerson;

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
