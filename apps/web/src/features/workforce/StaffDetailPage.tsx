import type { Staff, StaffCertification } from '@atensi/contracts';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconCheck, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import type { Tagged } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCanAt } from '../auth/current-user';
import { StaffCertificationModal } from './StaffCertificationModal';
import { StaffFormModal } from './StaffFormModal';
import { StaffCertificationBadge, useStaffRoleLabel } from './staff-labels';
import { useRemoveStaffCertification, useStaffMember } from './workforce.api';

/** One staff member: who they are, where they work, and their certificates. */
export function StaffDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useStaffMember(id);
  useDocumentTitle(t('app.documentTitle', { page: query.data?.data.fullName ?? t('staff.title') }));
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to="/staff" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('staff.back')}
        </Group>
      </Anchor>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <StaffView tagged={query.data} onReload={() => void query.refetch()} isReloading={query.isFetching} />
      )}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children ?? (
          <Text span c="dimmed" size="sm">
            {t('institutions.notRecorded')}
          </Text>
        )}
      </Text>
    </Stack>
  );
}

function StaffView({
  tagged,
  onReload,
  isReloading,
}: {
  tagged: Tagged<Staff>;
  onReload: () => void;
  isReloading: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const roleLabel = useStaffRoleLabel();
  const member = tagged.data;
  const canManage = useCanAt('workforce:manage', member.institutionId);
  const remove = useRemoveStaffCertification();
  const [isEditing, setIsEditing] = useState(false);
  const [isAdding, setIsAdding] = useState(false);
  const [removing, setRemoving] = useState<StaffCertification | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const day = (value: string) => formatDate(value, language);
  const closeRemove = () => {
    setRemoving(null);
    remove.reset();
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6}>
          <Title order={1} data-testid="page-title">
            {member.fullName}
          </Title>
          <Group gap="xs">
            <Badge variant="outline" color="gray" tt="none">
              {roleLabel(member.role)}
            </Badge>
            <StaffCertificationBadge status={member.certificationStatus} />
            {!member.isEmployed && (
              <Badge color="gray" variant="filled">
                {t('staff.former')}
              </Badge>
            )}
          </Group>
        </Stack>
        {canManage && (
          <Button
            variant="light"
            style={{ flexShrink: 0 }}
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => {
              setNotice(null);
              setIsEditing(true);
            }}
            data-testid="staff-edit"
          >
            {t('staff.edit.open')}
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
          data-testid="staff-notice"
        >
          {notice}
        </Alert>
      )}

      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <Field label={t('staff.fields.institution')}>
            <Anchor component={Link} to={`/institutions/${member.institutionId}`}>
              {member.institutionName}
            </Anchor>
          </Field>
          <Field label={t('staff.fields.nik')}>{member.nik}</Field>
          <Field label={t('staff.fields.phone')}>{member.phone}</Field>
          <Field label={t('staff.fields.email')}>{member.email}</Field>
          <Field label={t('staff.fields.employedFrom')}>{day(member.employedFrom)}</Field>
          <Field label={t('staff.fields.employedUntil')}>
            {member.employedUntil ? day(member.employedUntil) : null}
          </Field>
        </SimpleGrid>
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" data-testid="staff-certificates">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h3">
              {t('staff.certificates.title')}
            </Title>
            {canManage && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => {
                  setNotice(null);
                  setIsAdding(true);
                }}
                data-testid="certificate-add"
              >
                {t('staff.certificates.add')}
              </Button>
            )}
          </Group>
          {member.certifications.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="certificates-empty">
              {t('staff.certificates.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="xs" aria-label={t('staff.certificates.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('staff.certificates.type')}</Table.Th>
                    <Table.Th>{t('staff.certificates.level')}</Table.Th>
                    <Table.Th>{t('staff.certificates.issuer')}</Table.Th>
                    <Table.Th>{t('staff.certificates.number')}</Table.Th>
                    <Table.Th>{t('staff.certificates.issuedOn')}</Table.Th>
                    <Table.Th>{t('staff.certificates.validUntil')}</Table.Th>
                    <Table.Th>{t('staff.fields.certification')}</Table.Th>
                    {canManage && <Table.Th w={50} />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {member.certifications.map((certification) => (
                    <Table.Tr key={certification.id} data-testid="certificate-row">
                      <Table.Td>{t(`staff.certificates.types.${certification.type}`)}</Table.Td>
                      <Table.Td>
                        {certification.level ? t(`staff.certificates.levels.${certification.level}`) : '—'}
                      </Table.Td>
                      <Table.Td>{certification.issuer}</Table.Td>
                      <Table.Td>{certification.certificateNumber ?? '—'}</Table.Td>
                      <Table.Td>{day(certification.issuedOn)}</Table.Td>
                      <Table.Td>
                        {certification.validUntil ? day(certification.validUntil) : t('staff.certificates.noEnd')}
                      </Table.Td>
                      <Table.Td>
                        <StaffCertificationBadge status={certification.status} />
                      </Table.Td>
                      {canManage && (
                        <Table.Td>
                          <Tooltip label={t('staff.certificates.remove')}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              onClick={() => {
                                setNotice(null);
                                setRemoving(certification);
                              }}
                              aria-label={t('staff.certificates.remove')}
                              data-testid="certificate-remove"
                            >
                              <IconTrash size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Paper>

      <StaffFormModal
        mode={isEditing ? { kind: 'edit', tagged, onReload, isReloading } : null}
        onClose={() => setIsEditing(false)}
        onSaved={() => {
          setIsEditing(false);
          setNotice(t('staff.edit.done'));
        }}
      />
      <StaffCertificationModal
        member={isAdding ? member : null}
        onClose={() => setIsAdding(false)}
        onDone={() => {
          setIsAdding(false);
          setNotice(t('staff.certificates.added'));
        }}
      />
      <ConfirmModal
        opened={removing !== null}
        title={t('staff.certificates.removeTitle')}
        message={t('staff.certificates.removeMessage', {
          number: removing?.certificateNumber ?? removing?.issuer ?? '',
          name: member.fullName,
        })}
        confirmLabel={t('staff.certificates.remove')}
        isDangerous
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(
            { staffId: member.id, certificationId: removing.id },
            {
              onSuccess: () => {
                closeRemove();
                setNotice(t('staff.certificates.removed'));
              },
            },
          );
        }}
        onClose={closeRemove}
      />
    </Stack>
  );
}
