import type { CreateBeneficiaryInput, Sex } from '@atensi/contracts';
import {
  Anchor,
  Button,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError } from '../../lib/api';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { isPhone } from '../../lib/form-rules';
import { todayInJakarta } from '../../lib/format';
import { type RegionPick, RegionSelect } from '../regions/RegionSelect';
import { type DuplicateProbe, useRegisterBeneficiary } from './beneficiaries.api';
import {
  BENEFICIARY_FORM_FIELDS,
  FormSection,
  type GuardianFields,
  GuardianSection,
  type SocialFields,
  SocialSection,
  socialInput,
} from './beneficiary-form-sections';
import {
  useDisabilityOptions,
  useEducationOptions,
  useEmploymentOptions,
  useMaritalStatusOptions,
  useRelationshipOptions,
} from './beneficiary-labels';
import { DuplicateCandidatesPanel } from './DuplicateCandidatesPanel';
import { ageOn, birthDateFromNik, liveNikProblem, normaliseNik, sexFromNik } from './nik-check';

const fields = BENEFICIARY_FORM_FIELDS;
type Field = (typeof fields)[number];

const adultAge = 18;
const nameDebounceMs = 500;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Registers a person: NIK checked as it is typed, possible duplicates shown before saving, a guardian for minors. */
export function RegisterBeneficiaryPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('beneficiaries.form.title') }));
  const navigate = useNavigate();
  const register = useRegisterBeneficiary();
  const socialOptions = {
    education: useEducationOptions(),
    employment: useEmploymentOptions(),
    maritalStatus: useMaritalStatusOptions(),
    disabilities: useDisabilityOptions(),
  };
  const relationshipOptions = useRelationshipOptions();
  const today = todayInJakarta();

  const [nik, setNik] = useState('');
  const [isNikTouched, setIsNikTouched] = useState(false);
  const [hasNoNik, setHasNoNik] = useState(false);
  const [noNikReason, setNoNikReason] = useState('');
  const [kk, setKk] = useState('');
  const [fullName, setFullName] = useState('');
  const [aliases, setAliases] = useState<string[]>([]);
  const [sex, setSex] = useState<Sex | null>(null);
  const [birthDate, setBirthDate] = useState('');
  const [birthPlace, setBirthPlace] = useState('');
  const [region, setRegion] = useState<RegionPick | null>(null);
  const [address, setAddress] = useState('');
  const [phone, setPhone] = useState('');
  const [guardian, setGuardian] = useState<GuardianFields>({ name: '', relationship: null, phone: '' });
  const [social, setSocial] = useState<SocialFields>({
    education: null,
    employment: null,
    maritalStatus: null,
    disabilities: [],
  });
  const [isSubmitted, setIsSubmitted] = useState(false);

  const age = ageOn(birthDate, today);
  const isMinor = age !== null && age < adultAge;
  const hasGuardian = guardian.name.trim() !== '' || guardian.relationship !== null || guardian.phone.trim() !== '';
  const needsGuardian = isMinor || hasGuardian;
  const isBirthDateValid = isoDate.test(birthDate) && birthDate >= '1900-01-01' && birthDate <= today;

  // The NIK is checked as it is typed; the rest once the user tries to save.
  const nikProblem = hasNoNik ? null : liveNikProblem(nik, { sex, birthDate }, isNikTouched || isSubmitted);
  const isNikConsistent =
    !hasNoNik && normaliseNik(nik).length === 16 && nikProblem === null && sex !== null && isBirthDateValid;
  const kkDigits = normaliseNik(kk);
  const problems: Partial<Record<Field, string | null>> = {
    nik: !hasNoNik && normaliseNik(nik) === '' ? t('beneficiaries.form.required') : null,
    noNikReason: hasNoNik && noNikReason.trim().length < 3 ? t('beneficiaries.form.reasonRule') : null,
    kk: kkDigits !== '' && !/^\d{16}$/.test(kkDigits) ? t('beneficiaries.form.kkRule') : null,
    fullName: fullName.trim().length < 2 ? t('beneficiaries.form.nameRule') : null,
    sex: sex === null ? t('beneficiaries.form.required') : null,
    birthDate:
      birthDate === ''
        ? t('beneficiaries.form.required')
        : isBirthDateValid
          ? null
          : t('beneficiaries.form.birthDateRule'),
    regionCode: region === null ? t('beneficiaries.form.required') : null,
    phone: phone.trim() !== '' && !isPhone(phone) ? t('beneficiaries.form.phoneRule') : null,
    'guardian.name': needsGuardian && guardian.name.trim().length < 2 ? t('beneficiaries.form.nameRule') : null,
    'guardian.relationship': needsGuardian && guardian.relationship === null ? t('beneficiaries.form.required') : null,
    'guardian.phone':
      guardian.phone.trim() !== '' && !isPhone(guardian.phone) ? t('beneficiaries.form.phoneRule') : null,
  };
  const hasProblems = nikProblem !== null || Object.values(problems).some(Boolean);
  const shown = (field: Field) => (isSubmitted ? problems[field] : null) ?? serverFieldError(register.error, field);

  // A NIK already registered: a 409 naming the record when the caller may see it.
  const taken =
    register.error instanceof ApiError && register.error.code === 'conflict'
      ? { message: register.error.message, existingId: register.error.contextString('existingId') }
      : null;
  let nikError: ReactNode = (nikProblem ? t(nikProblem) : null) ?? shown('nik');
  if (taken) {
    nikError = (
      <>
        {taken.message}{' '}
        {taken.existingId && (
          <Anchor component={Link} to={`/beneficiaries/${taken.existingId}`} size="xs" data-testid="nik-taken-link">
            {t('beneficiaries.form.openExisting')}
          </Anchor>
        )}
      </>
    );
  }

  // Possible duplicates once name, birth date and region are known; the name is debounced while typed.
  const [debouncedName] = useDebouncedValue(fullName.trim(), nameDebounceMs);
  const probe: DuplicateProbe | null =
    debouncedName.length >= 2 && isBirthDateValid && region !== null
      ? { fullName: debouncedName, birthDate, regionCode: region.code }
      : null;

  const changeNik = (value: string) => {
    setNik(value);
    // A valid NIK holds the sex and the birth date: fill them in when still empty, never over what was typed.
    if (sex === null) {
      const fromNik = sexFromNik(value);
      if (fromNik) setSex(fromNik);
    }
    if (birthDate === '') {
      const fromNik = birthDateFromNik(value, today);
      if (fromNik) setBirthDate(fromNik);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (hasProblems || sex === null || region === null) return;
    const text = (value: string) => value.trim();
    const input: CreateBeneficiaryInput = {
      ...(hasNoNik ? { noNikReason: text(noNikReason) } : { nik: normaliseNik(nik) }),
      fullName: text(fullName),
      sex,
      birthDate,
      regionCode: region.code,
      ...(kkDigits !== '' ? { kk: kkDigits } : {}),
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(text(birthPlace) !== '' ? { birthPlace: text(birthPlace) } : {}),
      ...(text(address) !== '' ? { address: text(address) } : {}),
      ...(text(phone) !== '' ? { phone: text(phone) } : {}),
      ...(needsGuardian && guardian.relationship !== null
        ? {
            guardian: {
              name: text(guardian.name),
              relationship: guardian.relationship,
              ...(text(guardian.phone) !== '' ? { phone: text(guardian.phone) } : {}),
            },
          }
        : {}),
      ...socialInput(social, socialOptions),
    };
    register.mutate(input, {
      onSuccess: (created) => void navigate(`/beneficiaries/${created.id}`, { state: { registered: true } }),
    });
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to="/beneficiaries" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('beneficiaries.form.back')}
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Title order={1} data-testid="page-title">
          {t('beneficiaries.form.title')}
        </Title>
        <Text c="dimmed">{t('beneficiaries.form.description')}</Text>
      </Stack>

      <form onSubmit={submit} noValidate data-testid="beneficiary-form">
        <Stack gap="md">
          <FormSection title={t('beneficiaries.form.sections.identity')} testId="section-identity">
            <Switch
              label={t('beneficiaries.fields.noNik')}
              description={t('beneficiaries.form.noNikHint')}
              checked={hasNoNik}
              onChange={(event) => setHasNoNik(event.currentTarget.checked)}
              data-testid="beneficiary-no-nik"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {hasNoNik ? (
                <Textarea
                  label={t('beneficiaries.fields.noNikReason')}
                  value={noNikReason}
                  onChange={(event) => setNoNikReason(event.currentTarget.value)}
                  required
                  autosize
                  minRows={2}
                  maxLength={300}
                  error={shown('noNikReason')}
                  data-testid="beneficiary-no-nik-reason"
                />
              ) : (
                <TextInput
                  label={t('beneficiaries.fields.nik')}
                  description={t('beneficiaries.form.nikHint')}
                  value={nik}
                  onChange={(event) => changeNik(event.currentTarget.value)}
                  onBlur={() => setIsNikTouched(true)}
                  inputMode="numeric"
                  maxLength={24}
                  autoComplete="off"
                  spellCheck={false}
                  required
                  data-autofocus
                  error={nikError}
                  rightSection={
                    isNikConsistent && !taken ? (
                      <IconCircleCheck
                        size={18}
                        color="var(--mantine-color-teal-6)"
                        aria-label={t('beneficiaries.form.nikValid')}
                        data-testid="beneficiary-nik-valid"
                      />
                    ) : null
                  }
                  data-testid="beneficiary-nik"
                />
              )}
              <TextInput
                label={t('beneficiaries.fields.kk')}
                value={kk}
                onChange={(event) => setKk(event.currentTarget.value)}
                inputMode="numeric"
                maxLength={24}
                autoComplete="off"
                error={shown('kk')}
                data-testid="beneficiary-kk"
              />
              <TextInput
                label={t('beneficiaries.fields.fullName')}
                value={fullName}
                onChange={(event) => setFullName(event.currentTarget.value)}
                required
                maxLength={120}
                autoComplete="off"
                error={shown('fullName')}
                data-testid="beneficiary-full-name"
              />
              <TagsInput
                label={t('beneficiaries.fields.aliases')}
                description={t('beneficiaries.form.aliasesHint')}
                value={aliases}
                onChange={setAliases}
                maxTags={10}
                clearable
                error={shown('aliases')}
                data-testid="beneficiary-aliases"
              />
              <Radio.Group
                label={t('beneficiaries.fields.sex')}
                value={sex}
                onChange={(value) => setSex(value === 'M' || value === 'F' ? value : null)}
                required
                error={shown('sex')}
                data-testid="beneficiary-sex"
              >
                <Group gap="lg" mt={6}>
                  <Radio value="F" label={t('beneficiaries.sexes.F')} data-testid="beneficiary-sex-F" />
                  <Radio value="M" label={t('beneficiaries.sexes.M')} data-testid="beneficiary-sex-M" />
                </Group>
              </Radio.Group>
              <TextInput
                type="date"
                label={t('beneficiaries.fields.birthDate')}
                description={
                  age !== null && isBirthDateValid ? t('beneficiaries.detail.ageYears', { count: age }) : undefined
                }
                value={birthDate}
                min="1900-01-01"
                max={today}
                onChange={(event) => setBirthDate(event.currentTarget.value)}
                required
                error={shown('birthDate')}
                data-testid="beneficiary-birth-date"
              />
              <TextInput
                label={t('beneficiaries.fields.birthPlace')}
                value={birthPlace}
                onChange={(event) => setBirthPlace(event.currentTarget.value)}
                maxLength={120}
                error={shown('birthPlace')}
                data-testid="beneficiary-birth-place"
              />
            </SimpleGrid>
          </FormSection>

          <FormSection title={t('beneficiaries.form.sections.domicile')} testId="section-domicile">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <RegionSelect
                label={t('beneficiaries.fields.region')}
                description={t('beneficiaries.form.regionHint')}
                levels={['district', 'village']}
                value={region}
                onChange={setRegion}
                required
                error={shown('regionCode')}
                testId="beneficiary-region"
              />
              <Textarea
                label={t('beneficiaries.fields.address')}
                value={address}
                onChange={(event) => setAddress(event.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={500}
                error={shown('address')}
                data-testid="beneficiary-address"
              />
            </SimpleGrid>
          </FormSection>

          {probe && <DuplicateCandidatesPanel probe={probe} />}

          <FormSection title={t('beneficiaries.form.sections.contact')} testId="section-contact">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                type="tel"
                label={t('beneficiaries.fields.phone')}
                value={phone}
                onChange={(event) => setPhone(event.currentTarget.value)}
                autoComplete="off"
                error={shown('phone')}
                data-testid="beneficiary-phone"
              />
            </SimpleGrid>
          </FormSection>

          <GuardianSection
            value={guardian}
            onChange={setGuardian}
            isMinor={isMinor}
            isRequired={needsGuardian}
            relationshipOptions={relationshipOptions}
            shown={shown}
          />

          <SocialSection value={social} onChange={setSocial} options={socialOptions} shown={shown} />

          {register.isError && !taken && !isPlacedInFields(register.error, fields) && (
            <QueryErrorAlert error={register.error} />
          )}
          <Group justify="flex-end" gap="sm">
            {isSubmitted && hasProblems && (
              <Text size="sm" c="red" role="alert" data-testid="beneficiary-form-problems">
                {t('beneficiaries.form.checkFields')}
              </Text>
            )}
            <Button variant="default" component={Link} to="/beneficiaries" disabled={register.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={register.isPending} data-testid="beneficiary-submit">
              {t('beneficiaries.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
