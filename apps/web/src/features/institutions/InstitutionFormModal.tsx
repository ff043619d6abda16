import {
  AtensiComponent,
  type CreateInstitutionInput,
  type InstitutionDetail,
  InstitutionType,
  ServiceSetting,
  type UpdateInstitutionInput,
} from '@atensi/contracts';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError, type Tagged } from '../../lib/api';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { isEmail, isInstitutionCode, isPhone, isRegionCode } from '../../lib/form-rules';
import { todayInJakarta } from '../../lib/format';
import { isNational, useCurrentUser } from '../auth/current-user';
import { InstitutionSelect } from './InstitutionSelect';
import { isInstitutionType } from './institution-filter';
import { allowedParentTypes, useComponentLabel } from './institution-labels';
import { useCreateInstitution, useUpdateInstitution } from './institutions.api';

export type InstitutionFormMode =
  | { kind: 'create' }
  | { kind: 'edit'; tagged: Tagged<InstitutionDetail>; onReload: () => void; isReloading: boolean };

interface InstitutionFormModalProps {
  mode: InstitutionFormMode | null;
  onClose: () => void;
  onSaved: (institution: InstitutionDetail) => void;
}

const fields = [
  'code',
  'name',
  'type',
  'parentId',
  'regionCode',
  'address',
  'phone',
  'email',
  'capacityResidential',
  'capacityOutpatient',
  'components',
  'settings',
  'validFrom',
  'changeReason',
  'effectiveOn',
  'closedOn',
] as const;
type Field = (typeof fields)[number];

