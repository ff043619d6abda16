import type { Beneficiary } from '@atensi/contracts';
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconArrowMerge,
  IconCheck,
  IconFileAlert,
  IconGitMerge,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { PaginationBar } from '../../components/PaginationBar';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { withParams } from '../../lib/search-params';
import { useCan } from '../auth/current-user';
import { CaseTable } from '../cases/CaseTable';
import { isRunning } from '../cases/case-labels';
import { useCaseList } from '../cases/cases.api';
import { OpenCaseForm } from '../cases/OpenCaseForm';
import { ConsentsTab } from '../consents/ConsentsTab';
import { DisclosuresTab } from '../consents/DisclosuresTab';
import { useBeneficiary } from './beneficiaries.api';
import { MergeBeneficiaryModal } from './MergeBeneficiaryModal';

/** One person: the full record (the NIK unmasked, here only), their cases, and opening a new one. */
export function BeneficiaryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useBeneficiary(id);
  // The person's name stays out of the document title: it would land in the browser history.
  useDocumentTitle(t('app.documentTitle', { page: t('beneficiaries.title') }));
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to="/beneficiaries" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('beneficiaries.detail.back')}
        </Group>
      </Anchor>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <BeneficiaryView key={query.data.id} person={query.data} />}
    </Stack>
  );
}

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  const isEmpty = children === null || children === undefined || children === '';
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {isEmpty ? (
          <Text span c="dimmed" size="sm">
            {t('institutions.notRecorded')}
          </Text>
        ) : (
          children
        )}
      </Text>
    </Stack>
  );
}

function registeredNotice(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'registered' in state && state.registered === true;
}

/** Arriving from a referral refused for want of consent: open the consent form, and offer the way back. */
function consentRequest(state: unknown): { giveConsent: boolean; returnToCase: string | null } {
  if (typeof state !== 'object' || state === null) return { giveConsent: false, returnToCase: null };
  const giveConsent = 'giveConsent' in state && state.giveConsent === true;
  const returnToCase = 'returnToCase' in state && typeof state.returnToCase === 'string' ? state.returnToCase : null;
  return { giveConsent, returnToCase };
}

const casePageSize = 20;
const recordTabs = ['consents', 'disclosures'] as const;
type RecordTab = (typeof recordTabs)[number];

