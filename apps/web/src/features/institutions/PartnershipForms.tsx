import type { InstitutionDetail, Partnership } from '@atensi/contracts';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError } from '../../lib/api';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { todayInJakarta } from '../../lib/format';
import { InstitutionSelect } from './InstitutionSelect';
import { partnerTypes, unitTypes } from './institution-labels';
import { useCreatePartnership, useEndPartnership } from './institutions.api';

const createFields = ['unitId', 'partnerId', 'mouNumber', 'scope', 'validFrom', 'validUntil'] as const;

/** Records an MoU from one side: on a unit's page the partner is picked, on a partner's page the unit. */
export function CreatePartnershipModal({
  institution,
  onClose,
  onDone,
}: {
  institution: InstitutionDetail | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={institution !== null}
      onClose={onClose}
      title={t('institutions.partnerships.add')}
      size="lg"
      centered
    >
      {institution && <CreatePartnershipForm institution={institution} onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

function CreatePartnershipForm({
  institution,
  onCancel,
  onDone,
}: {
  institution: InstitutionDetail;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreatePartnership();
  const isUnit = unitTypes.includes(institution.type);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [mouNumber, setMouNumber] = useState('');
  const [scope, setScope] = useState('');
  const [validFrom, setValidFrom] = useState(todayInJakarta());
  const [validUntil, setValidUntil] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const otherField = isUnit ? 'partnerId' : 'unitId';

  const problems: Record<(typeof createFields)[number], string | null> = {
    unitId: !isUnit && otherId === null ? t('institutions.form.required') : null,
    partnerId: isUnit && otherId === null ? t('institutions.form.required') : null,
    mouNumber: mouNumber.trim().length < 3 ? t('institutions.form.minThree') : null,
    scope: null,
    validFrom: validFrom === '' ? t('institutions.form.required') : null,
    validUntil: validUntil !== '' && validUntil < validFrom ? t('institutions.form.periodOrder') : null,
  };
  const shown = (field: (typeof createFields)[number]) =>
    (isSubmitted ? problems[field] : null) ?? serverFieldError(create.error, field);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some(Boolean) || otherId === null) return;
    create.mutate(
      {
        unitId: isUnit ? institution.id : otherId,
        partnerId: isUnit ? otherId : institution.id,
        mouNumber: mouNumber.trim(),
        scope: scope.trim() === '' ? null : scope.trim(),
        validFrom,
        validUntil: validUntil === '' ? null : validUntil,
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="partnership-form">
      <Stack gap="sm">
        {create.isError && !isPlacedInFields(create.error, createFields) && <QueryErrorAlert error={create.error} />}
        <InstitutionSelect
          label={isUnit ? t('institutions.partnerships.partner') : t('institutions.partnerships.unit')}
          value={otherId}
          onChange={setOtherId}
          types={isUnit ? partnerTypes : unitTypes}
          excludeId={institution.id}
          required
          error={shown(otherField)}
          testId="partnership-other"
        />
        <TextInput
          label={t('institutions.partnerships.mouNumber')}
          value={mouNumber}
          onChange={(event) => setMouNumber(event.currentTarget.value)}
          required
          error={shown('mouNumber')}
          data-testid="partnership-mou"
        />
        <Textarea
          label={t('institutions.partnerships.scope')}
          value={scope}
          onChange={(event) => setScope(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={500}
          error={shown('scope')}
          data-testid="partnership-scope"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('institutions.partnerships.validFrom')}
            value={validFrom}
            onChange={(event) => setValidFrom(event.currentTarget.value)}
            required
            error={shown('validFrom')}
            data-testid="partnership-valid-from"
          />
          <TextInput
            type="date"
            label={t('institutions.partnerships.validUntil')}
            description={t('institutions.partnerships.validUntilHint')}
            value={validUntil}
            onChange={(event) => setValidUntil(event.currentTarget.value)}
            error={shown('validUntil')}
            data-testid="partnership-valid-until"
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="partnership-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Ends an MoU on a day, with the version it was read at (`If-Match`); a concurrent change answers 409. */
export function EndPartnershipModal({
  partnership,
  onClose,
  onDone,
}: {
  partnership: Partnership | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={partnership !== null} onClose={onClose} title={t('institutions.partnerships.endTitle')} centered>
      {partnership && <EndPartnershipForm partnership={partnership} onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

function EndPartnershipForm({
  partnership,
  onCancel,
  onDone,
}: {
  partnership: Partnership;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const end = useEndPartnership();
  const [validUntil, setValidUntil] = useState(todayInJakarta());
  const isConflict = end.error instanceof ApiError && end.error.code === 'conflict';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (validUntil === '') return;
    end.mutate({ partnership, validUntil }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="partnership-end-form">
      <Stack gap="sm">
        <Text size="sm">
          {t('institutions.partnerships.endMessage', {
            unit: partnership.unitName,
            partner: partnership.partnerName,
            mou: partnership.mouNumber,
          })}
        </Text>
        {isConflict && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {end.error instanceof ApiError ? end.error.message : ''} {t('institutions.partnerships.conflictHint')}
          </Alert>
        )}
        {end.isError && !isConflict && !isPlacedInFields(end.error, ['validUntil']) && (
          <QueryErrorAlert error={end.error} />
        )}
        <TextInput
          type="date"
          label={t('institutions.partnerships.endOn')}
          value={validUntil}
          onChange={(event) => setValidUntil(event.currentTarget.value)}
          required
          error={
            (validUntil === '' ? t('institutions.form.required') : null) ?? serverFieldError(end.error, 'validUntil')
          }
          data-testid="partnership-end-date"
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={end.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color="red"
            loading={end.isPending}
            disabled={isConflict}
            data-testid="partnership-end-submit"
          >
            {t('institutions.partnerships.end')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
