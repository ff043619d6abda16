import type { InstitutionDetail } from '@atensi/contracts';
import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconPencil, IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCan } from '../auth/current-user';
import { type CertificationForm, CertificationModal } from './CertificationForms';
import { useCertificationChange } from './institutions.api';

function Section({
  title,
  action,
  testId,
  children,
}: {
  title: string;
  action?: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" component="section" data-testid={testId}>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Stack>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

/**
 * Designation decrees, accreditations, suspensions and (IPWL) the requirements checklist; national roles with
 * `certification:manage` record each of them here.
 */
export function CertificationTab({ institution }: { institution: InstitutionDetail }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const canManage = useCan('certification:manage');
  const [form, setForm] = useState<CertificationForm | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isLifting, setIsLifting] = useState(false);
  const lift = useCertificationChange(institution.id);
  const runningSuspension = institution.suspensions.find((suspension) => suspension.liftedOn === null);
  const day = (value: string) => formatDate(value, language);

  const doneMessages: Record<CertificationForm['kind'], string> = {
    designation: t('institutions.designations.done'),
    accreditation: t('institutions.accreditations.done'),
    suspend: t('institutions.suspensions.done'),
    requirement: t('institutions.requirements.done'),
  };
  const open = (next: CertificationForm) => {
    setNotice(null);
    setForm(next);
  };
  const addButton = (label: string, next: CertificationForm, testId: string) =>
    canManage ? (
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => open(next)}
        data-testid={testId}
      >
        {label}
      </Button>
    ) : null;
  const closeLift = () => {
    setIsLifting(false);
    lift.reset();
  };

  return (
    <Stack gap="xl" data-testid="certification-tab">
      {notice && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck aria-hidden />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
          role="status"
          data-testid="certification-notice"
        >
          {notice}
        </Alert>
      )}

      <Section
        title={t('institutions.accreditations.title')}
        action={addButton(t('institutions.accreditations.add'), { kind: 'accreditation' }, 'accreditation-add')}
        testId="accreditations"
      >
        {institution.accreditations.length === 0 ? (
          <Empty>{t('institutions.accreditations.empty')}</Empty>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" aria-label={t('institutions.accreditations.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('institutions.accreditations.grade')}</Table.Th>
                  <Table.Th>{t('institutions.accreditations.issuer')}</Table.Th>
                  <Table.Th>{t('institutions.accreditations.certificateNumber')}</Table.Th>
                  <Table.Th>{t('institutions.accreditations.validFrom')}</Table.Th>
                  <Table.Th>{t('institutions.accreditations.validUntil')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {institution.accreditations.map((accreditation) => (
                  <Table.Tr key={accreditation.id} data-testid="accreditation-row">
                    <Table.Td>
                      <Badge variant="outline">{accreditation.grade}</Badge>
                    </Table.Td>
                    <Table.Td>{accreditation.issuer}</Table.Td>
                    <Table.Td>{accreditation.certificateNumber ?? '—'}</Table.Td>
                    <Table.Td>{day(accreditation.validFrom)}</Table.Td>
                    <Table.Td>{day(accreditation.validUntil)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>

      <Section
        title={t('institutions.designations.title')}
        action={addButton(t('institutions.designations.add'), { kind: 'designation' }, 'designation-add')}
        testId="designations"
      >
        {institution.designations.length === 0 ? (
          <Empty>{t('institutions.designations.empty')}</Empty>
        ) : (
          <Table verticalSpacing="xs" aria-label={t('institutions.designations.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('institutions.designations.decreeNumber')}</Table.Th>
                <Table.Th>{t('institutions.designations.decreeDate')}</Table.Th>
                <Table.Th>{t('institutions.designations.ministry')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {institution.designations.map((designation) => (
                <Table.Tr key={designation.id} data-testid="designation-row">
                  <Table.Td>{designation.decreeNumber}</Table.Td>
                  <Table.Td>{day(designation.decreeDate)}</Table.Td>
                  <Table.Td>{t(`institutions.designations.ministries.${designation.ministry}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <Section
        title={t('institutions.suspensions.title')}
        action={
          canManage &&
          (runningSuspension ? (
            <Button
              size="xs"
              variant="light"
              color="teal"
              onClick={() => {
                setNotice(null);
                setIsLifting(true);
              }}
              data-testid="suspension-lift"
            >
              {t('institutions.suspensions.lift')}
            </Button>
          ) : (
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={() => open({ kind: 'suspend' })}
              data-testid="suspension-add"
            >
              {t('institutions.suspensions.suspend')}
            </Button>
          ))
        }
        testId="suspensions"
      >
        {institution.suspensions.length === 0 ? (
          <Empty>{t('institutions.suspensions.empty')}</Empty>
        ) : (
          <Table verticalSpacing="xs" aria-label={t('institutions.suspensions.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('institutions.suspensions.reason')}</Table.Th>
                <Table.Th>{t('institutions.suspensions.suspendedOn')}</Table.Th>
                <Table.Th>{t('institutions.suspensions.liftedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {institution.suspensions.map((suspension) => (
                <Table.Tr key={suspension.id} data-testid="suspension-row">
                  <Table.Td>{suspension.reason}</Table.Td>
                  <Table.Td>{day(suspension.suspendedOn)}</Table.Td>
                  <Table.Td>
                    {suspension.liftedOn ? (
                      day(suspension.liftedOn)
                    ) : (
                      <Badge color="grape" variant="light">
                        {t('institutions.suspensions.running')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      {institution.type === 'ipwl' && (
        <Section title={t('institutions.requirements.title')} testId="requirements">
          <Text size="sm" c="dimmed">
            {t('institutions.requirements.description')}
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" aria-label={t('institutions.requirements.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('institutions.requirements.requirement')}</Table.Th>
                  <Table.Th>{t('institutions.requirements.state')}</Table.Th>
                  <Table.Th>{t('institutions.requirements.evidence')}</Table.Th>
                  <Table.Th>{t('institutions.requirements.verifiedAt')}</Table.Th>
                  {canManage && <Table.Th w={60} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {institution.requirements.map((status) => (
                  <Table.Tr
                    key={status.requirement}
                    data-testid="requirement-row"
                    data-requirement={status.requirement}
                  >
                    <Table.Td>
                      {t(`institutions.requirements.items.${status.requirement}`)}
                      {status.derived && (
                        <Badge variant="dot" color="gray" ml={6} tt="none">
                          {t('institutions.requirements.derived')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        color={status.met ? 'teal' : 'red'}
                        variant="light"
                        styles={{ root: { minWidth: 'max-content' } }}
                        data-testid="requirement-state"
                      >
                        {status.met ? t('institutions.requirements.met') : t('institutions.requirements.notMet')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{status.evidence ?? '—'}</Table.Td>
                    <Table.Td>{status.verifiedAt ? formatDateTime(status.verifiedAt, language) : '—'}</Table.Td>
                    {canManage && (
                      <Table.Td>
                        {!status.derived && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            leftSection={<IconPencil size={12} aria-hidden />}
                            onClick={() => open({ kind: 'requirement', status })}
                            aria-label={t('institutions.requirements.editNamed', {
                              name: t(`institutions.requirements.items.${status.requirement}`),
                            })}
                            data-testid="requirement-edit"
                          >
                            {t('institutions.requirements.editShort')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Section>
      )}

      <CertificationModal
        institution={institution}
        form={form}
        onClose={() => setForm(null)}
        onDone={(done) => {
          setForm(null);
          setNotice(doneMessages[done.kind]);
        }}
      />
      <ConfirmModal
        opened={isLifting}
        title={t('institutions.suspensions.liftTitle')}
        message={t('institutions.suspensions.liftMessage', { name: institution.name })}
        confirmLabel={t('institutions.suspensions.lift')}
        isPending={lift.isPending}
        error={lift.error}
        onConfirm={() =>
          lift.mutate(
            { kind: 'lift' },
            {
              onSuccess: () => {
                closeLift();
                setNotice(t('institutions.suspensions.liftDone'));
              },
            },
          )
        }
        onClose={closeLift}
      />
    </Stack>
  );
}
