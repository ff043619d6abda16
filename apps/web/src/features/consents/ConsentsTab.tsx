import type { Consent } from '@atensi/contracts';
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { serverFieldError } from '../../lib/field-errors';
import { formatDate, todayInJakarta } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useConsents, useRevokeConsent } from './consents.api';
import { GiveConsentForm } from './GiveConsentForm';

function ValidityBadge({ consent }: { consent: Consent }) {
  const { t } = useTranslation();
  const today = todayInJakarta();
  let state: 'valid' | 'revoked' | 'expired' | 'notYet';
  if (consent.isValid) state = 'valid';
  else if (consent.revokedOn !== null && consent.revokedOn <= today) state = 'revoked';
  else if (consent.expiresOn !== null && consent.expiresOn < today) state = 'expired';
  else state = 'notYet';
  const colors = { valid: 'teal', revoked: 'red', expired: 'gray', notYet: 'yellow' } as const;
  return (
    <Badge color={colors[state]} variant="light" tt="none" data-testid="consent-validity" data-state={state}>
      {t(`consents.validity.${state}`)}
    </Badge>
  );
}

interface ConsentsTabProps {
  beneficiaryId: string;
  canWrite: boolean;
  /** Open the form at once (arriving from a referral that needed a consent). */
  startGiving?: boolean;
  /** The case whose referral needed the consent, to go back to once it is recorded. */
  returnToCase?: string | null;
}

/** A person's consents with their validity, the form to record one, and revoking one from a day on. */
export function ConsentsTab({ beneficiaryId, canWrite, startGiving = false, returnToCase = null }: ConsentsTabProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const list = useConsents(beneficiaryId);
  const revoke = useRevokeConsent();
  const [isGiving, setIsGiving] = useState(startGiving && canWrite);
  const [revoking, setRevoking] = useState<Consent | null>(null);
  const [revokedOn, setRevokedOn] = useState(todayInJakarta());
  const [notice, setNotice] = useState<'given' | 'revoked' | null>(null);

  return (
    <Stack gap="md" data-testid="consents">
      {notice && (
        <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} role="status" data-testid="consent-notice">
          <Text size="sm">{t(`consents.done.${notice}`)}</Text>
          {notice === 'given' && returnToCase && (
            <Anchor
              component={Link}
              to={`/cases/${returnToCase}?tab=referrals`}
              size="sm"
              data-testid="consent-back-to-case"
            >
              {t('consents.backToCase')}
            </Anchor>
          )}
        </Alert>
      )}
      {canWrite && !isGiving && (
        <Group>
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            variant="light"
            onClick={() => {
              setNotice(null);
              setIsGiving(true);
            }}
            data-testid="consent-give"
          >
            {t('consents.give')}
          </Button>
        </Group>
      )}
      {isGiving && (
        <GiveConsentForm
          beneficiaryId={beneficiaryId}
          onGiven={() => {
            setIsGiving(false);
            setNotice('given');
          }}
          onCancel={() => setIsGiving(false)}
        />
      )}
      {list.isPending && <LoadingState />}
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="consents-empty">
          {t('consents.empty')}
        </Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table aria-label={t('consents.tableLabel')} verticalSpacing="xs" data-testid="consent-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consents.fields.purpose')}</Table.Th>
                <Table.Th>{t('consents.fields.categories')}</Table.Th>
                <Table.Th>{t('consents.fields.recipient')}</Table.Th>
                <Table.Th>{t('consents.fields.givenOn')}</Table.Th>
                <Table.Th>{t('consents.fields.expiresOn')}</Table.Th>
                <Table.Th>{t('consents.fields.validity')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((consent) => (
                <Table.Tr key={consent.id} data-testid="consent-row" data-valid={consent.isValid}>
                  <Table.Td>{t(`consents.purposes.${consent.purpose}`)}</Table.Td>
                  <Table.Td>
                    {consent.categories.map((category) => t(`consents.categories.${category}`)).join(', ')}
                  </Table.Td>
                  <Table.Td>{consent.recipientInstitutionName ?? t('consents.anyRecipient')}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(consent.givenOn, language)}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`consents.givenBy.${consent.givenBy}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {consent.revokedOn
                      ? t('consents.revokedOn', { date: formatDate(consent.revokedOn, language) })
                      : consent.expiresOn
                        ? formatDate(consent.expiresOn, language)
                        : t('consents.noExpiry')}
                  </Table.Td>
                  <Table.Td>
                    <ValidityBadge consent={consent} />
                  </Table.Td>
                  <Table.Td>
                    {canWrite && consent.revokedOn === null && (
                      <Button
                        size="xs"
                        color="red"
                        variant="subtle"
                        onClick={() => {
                          revoke.reset();
                          setNotice(null);
                          setRevokedOn(todayInJakarta());
                          setRevoking(consent);
                        }}
                        data-testid="consent-revoke"
                      >
                        {t('consents.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={revoking !== null}
        title={t('consents.revokeTitle')}
        message={t('consents.revokeMessage')}
        confirmLabel={t('consents.revoke')}
        isDangerous
        isPending={revoke.isPending}
        error={serverFieldError(revoke.error, 'revokedOn') ? null : revoke.error}
        onConfirm={() => {
          if (!revoking || revokedOn === '') return;
          revoke.mutate(
            { id: revoking.id, beneficiaryId, revokedOn },
            {
              onSuccess: () => {
                setRevoking(null);
                setNotice('revoked');
              },
            },
          );
        }}
        onClose={() => setRevoking(null)}
      >
        <TextInput
          type="date"
          label={t('consents.fields.revokedOn')}
          value={revokedOn}
          onChange={(event) => setRevokedOn(event.currentTarget.value)}
          required
          error={serverFieldError(revoke.error, 'revokedOn')}
          data-testid="consent-revoked-on"
        />
      </ConfirmModal>
    </Stack>
  );
}
