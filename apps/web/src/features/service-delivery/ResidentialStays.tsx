import { type Case, DischargeReason, type ResidentialStay, type ServiceSetting } from '@atensi/contracts';
import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { serverFieldError } from '../../lib/field-errors';
import { formatDate, todayInJakarta } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { oneOf } from '../beneficiaries/beneficiary-labels';
import { useAdmit, useDischarge } from './service-delivery.api';

/** Residential stays of a case: admission (with a residential plan) and discharge. */
export function ResidentialStays({
  item,
  stays,
  planSetting,
  canWrite,
}: {
  item: Case;
  stays: ResidentialStay[];
  planSetting: ServiceSetting | null;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const admit = useAdmit();
  const discharge = useDischarge();
  const today = todayInJakarta();
  const [admitting, setAdmitting] = useState(false);
  const [admittedOn, setAdmittedOn] = useState(today);
  const [leaving, setLeaving] = useState<ResidentialStay | null>(null);
  const [dischargedOn, setDischargedOn] = useState(today);
  const [reason, setReason] = useState<DischargeReason | null>(null);
  const open = stays.find((stay) => stay.isOpen);
  const canAdmit =
    canWrite &&
    !open &&
    planSetting === 'residential' &&
    item.activePlanId !== null &&
    ['planned', 'in_service', 'reintegration'].includes(item.status);
  if (stays.length === 0 && !canAdmit) return null;

  return (
    <Stack gap={6} data-testid="residential-stays">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('services.stays.title')}
        </Title>
        {canAdmit && (
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              admit.reset();
              setAdmitting(true);
            }}
            data-testid="stay-admit"
          >
            {t('services.stays.admit')}
          </Button>
        )}
      </Group>
      {stays.length > 0 && (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('services.stays.admittedOn')}</Table.Th>
              <Table.Th>{t('services.stays.plannedDischargeOn')}</Table.Th>
              <Table.Th>{t('services.stays.dischargedOn')}</Table.Th>
              <Table.Th>{t('services.stays.days')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stays.map((stay) => (
              <Table.Tr key={stay.id} data-testid="stay-row" data-open={stay.isOpen}>
                <Table.Td>
                  {formatDate(stay.admittedOn, language)}{' '}
                  {stay.overCapacity && (
                    <Badge miw="max-content" color="orange" variant="light" size="xs" tt="none">
                      {t('services.stays.overCapacity')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{stay.plannedDischargeOn ? formatDate(stay.plannedDischargeOn, language) : '—'}</Table.Td>
                <Table.Td>
                  {stay.dischargedOn
                    ? `${formatDate(stay.dischargedOn, language)} · ${t(`services.stays.reasons.${stay.dischargeReason ?? 'other'}`)}`
                    : t('services.stays.inResidence')}
                </Table.Td>
                <Table.Td>{stay.daysSoFar}</Table.Td>
                <Table.Td>
                  {stay.isOpen && canWrite && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => {
                        discharge.reset();
                        setReason(null);
                        setLeaving(stay);
                      }}
                      data-testid="stay-discharge"
                    >
                      {t('services.stays.discharge')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={admitting} onClose={() => setAdmitting(false)} title={t('services.stays.admit')} centered>
        <Stack gap="sm">
          {admit.error ? <QueryErrorAlert error={admit.error} /> : null}
          <TextInput
            type="date"
            label={t('services.stays.admittedOn')}
            value={admittedOn}
            max={today}
            onChange={(event) => setAdmittedOn(event.currentTarget.value)}
            error={serverFieldError(admit.error, 'admittedOn')}
            data-testid="stay-admitted-on"
          />
          <Group justify="flex-end">
            <Button
              loading={admit.isPending}
              onClick={() =>
                admit.mutate({ caseId: item.id, input: { admittedOn } }, { onSuccess: () => setAdmitting(false) })
              }
              data-testid="stay-admit-submit"
            >
              {t('services.stays.admit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={leaving !== null} onClose={() => setLeaving(null)} title={t('services.stays.discharge')} centered>
        <Stack gap="sm">
          {discharge.error ? <QueryErrorAlert error={discharge.error} /> : null}
          {item.status === 'terminated' && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
              {t('services.stays.afterTermination')}
            </Alert>
          )}
          <TextInput
            type="date"
            label={t('services.stays.dischargedOn')}
            value={dischargedOn}
            max={today}
            onChange={(event) => setDischargedOn(event.currentTarget.value)}
            error={serverFieldError(discharge.error, 'dischargedOn')}
            data-testid="stay-discharged-on"
          />
          <Select
            label={t('services.stays.reason')}
            data={DischargeReason.options.map((value) => ({ value, label: t(`services.stays.reasons.${value}`) }))}
            value={reason}
            onChange={(value) => setReason(oneOf(DischargeReason.options, value))}
            required
            comboboxProps={{ withinPortal: true }}
            data-testid="stay-reason"
          />
          <Text size="xs" c="dimmed">
            {t('services.stays.dischargeHint')}
          </Text>
          <Group justify="flex-end">
            <Button
              loading={discharge.isPending}
              disabled={!reason}
              onClick={() =>
                leaving &&
                reason &&
                discharge.mutate(
                  { stay: leaving, input: { dischargedOn, reason } },
                  { onSuccess: () => setLeaving(null) },
                )
              }
              data-testid="stay-discharge-submit"
            >
              {t('services.stays.discharge')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
