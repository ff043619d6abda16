import { CertificationLevel, type Staff, StaffCertificationType } from '@atensi/contracts';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { todayInJakarta } from '../../lib/format';
import { useAddStaffCertification } from './workforce.api';

const fields = ['type', 'level', 'issuer', 'certificateNumber', 'issuedOn', 'validUntil'] as const;
type Field = (typeof fields)[number];

/** The certificate of a person's own profession is the one that counts (a social worker's from LSPS...). */
const defaultTypeOf: Partial<Record<Staff['role'], StaffCertificationType>> = {
  pekerja_sosial: 'pekerja_sosial',
  konselor_adiksi: 'konselor_adiksi',
  psikolog: 'psikolog',
  tenaga_medis: 'tenaga_medis',
};

/** Adds a certificate to a staff member. */
export function StaffCertificationModal({
  member,
  onClose,
  onDone,
}: {
  member: Staff | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={member !== null} onClose={onClose} title={t('staff.certificates.add')} size="lg" centered>
      {member && <CertificationForm member={member} onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

function CertificationForm({ member, onCancel, onDone }: { member: Staff; onCancel: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddStaffCertification();
  const [type, setType] = useState<StaffCertificationType | null>(defaultTypeOf[member.role] ?? null);
  const [level, setLevel] = useState<CertificationLevel | null>(null);
  const [issuer, setIssuer] = useState('');
  const [certificateNumber, setCertificateNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState(todayInJakarta());
  const [validUntil, setValidUntil] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);

  const problems: Record<Field, string | null> = {
    type: type === null ? t('staff.form.required') : null,
    level: null,
    issuer: issuer.trim().length < 2 ? t('staff.form.issuerRule') : null,
    certificateNumber: null,
    issuedOn: issuedOn === '' ? t('staff.form.required') : null,
    validUntil: validUntil !== '' && validUntil < issuedOn ? t('staff.form.periodOrder') : null,
  };
  const shown = (field: Field) => (isSubmitted ? problems[field] : null) ?? serverFieldError(add.error, field);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some(Boolean) || type === null) return;
    add.mutate(
      {
        staffId: member.id,
        input: {
          type,
          level,
          issuer: issuer.trim(),
          certificateNumber: certificateNumber.trim() === '' ? null : certificateNumber.trim(),
          issuedOn,
          validUntil: validUntil === '' ? null : validUntil,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="staff-certification-form">
      <Stack gap="sm">
        {add.isError && !isPlacedInFields(add.error, fields) && <QueryErrorAlert error={add.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('staff.certificates.type')}
            data={StaffCertificationType.options.map((value) => ({
              value,
              label: t(`staff.certificates.types.${value}`),
            }))}
            value={type}
            onChange={(value) => {
              const parsed = StaffCertificationType.safeParse(value);
              setType(parsed.success ? parsed.data : null);
            }}
            allowDeselect={false}
            required
            error={shown('type')}
            comboboxProps={{ withinPortal: true }}
            data-testid="certificate-type"
          />
          <Select
            label={t('staff.certificates.level')}
            data={CertificationLevel.options.map((value) => ({
              value,
              label: t(`staff.certificates.levels.${value}`),
            }))}
            value={level}
            onChange={(value) => {
              const parsed = CertificationLevel.safeParse(value);
              setLevel(parsed.success ? parsed.data : null);
            }}
            clearable
            error={shown('level')}
            comboboxProps={{ withinPortal: true }}
            data-testid="certificate-level"
          />
          <TextInput
            label={t('staff.certificates.issuer')}
            placeholder={t('staff.certificates.issuerPlaceholder')}
            value={issuer}
            onChange={(event) => setIssuer(event.currentTarget.value)}
            required
            error={shown('issuer')}
            data-testid="certificate-issuer"
          />
          <TextInput
            label={t('staff.certificates.number')}
            value={certificateNumber}
            onChange={(event) => setCertificateNumber(event.currentTarget.value)}
            error={shown('certificateNumber')}
            data-testid="certificate-number"
          />
          <TextInput
            type="date"
            label={t('staff.certificates.issuedOn')}
            value={issuedOn}
            onChange={(event) => setIssuedOn(event.currentTarget.value)}
            required
            error={shown('issuedOn')}
            data-testid="certificate-issued-on"
          />
          <TextInput
            type="date"
            label={t('staff.certificates.validUntil')}
            description={t('staff.certificates.validUntilHint')}
            value={validUntil}
            onChange={(event) => setValidUntil(event.currentTarget.value)}
            error={shown('validUntil')}
            data-testid="certificate-valid-until"
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={add.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending} data-testid="certificate-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
