import type { CreateBeneficiaryInput, Guardian } from '@atensi/contracts';
import { Alert, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  oneOf,
  type useDisabilityOptions,
  type useEducationOptions,
  type useEmploymentOptions,
  type useMaritalStatusOptions,
} from './beneficiary-labels';

/** Fields the server may name in its answer (`body.<field>`), each shown under its input. */
export const BENEFICIARY_FORM_FIELDS = [
  'nik',
  'noNikReason',
  'kk',
  'fullName',
  'aliases',
  'sex',
  'birthDate',
  'birthPlace',
  'regionCode',
  'address',
  'phone',
  'guardian',
  'guardian.name',
  'guardian.relationship',
  'guardian.phone',
  'education',
  'employment',
  'maritalStatus',
  'disabilities',
] as const;
type Relationship = Guardian['relationship'];
export type BeneficiaryFormField = (typeof BENEFICIARY_FORM_FIELDS)[number];
/** The problem to show under a field (the form's own check once saving was tried, or the server's), or none. */
type Shown = (field: BeneficiaryFormField) => ReactNode;

/** One titled part of the registration form. */
export function FormSection({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid={testId}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

export type GuardianFields = { name: string; relationship: Relationship | null; phone: string };

/** The guardian: required for a minor (from the birth date), optional otherwise, all or nothing once started. */
export function GuardianSection(props: {
  value: GuardianFields;
  onChange: (value: GuardianFields) => void;
  isMinor: boolean;
  isRequired: boolean;
  relationshipOptions: { value: Relationship; label: string }[];
  shown: Shown;
}) {
  const { t } = useTranslation();
  const { value, onChange, shown, isRequired, relationshipOptions } = props;
  return (
    <FormSection title={t('beneficiaries.form.sections.guardian')} testId="section-guardian">
      {props.isMinor ? (
        <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />} data-testid="guardian-required">
          {t('beneficiaries.form.guardianRequired')}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('beneficiaries.form.guardianOptional')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('beneficiaries.fields.guardianName')}
          value={value.name}
          onChange={(event) => onChange({ ...value, name: event.currentTarget.value })}
          required={isRequired}
          maxLength={120}
          autoComplete="off"
          error={shown('guardian.name') ?? shown('guardian')}
          data-testid="beneficiary-guardian-name"
        />
        <Select
          label={t('beneficiaries.fields.guardianRelationship')}
          data={relationshipOptions}
          value={value.relationship}
          onChange={(picked) =>
            onChange({
              ...value,
              relationship: oneOf(
                relationshipOptions.map((option) => option.value),
                picked,
              ),
            })
          }
          required={isRequired}
          clearable
          error={shown('guardian.relationship')}
          comboboxProps={{ withinPortal: true }}
          data-testid="beneficiary-guardian-relationship"
        />
        <TextInput
          type="tel"
          label={t('beneficiaries.fields.guardianPhone')}
          value={value.phone}
          onChange={(event) => onChange({ ...value, phone: event.currentTarget.value })}
          autoComplete="off"
          error={shown('guardian.phone')}
          data-testid="beneficiary-guardian-phone"
        />
      </SimpleGrid>
    </FormSection>
  );
}

export type SocialFields = {
  education: string | null;
  employment: string | null;
  maritalStatus: string | null;
  disabilities: string[];
};

/** Education, work, marital status and disabilities: optional, each from the programme's own list. */
export function SocialSection(props: {
  value: SocialFields;
  onChange: (value: SocialFields) => void;
  options: SocialOptions;
  shown: Shown;
}) {
  const { t } = useTranslation();
  const { value, onChange, options, shown } = props;
  const single = (field: 'education' | 'employment' | 'maritalStatus', testId: string) => (
    <Select
      label={t(`beneficiaries.fields.${field}`)}
      data={options[field]}
      value={value[field]}
      onChange={(picked) => onChange({ ...value, [field]: picked })}
      clearable
      error={shown(field)}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
  return (
    <FormSection title={t('beneficiaries.form.sections.social')} testId="section-social">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {single('education', 'beneficiary-education')}
        {single('employment', 'beneficiary-employment')}
        {single('maritalStatus', 'beneficiary-marital-status')}
        <MultiSelect
          label={t('beneficiaries.fields.disabilities')}
          data={options.disabilities}
          value={value.disabilities}
          onChange={(picked) => onChange({ ...value, disabilities: picked })}
          clearable
          error={shown('disabilities')}
          comboboxProps={{ withinPortal: true }}
          data-testid="beneficiary-disabilities"
        />
      </SimpleGrid>
    </FormSection>
  );
}

type SocialOptions = {
  education: ReturnType<typeof useEducationOptions>;
  employment: ReturnType<typeof useEmploymentOptions>;
  maritalStatus: ReturnType<typeof useMaritalStatusOptions>;
  disabilities: ReturnType<typeof useDisabilityOptions>;
};

/** The social fields as the registration sends them: only values of the lists, nothing for what was left empty. */
export function socialInput(
  social: SocialFields,
  options: SocialOptions,
): Pick<CreateBeneficiaryInput, 'education' | 'employment' | 'maritalStatus' | 'disabilities'> {
  const pick = <T extends string>(list: { value: T }[], value: string | null) =>
    oneOf(
      list.map((option) => option.value),
      value,
    );
  const education = pick(options.education, social.education);
  const employment = pick(options.employment, social.employment);
  const maritalStatus = pick(options.maritalStatus, social.maritalStatus);
  const disabilities = options.disabilities
    .map((option) => option.value)
    .filter((value) => social.disabilities.includes(value));
  return {
    ...(education ? { education } : {}),
    ...(employment ? { employment } : {}),
    ...(maritalStatus ? { maritalStatus } : {}),
    ...(disabilities.length > 0 ? { disabilities } : {}),
  };
}