/** Registers an institution, or edits one with `If-Match` (a stale version answers 409: load the latest). */
export function InstitutionFormModal({ mode, onClose, onSaved }: InstitutionFormModalProps) {
  const { t } = useTranslation();
  const title = mode?.kind === 'edit' ? t('institutions.edit.title') : t('institutions.create.title');
  return (
    <Modal opened={mode !== null} onClose={onClose} title={title} size="xl" centered>
      {mode?.kind === 'create' && <InstitutionForm mode={mode} onCancel={onClose} onSaved={onSaved} />}
      {mode?.kind === 'edit' && (
        // A new version (after "load the latest") starts the form again from it.
        <InstitutionForm
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
const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));

function InstitutionForm({
  mode,
  onCancel,
  onSaved,
}: {
  mode: InstitutionFormMode;
  onCancel: () => void;
  onSaved: (institution: InstitutionDetail) => void;
}) {
  const { t } = useTranslation();
  const componentLabel = useComponentLabel();
  const me = useCurrentUser();
  const national = isNational(me);
  const create = useCreateInstitution();
  const update = useUpdateInstitution();
  const current = mode.kind === 'edit' ? mode.tagged.data : null;
  const mutation = mode.kind === 'edit' ? update : create;

  const [code, setCode] = useState('');
  const [name, setName] = useState(current?.name ?? '');
  const [type, setType] = useState<InstitutionType | null>(current?.type ?? null);
  const [parentId, setParentId] = useState<string | null>(current?.parentId ?? null);
  const [regionCode, setRegionCode] = useState(current?.regionCode ?? '');
  const [address, setAddress] = useState(current?.address ?? '');
  const [phone, setPhone] = useState(current?.phone ?? '');
  const [email, setEmail] = useState(current?.email ?? '');
  const [capacityResidential, setCapacityResidential] = useState<number | string>(current?.capacityResidential ?? '');
  const [capacityOutpatient, setCapacityOutpatient] = useState<number | string>(current?.capacityOutpatient ?? '');
  const [components, setComponents] = useState<string[]>(current?.components ?? []);
  const [settings, setSettings] = useState<string[]>(current?.settings ?? []);
  const [validFrom, setValidFrom] = useState(todayInJakarta());
  const [changeReason, setChangeReason] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(todayInJakarta());
  const [closedOn, setClosedOn] = useState(current?.closedOn ?? '');
  const [isSubmitted, setIsSubmitted] = useState(false);

  const nameChanges = current !== null && name.trim() !== current.name;
  const parentChanges = current !== null && national && parentId !== current.parentId;
  const asksReason = nameChanges || parentChanges;
  const parentTypes = type ? allowedParentTypes[type] : [];

  const problems: Record<Field, string | null> = {
    code: mode.kind === 'create' && !isInstitutionCode(code) ? t('institutions.form.codeRule') : null,
    name: name.trim().length < 3 ? t('institutions.form.nameRule') : null,
    type: type === null ? t('institutions.form.required') : null,
    parentId: null,
    regionCode: regionCode.trim() !== '' && !isRegionCode(regionCode) ? t('institutions.form.regionRule') : null,
    address: null,
    phone: phone.trim() !== '' && !isPhone(phone) ? t('institutions.form.phoneRule') : null,
    email: email.trim() !== '' && !isEmail(email) ? t('institutions.form.emailRule') : null,
    capacityResidential: null,
    capacityOutpatient: null,
    components: null,
    settings: null,
    validFrom: mode.kind === 'create' && validFrom === '' ? t('institutions.form.required') : null,
    changeReason: asksReason && changeReason.trim().length < 3 ? t('institutions.form.reasonRule') : null,
    effectiveOn: asksReason && effectiveOn === '' ? t('institutions.form.required') : null,
    closedOn: null,
  };
  const shown = (field: Field) => (isSubmitted ? problems[field] : null) ?? serverFieldError(mutation.error, field);
  const isConflict = mutation.error instanceof ApiError && mutation.error.code === 'conflict';
  const isCodeTaken = mode.kind === 'create' && isConflict;
  const isStale = mode.kind === 'edit' && isConflict;

  const profile = {
    regionCode: emptyToNull(regionCode),
    address: emptyToNull(address),
    phone: emptyToNull(phone),
    email: emptyToNull(email),
    capacityResidential: numberOrNull(capacityResidential),
    capacityOutpatient: numberOrNull(capacityOutpatient),
    components: components.filter((value): value is AtensiComponent => AtensiComponent.safeParse(value).success),
    settings: settings.filter((value): value is ServiceSetting => ServiceSetting.safeParse(value).success),
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some((problem) => problem !== null)) return;
    if (mode.kind === 'create') {
      if (type === null) return;
      const input: CreateInstitutionInput = {
        code: code.trim().toUpperCase(),
        name: name.trim(),
        type,
        parentId,
        validFrom,
        ...profile,
      };
      create.mutate(input, { onSuccess: onSaved });
      return;
    }
    const institution = mode.tagged.data;
    const input: UpdateInstitutionInput = {
      ...profile,
      ...(nameChanges ? { name: name.trim() } : {}),
      // Parent changes and closing belong to national roles: a manager does not send them at all.
      ...(parentChanges ? { parentId } : {}),
      ...(asksReason ? { changeReason: changeReason.trim(), effectiveOn } : {}),
      ...(national && (closedOn || null) !== institution.closedOn ? { closedOn: closedOn || null } : {}),
    };
    update.mutate(
      { id: institution.id, etag: mode.tagged.etag ?? `"${institution.version}"`, input },
      { onSuccess: onSaved },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="institution-form">
      <Stack gap="sm">
        {isStale && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('institutions.edit.conflictTitle')}
            role="alert"
            data-testid="institution-conflict"
          >
            <Text size="sm">{mutation.error instanceof ApiError ? mutation.error.message : ''}</Text>
            <Text size="sm" mt={4}>
              {t('institutions.edit.conflictHint')}
            </Text>
            {mode.kind === 'edit' && (
              <Button
                size="xs"
                variant="white"
                color="orange"
                mt="sm"
                onClick={mode.onReload}
                loading={mode.isReloading}
                data-testid="institution-reload"
              >
                {t('institutions.edit.reload')}
              </Button>
            )}
          </Alert>
        )}
        {mutation.isError && !isConflict && !isPlacedInFields(mutation.error, fields) && (
          <QueryErrorAlert error={mutation.error} />
        )}
        {current && (
          <Text size="sm" c="dimmed">
            {t('institutions.edit.of', { code: current.code })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {mode.kind === 'create' && (
            <TextInput
              label={t('institutions.fields.code')}
              description={t('institutions.form.codeRule')}
              value={code}
              onChange={(event) => setCode(event.currentTarget.value.toUpperCase())}
              required
              data-autofocus
              autoComplete="off"
              spellCheck={false}
              error={
                shown('code') ?? (isCodeTaken && mutation.error instanceof ApiError ? mutation.error.message : null)
              }
              data-testid="institution-code"
            />
          )}
          {mode.kind === 'create' && (
            <Select
              label={t('institutions.fields.type')}
              data={InstitutionType.options.map((value) => ({ value, label: t(`institutions.types.${value}`) }))}
              value={type}
              onChange={(value) => {
                setType(isInstitutionType(value) ? value : null);
                setParentId(null);
              }}
              allowDeselect={false}
              required
              error={shown('type')}
              comboboxProps={{ withinPortal: true }}
              data-testid="institution-type"
            />
          )}
          <TextInput
            label={t('institutions.fields.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            error={shown('name')}
            data-testid="institution-name"
          />
          {national && parentTypes.length > 0 && (
            <InstitutionSelect
              label={t('institutions.fields.parent')}
              value={parentId}
              onChange={setParentId}
              types={parentTypes}
              excludeId={current?.id}
              error={shown('parentId')}
              testId="institution-parent"
            />
          )}
        </SimpleGrid>
        {asksReason && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" data-testid="institution-change">
            <TextInput
              label={t('institutions.fields.changeReason')}
              description={t('institutions.form.changeReasonHint')}
              value={changeReason}
              onChange={(event) => setChangeReason(event.currentTarget.value)}
              required
              error={shown('changeReason')}
              data-testid="institution-change-reason"
            />
            <TextInput
              type="date"
              label={t('institutions.fields.effectiveOn')}
              value={effectiveOn}
              onChange={(event) => setEffectiveOn(event.currentTarget.value)}
              required
              error={shown('effectiveOn')}
              data-testid="institution-effective-on"
            />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('institutions.fields.regionCode')}
            description={t('institutions.form.regionHint')}
            value={regionCode}
            onChange={(event) => setRegionCode(event.currentTarget.value)}
            error={shown('regionCode')}
            data-testid="institution-region"
          />
          <TextInput
            label={t('institutions.fields.phone')}
            value={phone}
            onChange={(event) => setPhone(event.currentTarget.value)}
            type="tel"
            error={shown('phone')}
            data-testid="institution-phone"
          />
          <TextInput
            label={t('institutions.fields.email')}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            type="email"
            error={shown('email')}
            data-testid="institution-email"
          />
        </SimpleGrid>
        <Textarea
          label={t('institutions.fields.address')}
          value={address}
          onChange={(event) => setAddress(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={500}
          error={shown('address')}
          data-testid="institution-address"
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput
            label={t('institutions.fields.capacityResidential')}
            value={capacityResidential}
            onChange={setCapacityResidential}
            min={0}
            max={100_000}
            allowDecimal={false}
            allowNegative={false}
            error={shown('capacityResidential')}
            data-testid="institution-capacity-residential"
          />
          <NumberInput
            label={t('institutions.fields.capacityOutpatient')}
            value={capacityOutpatient}
            onChange={setCapacityOutpatient}
            min={0}
            max={100_000}
            allowDecimal={false}
            allowNegative={false}
            error={shown('capacityOutpatient')}
            data-testid="institution-capacity-outpatient"
          />
          {mode.kind === 'create' && (
            <TextInput
              type="date"
              label={t('institutions.fields.validFrom')}
              value={validFrom}
              onChange={(event) => setValidFrom(event.currentTarget.value)}
              required
              error={shown('validFrom')}
              data-testid="institution-valid-from"
            />
          )}
          {mode.kind === 'edit' && national && (
            <TextInput
              type="date"
              label={t('institutions.fields.closedOn')}
              description={t('institutions.form.closedOnHint')}
              value={closedOn}
              onChange={(event) => setClosedOn(event.currentTarget.value)}
              error={shown('closedOn')}
              data-testid="institution-closed-on"
            />
          )}
        </SimpleGrid>
        <Checkbox.Group
          label={t('institutions.fields.components')}
          value={components}
          onChange={setComponents}
          error={shown('components')}
          data-testid="institution-components"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
            {AtensiComponent.options.map((component) => (
              <Checkbox key={component} value={component} label={componentLabel(component)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group
          label={t('institutions.fields.settings')}
          value={settings}
          onChange={setSettings}
          error={shown('settings')}
          data-testid="institution-settings"
        >
          <Group gap="md" mt={6}>
            {ServiceSetting.options.map((setting) => (
              <Checkbox key={setting} value={setting} label={t(`institutions.settings.${setting}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={isStale} data-testid="institution-submit">
            {mode.kind === 'create' ? t('institutions.create.submit') : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
