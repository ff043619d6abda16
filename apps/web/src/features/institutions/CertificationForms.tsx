import {
  AccreditationGrade,
  DesignationMinistry,
  type InstitutionDetail,
  type RequirementStatus,
} from '@atensi/contracts';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { todayInJakarta } from '../../lib/format';
import { type CertificationChange, useCertificationChange } from './institutions.api';

type Grade = (typeof AccreditationGrade.options)[number];

export type CertificationForm =
  | { kind: 'designation' }
  | { kind: 'accreditation' }
  | { kind: 'suspend' }
  | { kind: 'requirement'; status: RequirementStatus };

interface CertificationModalProps {
  institution: InstitutionDetail;
  form: CertificationForm | null;
  onClose: () => void;
  onDone: (form: CertificationForm) => void;
}

/** The forms of the certification tab, one modal: each records one change and answers the new detail. */
export function CertificationModal({ institution, form, onClose, onDone }: CertificationModalProps) {
  const { t } = useTranslation();
  const titles: Record<CertificationForm['kind'], string> = {
    designation: t('institutions.designations.add'),
    accreditation: t('institutions.accreditations.add'),
    suspend: t('institutions.suspensions.suspend'),
    requirement: t('institutions.requirements.edit'),
  };
  return (
    <Modal opened={form !== null} onClose={onClose} title={form ? titles[form.kind] : ''} size="lg" centered>
      {form && <CertificationFormBody institution={institution} form={form} onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

function CertificationFormBody({
  institution,
  form,
  onCancel,
  onDone,
}: {
  institution: InstitutionDetail;
  form: CertificationForm;
  onCancel: () => void;
  onDone: (form: CertificationForm) => void;
}) {
  const change = useCertificationChange(institution.id);
  const send = (next: CertificationChange) => change.mutate(next, { onSuccess: () => onDone(form) });
  const shell = (fields: readonly string[], body: ReactNode, onSubmit: () => boolean) => (
    <FormShell
      error={change.error}
      isError={change.isError && !isPlacedInFields(change.error, fields)}
      isPending={change.isPending}
      onCancel={onCancel}
      onSubmit={onSubmit}
    >
      {body}
    </FormShell>
  );
  switch (form.kind) {
    case 'designation':
      return <DesignationFields error={change.error} shell={shell} send={send} />;
    case 'accreditation':
      return <AccreditationFields error={change.error} shell={shell} send={send} />;
    case 'suspend':
      return <SuspendFields error={change.error} shell={shell} send={send} />;
    case 'requirement':
      return <RequirementFields status={form.status} error={change.error} shell={shell} send={send} />;
    default: {
      const unknown: never = form;
      throw new Error(`unknown form ${String(unknown)}`);
    }
  }
}

type Shell = (fields: readonly string[], body: ReactNode, onSubmit: () => boolean) => ReactNode;
interface FieldsProps {
  error: unknown;
  shell: Shell;
  send: (change: CertificationChange) => void;
}

function FormShell({
  error,
  isError,
  isPending,
  onCancel,
  onSubmit,
  children,
}: {
  error: unknown;
  isError: boolean;
  isPending: boolean;
  onCancel: () => void;
  onSubmit: () => boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="certification-form">
      <Stack gap="sm">
        {isError && <QueryErrorAlert error={error} />}
        {children}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isPending} data-testid="certification-submit">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function useSubmitted() {
  const [isSubmitted, setIsSubmitted] = useState(false);
  return { isSubmitted, markSubmitted: () => setIsSubmitted(true) };
}

function DesignationFields({ error, shell, send }: FieldsProps) {
  const { t } = useTranslation();
  const { isSubmitted, markSubmitted } = useSubmitted();
  const [decreeNumber, setDecreeNumber] = useState('');
  const [decreeDate, setDecreeDate] = useState(todayInJakarta());
  const [ministry, setMinistry] = useState<DesignationMinistry>('kemensos');
  const problems = {
    decreeNumber: decreeNumber.trim().length < 3 ? t('institutions.form.minThree') : null,
    decreeDate: decreeDate === '' ? t('institutions.form.required') : null,
  };
  const shown = (field: keyof typeof problems) =>
    (isSubmitted ? problems[field] : null) ?? serverFieldError(error, field);
  return shell(
    ['decreeNumber', 'decreeDate', 'ministry'],
    <>
      <TextInput
        label={t('institutions.designations.decreeNumber')}
        value={decreeNumber}
        onChange={(event) => setDecreeNumber(event.currentTarget.value)}
        required
        data-autofocus
        error={shown('decreeNumber')}
        data-testid="designation-number"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={t('institutions.designations.decreeDate')}
          value={decreeDate}
          onChange={(event) => setDecreeDate(event.currentTarget.value)}
          required
          error={shown('decreeDate')}
          data-testid="designation-date"
        />
        <Select
          label={t('institutions.designations.ministry')}
          data={DesignationMinistry.options.map((value) => ({
            value,
            label: t(`institutions.designations.ministries.${value}`),
          }))}
          value={ministry}
          onChange={(value) => {
            const parsed = DesignationMinistry.safeParse(value);
            if (parsed.success) setMinistry(parsed.data);
          }}
          allowDeselect={false}
          error={serverFieldError(error, 'ministry')}
          comboboxProps={{ withinPortal: true }}
          data-testid="designation-ministry"
        />
      </SimpleGrid>
    </>,
    () => {
      markSubmitted();
      if (Object.values(problems).some(Boolean)) return false;
      send({ kind: 'designation', input: { decreeNumber: decreeNumber.trim(), decreeDate, ministry } });
      return true;
    },
  );
}

function AccreditationFields({ error, shell, send }: FieldsProps) {
  const { t } = useTranslation();
  const { isSubmitted, markSubmitted } = useSubmitted();
  const [grade, setGrade] = useState<Grade | null>(null);
  const [issuer, setIssuer] = useState('');
  const [certificateNumber, setCertificateNumber] = useState('');
  const [validFrom, setValidFrom] = useState(todayInJakarta());
  const [validUntil, setValidUntil] = useState('');
  const problems = {
    grade: grade === null ? t('institutions.form.required') : null,
    issuer: issuer.trim().length < 2 ? t('institutions.form.minTwo') : null,
    certificateNumber: null,
    validFrom: validFrom === '' ? t('institutions.form.required') : null,
    validUntil:
      validUntil === ''
        ? t('institutions.form.required')
        : validFrom !== '' && validUntil < validFrom
          ? t('institutions.form.periodOrder')
          : null,
  };
  const shown = (field: keyof typeof problems) =>
    (isSubmitted ? problems[field] : null) ?? serverFieldError(error, field);
  return shell(
    Object.keys(problems),
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('institutions.accreditations.grade')}
          data={AccreditationGrade.options}
          value={grade}
          onChange={(value) => {
            const parsed = AccreditationGrade.safeParse(value);
            setGrade(parsed.success ? parsed.data : null);
          }}
          required
          error={shown('grade')}
          comboboxProps={{ withinPortal: true }}
          data-testid="accreditation-grade"
        />
        <TextInput
          label={t('institutions.accreditations.certificateNumber')}
          value={certificateNumber}
          onChange={(event) => setCertificateNumber(event.currentTarget.value)}
          error={shown('certificateNumber')}
          data-testid="accreditation-number"
        />
      </SimpleGrid>
      <TextInput
        label={t('institutions.accreditations.issuer')}
        placeholder={t('institutions.accreditations.issuerPlaceholder')}
        value={issuer}
        onChange={(event) => setIssuer(event.currentTarget.value)}
        required
        error={shown('issuer')}
        data-testid="accreditation-issuer"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={t('institutions.accreditations.validFrom')}
          value={validFrom}
          onChange={(event) => setValidFrom(event.currentTarget.value)}
          required
          error={shown('validFrom')}
          data-testid="accreditation-valid-from"
        />
        <TextInput
          type="date"
          label={t('institutions.accreditations.validUntil')}
          value={validUntil}
          onChange={(event) => setValidUntil(event.currentTarget.value)}
          required
          error={shown('validUntil')}
          data-testid="accreditation-valid-until"
        />
      </SimpleGrid>
    </>,
    () => {
      markSubmitted();
      if (Object.values(problems).some(Boolean) || grade === null) return false;
      send({
        kind: 'accreditation',
        input: {
          grade,
          issuer: issuer.trim(),
          certificateNumber: certificateNumber.trim() === '' ? null : certificateNumber.trim(),
          validFrom,
          validUntil,
        },
      });
      return true;
    },
  );
}

function SuspendFields({ error, shell, send }: FieldsProps) {
  const { t } = useTranslation();
  const { isSubmitted, markSubmitted } = useSubmitted();
  const [reason, setReason] = useState('');
  const [suspendedOn, setSuspendedOn] = useState(todayInJakarta());
  const problems = {
    reason: reason.trim().length < 3 ? t('institutions.form.minThree') : null,
    suspendedOn: suspendedOn === '' ? t('institutions.form.required') : null,
  };
  const shown = (field: keyof typeof problems) =>
    (isSubmitted ? problems[field] : null) ?? serverFieldError(error, field);
  return shell(
    Object.keys(problems),
    <>
      <Textarea
        label={t('institutions.suspensions.reason')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={500}
        required
        data-autofocus
        error={shown('reason')}
        data-testid="suspension-reason"
      />
      <TextInput
        type="date"
        label={t('institutions.suspensions.suspendedOn')}
        value={suspendedOn}
        onChange={(event) => setSuspendedOn(event.currentTarget.value)}
        required
        error={shown('suspendedOn')}
        data-testid="suspension-date"
      />
    </>,
    () => {
      markSubmitted();
      if (Object.values(problems).some(Boolean)) return false;
      send({ kind: 'suspend', input: { reason: reason.trim(), suspendedOn } });
      return true;
    },
  );
}

function RequirementFields({ status, error, shell, send }: FieldsProps & { status: RequirementStatus }) {
  const { t } = useTranslation();
  const [met, setMet] = useState(status.met);
  const [evidence, setEvidence] = useState(status.evidence ?? '');
  return shell(
    ['met', 'evidence'],
    <>
      <Switch
        label={t(`institutions.requirements.items.${status.requirement}`)}
        description={met ? t('institutions.requirements.met') : t('institutions.requirements.notMet')}
        checked={met}
        onChange={(event) => setMet(event.currentTarget.checked)}
        data-testid="requirement-met"
      />
      <Textarea
        label={t('institutions.requirements.evidence')}
        description={t('institutions.requirements.evidenceHint')}
        value={evidence}
        onChange={(event) => setEvidence(event.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={500}
        error={serverFieldError(error, 'evidence')}
        data-testid="requirement-evidence"
      />
    </>,
    () => {
      send({
        kind: 'requirement',
        requirement: status.requirement,
        input: { met, evidence: evidence.trim() === '' ? null : evidence.trim() },
      });
      return true;
    },
  );
}
