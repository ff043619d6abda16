import { type CatalogueItem, FrequencyPeriod } from '@atensi/contracts';
import { ActionIcon, Button, Divider, Group, NumberInput, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { oneOf } from '../beneficiaries/beneficiary-labels';
import { emptyGoal, type PlanDraft, type ServiceDraft, suggestedService } from './plan-draft';

type Option = { value: string; label: string };

/** The plan's services: sub-activity, the goal it serves, how often, how much, and who is responsible. */
export function PlanServicesSection({
  draft,
  catalogue,
  itemOptions,
  goalOptions,
  staff,
  incomplete,
  shown,
  update,
  setService,
}: {
  draft: PlanDraft;
  catalogue: CatalogueItem[];
  itemOptions: { group: string; items: Option[] }[];
  goalOptions: Option[];
  staff: Option[];
  incomplete: boolean;
  shown: (field: string) => string | null;
  update: (patch: Partial<PlanDraft>) => void;
  setService: (uid: string, patch: Partial<ServiceDraft>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('plans.form.servicesTitle')}
          </Title>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              const last = draft.goals.at(-1);
              update({
                services: [
                  ...draft.services,
                  last ? suggestedService(last, catalogue) : suggestedService(emptyGoal(), catalogue),
                ],
              });
            }}
            disabled={draft.services.length >= 60}
            data-testid="plan-add-service"
          >
            {t('plans.form.addService')}
          </Button>
        </Group>
        {draft.services.length === 0 && (
          <Text size="sm" c={incomplete ? 'red' : 'dimmed'} data-testid="plan-no-services">
            {t('plans.form.noServices')}
          </Text>
        )}
        {draft.services.map((service, index) => {
          const unit = catalogue.find((entry) => entry.id === service.catalogueItemId)?.unit;
          return (
            <Stack key={service.uid} gap="xs" data-testid="plan-service-form">
              {index > 0 && <Divider />}
              <Group align="flex-end" wrap="wrap">
                <Select
                  label={t('plans.columns.service')}
                  data={itemOptions}
                  value={service.catalogueItemId}
                  onChange={(value) => setService(service.uid, { catalogueItemId: value })}
                  searchable
                  allowDeselect={false}
                  required
                  error={shown(`services.${index}.catalogueItemId`)}
                  comboboxProps={{ withinPortal: true }}
                  style={{ flex: 2, minWidth: 240 }}
                  data-testid="plan-service-item"
                />
                <Select
                  label={t('plans.columns.goalNumber')}
                  data={goalOptions}
                  value={service.goalUid}
                  onChange={(value) => setService(service.uid, { goalUid: value })}
                  clearable
                  error={shown(`services.${index}.goal`)}
                  comboboxProps={{ withinPortal: true }}
                  style={{ flex: 2, minWidth: 200 }}
                  data-testid="plan-service-goal"
                />
                <NumberInput
                  label={t('plans.form.count')}
                  value={service.count}
                  min={1}
                  max={100}
                  allowDecimal={false}
                  onChange={(value) => setService(service.uid, { count: typeof value === 'number' ? value : 1 })}
                  w={90}
                  data-testid="plan-service-count"
                />
                <Select
                  label={t('plans.form.period')}
                  data={FrequencyPeriod.options.map((period) => ({
                    value: period,
                    label: t(`plans.periods.${period}`),
                  }))}
                  value={service.period}
                  onChange={(value) => {
                    const period = oneOf(FrequencyPeriod.options, value);
                    if (period) setService(service.uid, { period });
                  }}
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: true }}
                  w={150}
                  data-testid="plan-service-period"
                />
                {unit && unit !== 'session' && (
                  <NumberInput
                    label={unit === 'amount' ? t('plans.form.amount') : t('plans.form.quantity')}
                    value={service.quantity}
                    min={1}
                    allowDecimal={false}
                    thousandSeparator="."
                    decimalSeparator=","
                    onChange={(value) => setService(service.uid, { quantity: typeof value === 'number' ? value : '' })}
                    error={shown(`services.${index}.quantity`)}
                    w={160}
                    data-testid="plan-service-quantity"
                  />
                )}
                <Select
                  label={t('plans.columns.responsible')}
                  data={staff}
                  value={service.responsibleStaffId}
                  onChange={(value) => setService(service.uid, { responsibleStaffId: value })}
                  clearable
                  searchable
                  error={shown(`services.${index}.responsibleStaffId`)}
                  comboboxProps={{ withinPortal: true }}
                  style={{ flex: 1, minWidth: 200 }}
                  data-testid="plan-service-staff"
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('plans.form.removeService')}
                  onClick={() => update({ services: draft.services.filter((other) => other.uid !== service.uid) })}
                  mb={4}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
