import type { CreateStaffInput, Staff, StaffRole, UpdateStaffInput } from '@atensi/contracts';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError, type Tagged } from '../../lib/api';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { isEmail, isNik, isPhone } from '../../lib/form-rules';
import { todayInJakarta } from '../../lib/format';
import { isNational, useCurrentUser } from '../auth/current-user';
import { InstitutionSelect } from '../institutions/InstitutionSelect';
import { isStaffRole } from './staff-filter';
import { useStaffRoleOptions } from './staff-labels';
import { useCreateStaff, useUpdateStaff } from './workforce.api';

export type StaffFormMode =
  | { kind: 'create'; institutionId?: string | undefined }
  | { kind: 'edit'; tagged: Tagged<Staff>; onReload: () => void; isReloading: boolean };

const fields = ['institutionId', 'fullName', 'nik', 'role', 'phone', 'email', 'employedFrom', 'employedUntil'] as const;
type Field = (typeof fields)[number];

/** Registers a staff member, or edits one with `If-Match` (a stale version answers 409: load the latest). */
export function StaffFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: StaffFormMode | null;
  onClose: () => void;
  onSaved: (member: Staff) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={mode !== null}
      onClose={onClose}
      title={mode?.kind === 'edit' ? t('staff.edit.title') : t('staff.create.title')}
      size="lg"
      centered
    >
      {mode?.kind === 'create' && <StaffForm mode={mode} onCancel={onClose} onSaved={onSaved} />}
      {mode?.kind === 'edit' && (
        <StaffForm
          key={`${mode.tagged.data.id}:${mode.tagged.etag ?? mode.tagged.data.version}`}
          mode={mode}
          onCancel={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

const emptyToNull = (value: string) => (value.trim() === '' ? null : value.trim());

function StaffForm({
  mode,
  onCancel,
  onSaved,
}: {
  mode: StaffFormMode;
  onCancel: () => void;
  onSaved: (member: Staff) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const roleOptions = useStaffRoleOptions();
  const create = useCreateStaff();
  const update = useUpdateStaff();
  const mutation = mode.kind === 'edit' ? update : create;
  const current = mode.kind === 'edit' ? mode.tagged.data : null;
  // Managers register staff at their own institution only.
  const fixedInstitution =
    mode.kind === 'create' ? (mode.institutionId ?? (isNational(me) ? null : me.institutionId)) : null;

  const [institutionId, setInstitutionId] = useState<string | null>(fixedInstitution);
  const [fullName, setFullName] = useState(current?.fullName ?? '');
  const [nik, setNik] = useState(current?.nik ?? '');
  const [role, setRole] = useState<StaffRole | null>(current?.role ?? null);
  const [phone, setPhone] = useState(current?.phone ?? '');
  const [email, setEmail] = useState(current?.email ?? '');
  const [employedFrom, setEmployedFrom] = useState(current?.employedFrom ?? todayInJakarta());
  const [employedUntil, setEmployedUntil] = useState(current?.employedUntil ?? '');
  const [isSubmitted, setIsSubmitted] = useState(false);

  const problems: Record<Field, string | null> = {
    institutionId: mode.kind === 'create' && institutionId === null ? t('staff.form.required') : null,
    fullName: fullName.trim().length < 2 ? t('staff.form.nameRule') : null,
    nik: nik.trim() !== '' && !isNik(nik) ? t('staff.form.nikRule') : null,
    role: role === null ? t('staff.form.required') : null,
    phone: phone.trim() !== '' && !isPhone(phone) ? t('staff.form.phoneRule') : null,
    email: email.trim() !== '' && !isEmail(email) ? t('staff.form.emailRule') : null,
    employedFrom: employedFrom === '' ? t('staff.form.required') : null,
    employedUntil: employedUntil !== '' && employedUntil < employedFrom ? t('staff.form.periodOrder') : null,
  };
  const shown = (field: Field) => (isSubmitted ? problems[field] : null) ?? serverFieldError(mutation.error, field);
  const isConflict = mutation.error instanceof ApiError && mutation.error.code === 'conflict';
  // A 409 is a stale version (`reason: 'stale'`: load the latest), or a NIK or account already registered.
  const isStale =
    mode.kind === 'edit' && isConflict && mutation.error instanceof ApiError && mutation.error.reason === 'stale';
  const nikTaken = isConflict && !isStale && mutation.error instanceof ApiError ? mutation.error.message : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some(Boolean) || role === null) return;
    // The API gives the NIK back only to those who may manage the record: an empty field is then "unchanged".
    const nikValue = emptyToNull(nik);
    const common = {
      fullName: fullName.trim(),
      role,
      phone: emptyToNull(phone),
      email: emptyToNull(email),
      employedFrom,
      employedUntil: employedUntil === '' ? null : employedUntil,
    };
    if (mode.kind === 'create') {
      if (institutionId === null) return;
      const input: CreateStaffInput = { institutionId, ...common, nik: nikValue };
      create.mutate(input, { onSuccess: onSaved });
      return;
    }
    const member = mode.tagged.data;
    const input: UpdateStaffInput = { ...common, ...(nikValue !== member.nik ? { nik: nikValue } : {}) };
    update.mutate({ id: member.id, etag: mode.tagged.etag ?? `"${member.version}"`, input }, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="staff-form">
      <Stack gap="sm">
        {isStale && mode.kind === 'edit' && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('staff.edit.conflictTitle')}
            role="alert"
            data-testid="staff-conflict"
          >
            <Text size="sm">{mutation.error instanceof ApiError ? mutation.error.message : ''}</Text>
            <Text size="sm" mt={4}>
              {t('staff.edit.conflictHint')}
            </Text>
            <Button size="xs" variant="white" color="orange" mt="sm" onClick={mode.onReload} loading={mode.isReloading}>
              {t('staff.edit.reload')}
            </Button>
          </Alert>
        )}
        {mutation.isError && !isConflict && !isPlacedInFields(mutation.error, fields) && (
          <QueryErrorAlert error={mutation.error} />
        )}
        {mode.kind === 'create' && (
          <InstitutionSelect
            label={t('staff.fields.institution')}
            value={institutionId}
            onChange={setInstitutionId}
            required
            disabled={fixedInstitution !== null}
            error={shown('institutionId')}
            testId="staff-institution"
          />
        )}
        {current && (
          <Text size="sm" c="dimmed">
            {t('staff.edit.at', { institution: current.institutionName })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('staff.fields.fullName')}
            value={fullName}
            onChange={(event) => setFullName(event.currentTarget.value)}
            required
            data-autofocus
            error={shown('fullName')}
            data-testid="staff-full-name"
          />
          <Select
            label={t('staff.fields.role')}
            data={roleOptions}
            value={role}
            onChange={(value) => setRole(isStaffRole(value) ? value : null)}
            allowDeselect={false}
            required
            error={shown('role')}
            comboboxProps={{ withinPortal: true }}
            data-testid="staff-role"
          />
          <TextInput
            label={t('staff.fields.nik')}
            description={t('staff.form.nikHint')}
            value={nik}
            onChange={(event) => setNik(event.currentTarget.value)}
            inputMode="numeric"
            maxLength={16}
            autoComplete="off"
            error={shown('nik') ?? nikTaken}
            data-testid="staff-nik"
          />
          <TextInput
            label={t('staff.fields.phone')}
            type="tel"
            value={phone}
            onChange={(event) => setPhone(event.currentTarget.value)}
            error={shown('phone')}
            data-testid="staff-phone"
          />
          <TextInput
            label={t('staff.fields.email')}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={shown('email')}
            data-testid="staff-email"
          />
          <TextInput
            type="date"
            label={t('staff.fields.employedFrom')}
            value={employedFrom}
            onChange={(event) => setEmployedFrom(event.currentTarget.value)}
            required
            error={shown('employedFrom')}
            data-testid="staff-employed-from"
          />
          <TextInput
            type="date"
            label={t('staff.fields.employedUntil')}
            description={t('staff.form.employedUntilHint')}
            value={employedUntil}
            onChange={(event) => setEmployedUntil(event.currentTarget.value)}
            error={shown('employedUntil')}
            data-testid="staff-employed-until"
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} data-testid="staff-submit">
            {mode.kind === 'create' ? t('staff.create.submit') : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
