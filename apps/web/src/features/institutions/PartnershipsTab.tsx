import type { InstitutionDetail, Partnership } from '@atensi/contracts';
import { Alert, Anchor, Badge, Button, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { isNational, useCanAt, useCurrentUser } from '../auth/current-user';
import { partnerTypes, unitTypes } from './institution-labels';
import { usePartnerships } from './institutions.api';
import { CreatePartnershipModal, EndPartnershipModal } from './PartnershipForms';

/**
 * The MoUs between a Balai/Loka and its partners, seen from either side. National roles record them for any unit;
 * a Balai manager for their own unit only.
 */
export function PartnershipsTab({ institution }: { institution: InstitutionDetail }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const me = useCurrentUser();
  const [showEnded, setShowEnded] = useState(false);
  const partnerships = usePartnerships(institution.id, !showEnded);
  const [isCreating, setIsCreating] = useState(false);
  const [ending, setEnding] = useState<Partnership | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const isUnit = unitTypes.includes(institution.type);
  const isPartner = partnerTypes.includes(institution.type);
  const canManageHere = useCanAt('partnerships:manage', institution.id);
  const canManageAny = me.permissions.includes('partnerships:manage');
  // Seen from a partner's page, only national roles pick the unit; a manager records them from their unit's page.
  const canCreate = (isUnit && canManageHere) || (isPartner && canManageAny && isNational(me));
  const canEnd = (partnership: Partnership) =>
    partnership.isActive && canManageAny && (isNational(me) || partnership.unitId === me.institutionId);
  const items = partnerships.data?.items ?? [];

  return (
    <Stack gap="md" data-testid="partnerships-tab">
      {notice && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck aria-hidden />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
          role="status"
          data-testid="partnership-notice"
        >
          {notice}
        </Alert>
      )}
      <Group justify="space-between">
        <Switch
          label={t('institutions.partnerships.showEnded')}
          checked={showEnded}
          onChange={(event) => setShowEnded(event.currentTarget.checked)}
          data-testid="partnerships-show-ended"
        />
        {canCreate && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              setNotice(null);
              setIsCreating(true);
            }}
            data-testid="partnership-add"
          >
            {t('institutions.partnerships.add')}
          </Button>
        )}
      </Group>
      {partnerships.isPending && <LoadingState />}
      {partnerships.isError && (
        <QueryErrorAlert error={partnerships.error} onRetry={() => void partnerships.refetch()} />
      )}
      {partnerships.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="partnerships-empty">
          {t('institutions.partnerships.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" aria-label={t('institutions.tabs.partnerships')} data-testid="partnership-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('institutions.partnerships.unit')}</Table.Th>
                <Table.Th>{t('institutions.partnerships.partner')}</Table.Th>
                <Table.Th>{t('institutions.partnerships.mouNumber')}</Table.Th>
                <Table.Th>{t('institutions.partnerships.scope')}</Table.Th>
                <Table.Th>{t('institutions.partnerships.validFrom')}</Table.Th>
                <Table.Th>{t('institutions.partnerships.validUntil')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((partnership) => (
                <Table.Tr key={partnership.id} data-testid="partnership-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/institutions/${partnership.unitId}`}>
                      {partnership.unitName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/institutions/${partnership.partnerId}`}>
                      {partnership.partnerName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t(`institutions.types.${partnership.partnerType}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{partnership.mouNumber}</Table.Td>
                  <Table.Td>{partnership.scope ?? '—'}</Table.Td>
                  <Table.Td>{formatDate(partnership.validFrom, language)}</Table.Td>
                  <Table.Td>
                    {partnership.validUntil ? formatDate(partnership.validUntil, language) : '—'}
                    {!partnership.isActive && (
                      <Badge color="gray" variant="light" ml={6}>
                        {t('institutions.partnerships.ended')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canEnd(partnership) && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => {
                          setNotice(null);
                          setEnding(partnership);
                        }}
                        data-testid="partnership-end"
                      >
                        {t('institutions.partnerships.end')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreatePartnershipModal
        institution={isCreating ? institution : null}
        onClose={() => setIsCreating(false)}
        onDone={() => {
          setIsCreating(false);
          setNotice(t('institutions.partnerships.created'));
        }}
      />
      <EndPartnershipModal
        partnership={ending}
        onClose={() => setEnding(null)}
        onDone={() => {
          setEnding(null);
          setNotice(t('institutions.partnerships.endDone'));
        }}
      />
    </Stack>
  );
}
