import type { InstitutionType, Referral, ReferralKind } from '@atensi/contracts';
import {
  ActionIcon,
  Alert,
  Button,
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
import { IconAlertTriangle, IconFileText, IconPlus, IconSend, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError } from '../../lib/api';
import { isPlacedInFields, serverFieldError } from '../../lib/field-errors';
import { ReferralTargetSelect } from './ReferralTargetSelect';
import { useReferralKindOptions } from './referral-labels';
import { useCreateReferral } from './referrals.api';

const fields = ['toInstitutionId', 'kind', 'reason', 'documents'] as const;

/** Institutions a case can move to (they admit people); a service referral may go to any partner. */
const transferTypes: readonly InstitutionType[] = ['balai', 'loka', 'ipwl'];
const serviceTypes: readonly InstitutionType[] = ['balai', 'loka', 'ipwl', 'dinsos', 'faskes', 'other_partner'];

interface ReferCaseFormProps {
  caseId: string;
  beneficiaryId: string;
  institutionId: string;
  onReferred: (referral: Referral) => void;
}

/**
 * Refers a running case: to whom (filtered by type), a transfer or a service, why, and which documents go with it.
 * Without a valid consent of the person the API refuses: the form then leads to the consent form.
 */
export function ReferCaseForm({ caseId, beneficiaryId, institutionId, onReferred }: ReferCaseFormProps) {
  const { t } = useTranslation();
  const kindOptions = useReferralKindOptions();
  const create = useCreateReferral();
  const [kind, setKind] = useState<ReferralKind>('transfer');
  const [type, setType] = useState<InstitutionType | null>(null);
  const [toInstitutionId, setToInstitutionId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [documents, setDocuments] = useState<string[]>([]);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const allowedTypes = kind === 'transfer' ? transferTypes : serviceTypes;
  const typeOptions = allowedTypes.map((value) => ({ value, label: t(`institutions.types.${value}`) }));
  const consentError =
    create.error instanceof ApiError && create.error.reason === 'consent_required' ? create.error : null;
  const needsConsent = consentError !== null;

  const problems = {
    toInstitutionId: toInstitutionId === null ? t('beneficiaries.form.required') : null,
    reason: reason.trim().length < 3 ? t('referrals.form.minChars', { count: 3 }) : null,
  };
  const shown = (field: (typeof fields)[number]) =>
    (isSubmitted && field in problems ? problems[field as keyof typeof problems] : null) ??
    serverFieldError(create.error, field);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some(Boolean) || toInstitutionId === null) return;
    create.mutate(
      {
        caseId,
        input: {
          toInstitutionId,
          kind,
          reason: reason.trim(),
          documents: documents.map((document) => document.trim()).filter((document) => document !== ''),
        },
      },
      {
        onSuccess: (referral) => {
          setIsSubmitted(false);
          setReason('');
          setDocuments([]);
          setToInstitutionId(null);
          onReferred(referral);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="refer-case">
      <form onSubmit={submit} noValidate data-testid="refer-form">
        <Stack gap="sm">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {t('referrals.form.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('referrals.form.description')}
            </Text>
          </Stack>
          {consentError && (
            <Alert
              color="orange"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              role="alert"
              data-testid="refer-consent-required"
            >
              <Text size="sm">{consentError?.message}</Text>
              <Button
                component={Link}
                to={`/beneficiaries/${beneficiaryId}?tab=consents`}
                state={{ giveConsent: true, returnToCase: caseId }}
                size="xs"
                mt="sm"
                variant="white"
                color="orange"
                data-testid="refer-give-consent"
              >
                {t('referrals.form.giveConsent')}
              </Button>
            </Alert>
          )}
          {create.isError && !needsConsent && !isPlacedInFields(create.error, fields) && (
            <QueryErrorAlert error={create.error} />
          )}
          <Radio.Group
            label={t('referrals.fields.kind')}
            value={kind}
            onChange={(value) => {
              setKind(value === 'service' ? 'service' : 'transfer');
              setType(null);
              setToInstitutionId(null);
            }}
            error={shown('kind')}
            data-testid="refer-kind"
          >
            <Group gap="lg" mt={4}>
              {kindOptions.map((option) => (
                <Radio
                  key={option.value}
                  value={option.value}
                  label={option.label}
                  description={option.description}
                  data-testid={`refer-kind-${option.value}`}
                />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('referrals.fields.institutionType')}
              placeholder={t('referrals.form.allTypes')}
              data={typeOptions}
              value={type}
              onChange={(value) => {
                setType(allowedTypes.find((candidate) => candidate === value) ?? null);
                setToInstitutionId(null);
              }}
              clearable
              comboboxProps={{ withinPortal: true }}
              data-testid="refer-type"
            />
            <div style={{ gridColumn: 'span 2' }}>
              <ReferralTargetSelect
                label={t('referrals.fields.to')}
                value={toInstitutionId}
                onChange={(value) => {
                  setToInstitutionId(value);
                  create.reset();
                }}
                types={type ? [type] : allowedTypes}
                fromInstitutionId={institutionId}
                error={shown('toInstitutionId')}
                testId="refer-to"
              />
            </div>
          </SimpleGrid>
          <Textarea
            label={t('referrals.fields.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            autosize
            minRows={3}
            maxLength={2000}
            error={shown('reason')}
            data-testid="refer-reason"
          />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('referrals.fields.documents')}
            </Text>
            {documents.length === 0 && (
              <Text size="xs" c="dimmed">
                {t('referrals.form.noDocuments')}
              </Text>
            )}
            {documents.map((document, index) => (
              // A document is identified by its position while it is being typed.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <Group key={index} gap="xs" wrap="nowrap">
                <TextInput
                  flex={1}
                  value={document}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setDocuments((current) => current.map((entry, at) => (at === index ? value : entry)));
                  }}
                  maxLength={120}
                  leftSection={<IconFileText size={16} aria-hidden />}
                  aria-label={t('referrals.form.documentLabel', { number: index + 1 })}
                  placeholder={t('referrals.form.documentPlaceholder')}
                  error={serverFieldError(create.error, `documents.${index}`)}
                  data-testid="refer-document"
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => setDocuments((current) => current.filter((_, at) => at !== index))}
                  aria-label={t('referrals.form.removeDocument', { number: index + 1 })}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            {documents.length < 20 && (
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => setDocuments((current) => [...current, ''])}
                  data-testid="refer-add-document"
                >
                  {t('referrals.form.addDocument')}
                </Button>
              </Group>
            )}
          </Stack>
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={create.isPending}
              leftSection={<IconSend size={16} aria-hidden />}
              data-testid="refer-submit"
            >
              {t('referrals.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
