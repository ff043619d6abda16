import { type Consent, ConsentPurpose, DataCategory } from '@atensi/contracts';
import {
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { todayInJakarta } from '../../lib/format';
import { oneOf } from '../beneficiaries/beneficiary-labels';
import { InstitutionSelect } from '../institutions/InstitutionSelect';
import { useGiveConsent } from './consents.api';

const fields = ['purpose', 'categories', 'recipientInstitutionId', 'givenBy', 'givenOn', 'expiresOn', 'note'] as const;
type GivenBy = Consent['givenBy'];

/**
 * Records a consent the person (or their guardian) gave: for what, which data, to whom (any institution the purpose
 * needs when left empty), when, until when. A referral needs identity and case data for the purpose "referral".
 */
export function GiveConsentForm({
  beneficiaryId,
  onGiven,
  onCancel,
}: {
  beneficiaryId: string;
  onGiven: (consent: Consent) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const give = useGiveConsent();
  const today = todayInJakarta();
  const [purpose, setPurpose] = useState<ConsentPurpose | null>('referral');
  const [categories, setCategories] = useState<DataCategory[]>(['identity', 'case']);
  const [recipientInstitutionId, setRecipientInstitutionId] = useState<string | null>(null);
  const [givenBy, setGivenBy] = useState<GivenBy>('person');
  const [givenOn, setGivenOn] = useState(today);
  const [expiresOn, setExpiresOn] = useState('');
  const [note, setNote] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const required = t('beneficiaries.form.required');

  const problems: Partial<Record<(typeof fields)[number], string | null>> = {
    purpose: purpose === null ? required : null,
    categories: categories.length === 0 ? t('consents.form.categoriesRule') : null,
    givenOn: givenOn === '' ? required : givenOn > today ? t('beneficiaries.openCase.dateRule') : null,
    expiresOn: expiresOn !== '' && expiresOn < givenOn ? t('consents.form.expiryRule') : null,
  };
  const shown = (field: (typeof fields)[number]): string | null => {
    const own = isSubmitted ? problems[field] : undefined;
    return own ?? serverFieldError(give.error, field);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some(Boolean) || purpose === null) return;
    const trimmed = note.trim();
    give.mutate(
      {
        beneficiaryId,
        input: {
          purpose,
          categories,
          recipientInstitutionId,
          givenBy,
          givenOn,
          expiresOn: expiresOn === '' ? null : expiresOn,
          ...(trimmed ? { note: trimmed } : {}),
        },
      },
      { onSuccess: onGiven },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="consent-form-panel">
      <form onSubmit={submit} noValidate data-testid="consent-form">
        <Stack gap="sm">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {t('consents.form.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('consents.form.description')}
            </Text>
          </Stack>
          {give.isError && !isPlacedInFields(give.error, fields) && <QueryErrorAlert error={give.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('consents.fields.purpose')}
              data={ConsentPurpose.options.map((value) => ({ value, label: t(`consents.purposes.${value}`) }))}
              value={purpose}
              onChange={(value) => setPurpose(oneOf(ConsentPurpose.options, value))}
              required
              allowDeselect={false}
              error={shown('purpose')}
              comboboxProps={{ withinPortal: true }}
              data-testid="consent-purpose"
            />
            <InstitutionSelect
              label={t('consents.fields.recipient')}
              placeholder={t('consents.form.anyRecipient')}
              value={recipientInstitutionId}
              onChange={setRecipientInstitutionId}
              error={shown('recipientInstitutionId')}
              testId="consent-recipient"
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t('consents.fields.categories')}
            description={t('consents.form.categoriesHint')}
            value={categories}
            onChange={(values) => setCategories(DataCategory.options.filter((category) => values.includes(category)))}
            required
            error={shown('categories')}
            data-testid="consent-categories"
          >
            <Group gap="md" mt={6}>
              {DataCategory.options.map((value) => (
                <Checkbox
                  key={value}
                  value={value}
                  label={t(`consents.categories.${value}`)}
                  data-testid={`consent-category-${value}`}
                />
              ))}
            </Group>
          </Checkbox.Group>
          <Radio.Group
            label={t('consents.fields.givenBy')}
            value={givenBy}
            onChange={(value) => setGivenBy(value === 'guardian' ? 'guardian' : 'person')}
            required
            error={shown('givenBy')}
          >
            <Group gap="lg" mt={4}>
              <Radio value="person" label={t('consents.givenBy.person')} data-testid="consent-given-by-person" />
              <Radio value="guardian" label={t('consents.givenBy.guardian')} data-testid="consent-given-by-guardian" />
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('consents.fields.givenOn')}
              value={givenOn}
              max={today}
              onChange={(event) => setGivenOn(event.currentTarget.value)}
              required
              error={shown('givenOn')}
              data-testid="consent-given-on"
            />
            <TextInput
              type="date"
              label={t('consents.fields.expiresOn')}
              description={t('consents.form.expiresHint')}
              value={expiresOn}
              min={givenOn || undefined}
              onChange={(event) => setExpiresOn(event.currentTarget.value)}
              error={shown('expiresOn')}
              data-testid="consent-expires-on"
            />
          </SimpleGrid>
          <Textarea
            label={t('consents.fields.note')}
            description={t('cases.transition.noteHint')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={1000}
            error={shown('note')}
            data-testid="consent-note"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel} disabled={give.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={give.isPending} data-testid="consent-submit">
              {t('consents.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
