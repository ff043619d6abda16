import type { InstitutionDetail } from '@atensi/contracts';
import { Alert, Anchor, Badge, Button, Code, Group, Paper, Stack, Tabs, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconCheck, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import type { Tagged } from '../../lib/api';
import { withParams } from '../../lib/search-params';
import { InstitutionSupervisionTab } from '../activities/InstitutionSupervisionTab';
import { useCan, useCanAt } from '../auth/current-user';
import { CaseloadTab } from '../caseload/CaseloadTab';
import { InstitutionServicesTab } from '../service-delivery/InstitutionServicesTab';
import { InstitutionStaffTab } from '../workforce/InstitutionStaffTab';
import { CertificationTab } from './CertificationTab';
import { HistoryTab } from './HistoryTab';
import { InstitutionFormModal } from './InstitutionFormModal';
import { InstitutionProfile } from './InstitutionProfile';
import { CertificationBadge } from './institution-labels';
import { useInstitution } from './institutions.api';
import { PartnershipsTab } from './PartnershipsTab';

const tabs = [
  'profile',
  'certification',
  'history',
  'partnerships',
  'staff',
  'caseload',
  'services',
  'supervision',
] as const;
type Tab = (typeof tabs)[number];

/** Balai, Loka and IPWL hold cases: they have a caseload and are supervised. */
function holdsCasesOf(type: string): boolean {
  return type === 'balai' || type === 'loka' || type === 'ipwl';
}

function isTab(value: unknown): value is Tab {
  return typeof value === 'string' && (tabs as readonly string[]).includes(value);
}

/** One institution: profile, certification, history, partnerships and staff, each on its own tab. */
export function InstitutionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useInstitution(id);
  useDocumentTitle(t('app.documentTitle', { page: query.data?.data.name ?? t('institutions.title') }));

  return (
    <Stack gap="lg" maw={1400}>
      <Anchor component={Link} to="/institutions" size="sm" data-testid="institution-back">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('institutions.back')}
        </Group>
      </Anchor>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <InstitutionView tagged={query.data} onReload={() => void query.refetch()} isReloading={query.isFetching} />
      )}
    </Stack>
  );
}

function InstitutionView({
  tagged,
  onReload,
  isReloading,
}: {
  tagged: Tagged<InstitutionDetail>;
  onReload: () => void;
  isReloading: boolean;
}) {
  const { t } = useTranslation();
  const institution = tagged.data;
  const [searchParams, setSearchParams] = useSearchParams();
  const tabParam = searchParams.get('tab');
  const canReadStaff = useCan('workforce:read');
  const canReadServices = useCan('services:summary');
  const canReadSupervision = useCan('activities:read') && holdsCasesOf(institution.type);
  const canEdit = useCanAt('institutions:edit', institution.id);
  const [isEditing, setIsEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Caseload concerns the institutions that hold cases: Balai, Loka and IPWL.
  const showsCaseload = canReadStaff && holdsCasesOf(institution.type);
  const tab: Tab =
    isTab(tabParam) &&
    (tabParam !== 'staff' || canReadStaff) &&
    (tabParam !== 'caseload' || showsCaseload) &&
    (tabParam !== 'services' || canReadServices) &&
    (tabParam !== 'supervision' || canReadSupervision)
      ? tabParam
      : 'profile';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6}>
          <Title order={1} data-testid="page-title">
            {institution.name}
          </Title>
          <Group gap="xs">
            <Code data-testid="institution-code-shown">{institution.code}</Code>
            <Badge variant="outline" color="gray">
              {t(`institutions.types.${institution.type}`)}
            </Badge>
            <CertificationBadge status={institution.certificationStatus} />
            {!institution.isActive && (
              <Badge color="gray" variant="filled">
                {t('institutions.inactive')}
              </Badge>
            )}
          </Group>
        </Stack>
        {canEdit && (
          <Button
            variant="light"
            style={{ flexShrink: 0 }}
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => {
              setNotice(null);
              setIsEditing(true);
            }}
            data-testid="institution-edit"
          >
            {t('institutions.edit.open')}
          </Button>
        )}
      </Group>

      {notice && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck aria-hidden />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
          role="status"
          data-testid="institution-notice"
        >
          {notice}
        </Alert>
      )}

      {!institution.canAdmitCases && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('institutions.admission.blockedTitle')}
          data-testid="admission-blocked"
        >
          {t(`institutions.admission.reasons.${institution.admissionBlockedReason ?? 'not_certified'}`)}
        </Alert>
      )}

      <Paper withBorder radius="md">
        <Tabs
          value={tab}
          onChange={(value) =>
            setSearchParams((current) => withParams(current, { tab: value === 'profile' ? null : value }), {
              replace: true,
            })
          }
          keepMounted={false}
        >
          <Tabs.List px="sm" pt="xs">
            <Tabs.Tab value="profile" data-testid="tab-profile">
              {t('institutions.tabs.profile')}
            </Tabs.Tab>
            <Tabs.Tab value="certification" data-testid="tab-certification">
              {t('institutions.tabs.certification')}
            </Tabs.Tab>
            <Tabs.Tab value="history" data-testid="tab-history">
              {t('institutions.tabs.history')}
            </Tabs.Tab>
            <Tabs.Tab value="partnerships" data-testid="tab-partnerships">
              {t('institutions.tabs.partnerships')}
            </Tabs.Tab>
            {canReadStaff && (
              <Tabs.Tab value="staff" data-testid="tab-staff">
                {t('institutions.tabs.staff', { count: institution.staffCount })}
              </Tabs.Tab>
            )}
            {showsCaseload && (
              <Tabs.Tab value="caseload" data-testid="tab-caseload">
                {t('institutions.tabs.caseload')}
              </Tabs.Tab>
            )}
            {canReadServices && (
              <Tabs.Tab value="services" data-testid="tab-services">
                {t('services.summary.tab')}
              </Tabs.Tab>
            )}
            {canReadSupervision && (
              <Tabs.Tab value="supervision" data-testid="tab-supervision">
                {t('activities.nav.supervisionTab')}
              </Tabs.Tab>
            )}
          </Tabs.List>
          <Tabs.Panel value="profile" p="md">
            <InstitutionProfile institution={institution} />
          </Tabs.Panel>
          <Tabs.Panel value="certification" p="md">
            <CertificationTab institution={institution} />
          </Tabs.Panel>
          <Tabs.Panel value="history" p="md">
            <HistoryTab institution={institution} />
          </Tabs.Panel>
          <Tabs.Panel value="partnerships" p="md">
            <PartnershipsTab institution={institution} />
          </Tabs.Panel>
          {canReadStaff && (
            <Tabs.Panel value="staff" p="md">
              <InstitutionStaffTab institution={institution} />
            </Tabs.Panel>
          )}
          {showsCaseload && (
            <Tabs.Panel value="caseload" p="md">
              <CaseloadTab institution={institution} />
            </Tabs.Panel>
          )}
          {canReadServices && (
            <Tabs.Panel value="services" p="md">
              <InstitutionServicesTab institution={institution} />
            </Tabs.Panel>
          )}
          {canReadSupervision && (
            <Tabs.Panel value="supervision" p="md">
              <InstitutionSupervisionTab institutionId={institution.id} />
            </Tabs.Panel>
          )}
        </Tabs>
      </Paper>

      <InstitutionFormModal
        mode={isEditing ? { kind: 'edit', tagged, onReload, isReloading } : null}
        onClose={() => setIsEditing(false)}
        onSaved={() => {
          setIsEditing(false);
          setNotice(t('institutions.edit.done'));
        }}
      />
    </Stack>
  );
}