function BeneficiaryView({ person }: { person: Beneficiary }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const location = useLocation();
  const navigate = useNavigate();
  const canWrite = useCan('beneficiaries:write');
  const canMerge = useCan('beneficiaries:merge');
  const [searchParams, setSearchParams] = useSearchParams();
  const [casePage, setCasePage] = useState(1);
  const [isMerging, setIsMerging] = useState(false);
  const [isMerged, setIsMerged] = useState(false);
  const request = consentRequest(location.state);
  const tab: RecordTab = searchParams.get('tab') === 'disclosures' ? 'disclosures' : 'consents';
  const cases = useCaseList({ beneficiaryId: person.id, page: casePage, pageSize: casePageSize });
  // The running case is on the first page: the API lists the most recent first.
  const hasRunningCase = cases.data?.items.some((item) => isRunning(item.status)) ?? false;
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : null);

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start">
          <Title order={1} data-testid="page-title">
            {person.fullName}
          </Title>
          {canMerge && person.mergedIntoId === null && (
            <Button
              variant="default"
              leftSection={<IconGitMerge size={16} aria-hidden />}
              onClick={() => {
                setIsMerged(false);
                setIsMerging(true);
              }}
              data-testid="beneficiary-merge"
            >
              {t('merge.action')}
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Badge variant="outline" color="gray" tt="none">
            {t(`beneficiaries.sexes.${person.sex}`)}
          </Badge>
          <Badge variant="outline" color="gray" tt="none">
            {t('beneficiaries.detail.ageYears', { count: person.age })}
          </Badge>
          {person.needsDocuments && (
            <Badge
              color="orange"
              variant="light"
              tt="none"
              leftSection={<IconFileAlert size={12} aria-hidden />}
              data-testid="needs-documents"
            >
              {t('beneficiaries.detail.needsDocuments')}
            </Badge>
          )}
        </Group>
      </Stack>

      {person.mergedIntoId && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconArrowMerge aria-hidden />}
          title={t('merge.foldedTitle')}
          data-testid="beneficiary-merged"
        >
          <Text size="sm">{t('merge.folded')}</Text>
          <Anchor
            component={Link}
            to={`/beneficiaries/${person.mergedIntoId}`}
            size="sm"
            data-testid="merged-into-link"
          >
            {t('merge.openKept')}
          </Anchor>
        </Alert>
      )}
      {isMerged && (
        <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} role="status" data-testid="merge-done">
          {t('merge.done')}
        </Alert>
      )}
      {registeredNotice(location.state) && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck aria-hidden />}
          role="status"
          data-testid="beneficiary-notice"
        >
          {t('beneficiaries.detail.registered')}
        </Alert>
      )}
      {person.warnings.includes('guardian_required') && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="guardian-warning">
          {t('beneficiaries.detail.guardianRequired')}
        </Alert>
      )}

      <Paper withBorder p="md" radius="md" component="section" data-testid="beneficiary-profile">
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('beneficiaries.detail.identity')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {person.nik ? (
              <Field label={t('beneficiaries.fields.nik')} testId="beneficiary-nik-full">
                <Text span ff="monospace" size="sm">
                  {person.nik}
                </Text>
              </Field>
            ) : (
              <Field label={t('beneficiaries.fields.noNikReason')} testId="beneficiary-no-nik-reason-shown">
                {person.noNikReason}
              </Field>
            )}
            <Field label={t('beneficiaries.fields.kk')}>
              {person.kk && (
                <Text span ff="monospace" size="sm">
                  {person.kk}
                </Text>
              )}
            </Field>
            <Field label={t('beneficiaries.fields.aliases')}>{list(person.aliases)}</Field>
            <Field label={t('beneficiaries.fields.birthDate')}>{formatDate(person.birthDate, language)}</Field>
            <Field label={t('beneficiaries.fields.birthPlace')}>{person.birthPlace}</Field>
            <Field label={t('beneficiaries.fields.createdAt')}>{formatDate(person.createdAt, language)}</Field>
          </SimpleGrid>

          <Title order={2} size="h3">
            {t('beneficiaries.detail.contact')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            <Field label={t('beneficiaries.fields.region')}>
              <Anchor component={Link} to={`/regions/${person.regionCode}`} size="sm">
                {person.regionPath ?? person.regionCode}
              </Anchor>
            </Field>
            <Field label={t('beneficiaries.fields.address')}>{person.address}</Field>
            <Field label={t('beneficiaries.fields.phone')}>{person.phone}</Field>
          </SimpleGrid>

          <Title order={2} size="h3">
            {t('beneficiaries.detail.guardian')}
          </Title>
          {person.guardian ? (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="beneficiary-guardian">
              <Field label={t('beneficiaries.fields.guardianName')}>{person.guardian.name}</Field>
              <Field label={t('beneficiaries.fields.guardianRelationship')}>
                {t(`beneficiaries.relationships.${person.guardian.relationship}`)}
              </Field>
              <Field label={t('beneficiaries.fields.guardianPhone')}>{person.guardian.phone ?? null}</Field>
            </SimpleGrid>
          ) : (
            <Text size="sm" c="dimmed">
              {t('beneficiaries.detail.noGuardian')}
            </Text>
          )}

          <Title order={2} size="h3">
            {t('beneficiaries.detail.social')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
            <Field label={t('beneficiaries.fields.education')}>
              {person.education && t(`beneficiaries.educations.${person.education}`)}
            </Field>
            <Field label={t('beneficiaries.fields.employment')}>
              {person.employment && t(`beneficiaries.employments.${person.employment}`)}
            </Field>
            <Field label={t('beneficiaries.fields.maritalStatus')}>
              {person.maritalStatus && t(`beneficiaries.maritalStatuses.${person.maritalStatus}`)}
            </Field>
            <Field label={t('beneficiaries.fields.disabilities')}>
              {person.disabilities.length > 0
                ? person.disabilities.map((value) => t(`beneficiaries.disabilityTypes.${value}`)).join(', ')
                : t('beneficiaries.detail.none')}
            </Field>
          </SimpleGrid>
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" data-testid="beneficiary-cases">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('beneficiaries.detail.cases')}
          </Title>
          {cases.isPending && <LoadingState />}
          {cases.isError && <QueryErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />}
          {cases.data && cases.data.items.length === 0 && (
            <Text size="sm" c="dimmed" data-testid="beneficiary-cases-empty">
              {t('beneficiaries.detail.casesEmpty')}
            </Text>
          )}
          {cases.data && cases.data.items.length > 0 && (
            <CaseTable items={cases.data.items} isStale={cases.isPlaceholderData} withBeneficiary={false} />
          )}
          {cases.data && cases.data.total > casePageSize && (
            <PaginationBar page={casePage} pageSize={casePageSize} total={cases.data.total} onChange={setCasePage} />
          )}
          {canWrite && cases.data && hasRunningCase && (
            <Text size="sm" c="dimmed" data-testid="case-running">
              {t('beneficiaries.openCase.running')}
            </Text>
          )}
        </Stack>
      </Paper>

      {canWrite && cases.data && !hasRunningCase && person.mergedIntoId === null && (
        <OpenCaseForm
          beneficiaryId={person.id}
          onOpened={(opened) => void navigate(`/cases/${opened.id}`, { state: { opened: true } })}
        />
      )}

      <Paper withBorder radius="md" component="section">
        <Tabs
          value={tab}
          onChange={(value) =>
            setSearchParams((current) => withParams(current, { tab: value === 'disclosures' ? value : null }), {
              replace: true,
              state: location.state,
            })
          }
          keepMounted={false}
        >
          <Tabs.List px="sm" pt="xs">
            <Tabs.Tab value="consents" data-testid="tab-consents">
              {t('consents.title')}
            </Tabs.Tab>
            <Tabs.Tab value="disclosures" data-testid="tab-disclosures">
              {t('disclosures.title')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="consents" p="md">
            <ConsentsTab
              beneficiaryId={person.id}
              canWrite={canWrite && person.mergedIntoId === null}
              startGiving={request.giveConsent}
              returnToCase={request.returnToCase}
            />
          </Tabs.Panel>
          <Tabs.Panel value="disclosures" p="md">
            <DisclosuresTab beneficiaryId={person.id} />
          </Tabs.Panel>
        </Tabs>
      </Paper>

      <MergeBeneficiaryModal
        opened={isMerging}
        keep={person}
        onClose={() => setIsMerging(false)}
        onMerged={() => {
          setIsMerging(false);
          setIsMerged(true);
        }}
      />
    </Stack>
  );
}
