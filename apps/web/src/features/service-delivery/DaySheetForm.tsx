import type { CatalogueItem, GoalProgress, ServiceableCaseList, ServiceLocation } from '@atensi/contracts';
import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { serverFieldError } from '../../lib/field-errors';
import type { EntryContext } from './ServiceEntryPage';
import { useRecordServices } from './service-delivery.api';
import { CatalogueSelect, caseOptions, GoalSelect, LocationSelect, ProgressSelect } from './service-fields';

type Cases = ServiceableCaseList['items'];
type Row = {
  uid: number;
  caseId: string | null;
  itemId: string | null;
  minutes: number | '';
  quantity: number | '';
  location: ServiceLocation;
  goalId: string | null;
  progress: GoalProgress | null;
  note: string;
};

let next = 0;
const emptyRow = (): Row => ({
  uid: ++next,
  caseId: null,
  itemId: null,
  minutes: 60,
  quantity: '',
  location: 'institution',
  goalId: null,
  progress: null,
  note: '',
});

/** A worker's day at once: one line per service given; all are recorded, or none when one is wrong. */
export function DaySheetForm({
  cases,
  catalogue,
  context,
}: {
  cases: Cases;
  catalogue: CatalogueItem[];
  context: EntryContext;
}) {
  const { t } = useTranslation();
  const record = useRecordServices();
  const [rows, setRows] = useState<Row[]>([emptyRow(), emptyRow(), emptyRow()]);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const setRow = (uid: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row) => (row.uid === uid ? { ...row, ...patch } : row)));
  // Lines left wholly empty are ignored; the others must be complete.
  const used = rows.filter((row) => row.caseId || row.itemId);
  const unitOf = (row: Row) => catalogue.find((item) => item.id === row.itemId)?.unit;
  const rowProblem = (row: Row): string | null => {
    if (!row.caseId || !row.itemId) return t('services.day.incomplete');
    if (unitOf(row) === 'session' && row.minutes === '') return t('services.day.incomplete');
    if (unitOf(row) === 'amount' && row.quantity === '') return t('services.day.incomplete');
    return null;
  };
  const invalid = used.length === 0 || used.some((row) => rowProblem(row) !== null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (invalid) return;
    record.mutate(
      {
        kind: 'day',
        input: {
          heldOn: context.heldOn,
          ...(context.staffId ? { staffId: context.staffId } : {}),
          entries: used.map((row) => {
            const unit = unitOf(row);
            const note = row.note.trim();
            return {
              caseId: row.caseId ?? '',
              catalogueItemId: row.itemId ?? '',
              ...(unit === 'session' && row.minutes !== '' ? { durationMinutes: row.minutes } : {}),
              ...(unit !== 'session' && row.quantity !== '' ? { quantity: row.quantity } : {}),
              location: row.location,
              ...(row.goalId ? { goalId: row.goalId } : {}),
              ...(row.goalId && row.progress ? { goalProgress: row.progress } : {}),
              ...(note ? { note } : {}),
            };
          }),
        },
      },
      {
        onSuccess: (sessions) => {
          setIsSubmitted(false);
          setRows([emptyRow(), emptyRow(), emptyRow()]);
          context.onRecorded(sessions.length);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate data-testid="service-day-form">
        <Stack gap="sm">
          {record.error ? <QueryErrorAlert error={record.error} /> : null}
          {isSubmitted && used.length === 0 && (
            <Text size="sm" c="red" data-testid="day-empty">
              {t('services.day.empty')}
            </Text>
          )}
          <Table.ScrollContainer minWidth={1100}>
            <Table verticalSpacing="xs" data-testid="day-rows">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('services.form.beneficiary')}</Table.Th>
                  <Table.Th>{t('services.form.item')}</Table.Th>
                  <Table.Th>{t('services.day.amount')}</Table.Th>
                  <Table.Th>{t('services.form.location')}</Table.Th>
                  <Table.Th>{t('services.form.goal')}</Table.Th>
                  <Table.Th>{t('services.form.progress')}</Table.Th>
                  <Table.Th>{t('services.form.note')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => {
                  const unit = unitOf(row);
                  const index = used.indexOf(row);
                  const problem =
                    (isSubmitted && index >= 0 ? rowProblem(row) : null) ??
                    (index >= 0
                      ? (serverFieldError(record.error, `entries.${index}.caseId`) ??
                        serverFieldError(record.error, `entries.${index}.catalogueItemId`) ??
                        serverFieldError(record.error, `entries.${index}.quantity`) ??
                        serverFieldError(record.error, `entries.${index}.durationMinutes`) ??
                        serverFieldError(record.error, `entries.${index}.goalId`))
                      : null);
                  const person = cases.find((candidate) => candidate.caseId === row.caseId);
                  return (
                    <Table.Tr key={row.uid} data-testid="day-row">
                      <Table.Td miw={200}>
                        <Select
                          data={caseOptions(cases)}
                          value={row.caseId}
                          onChange={(caseId) => setRow(row.uid, { caseId, goalId: null })}
                          searchable
                          size="xs"
                          aria-label={t('services.form.beneficiary')}
                          error={problem}
                          comboboxProps={{ withinPortal: true }}
                          data-testid="day-case"
                        />
                      </Table.Td>
                      <Table.Td miw={220}>
                        <CatalogueSelect
                          catalogue={catalogue}
                          value={row.itemId}
                          onChange={(itemId) => setRow(row.uid, { itemId })}
                          size="xs"
                          aria-label={t('services.form.item')}
                          data-testid="day-item"
                        />
                      </Table.Td>
                      <Table.Td w={130}>
                        {unit === 'session' || !unit ? (
                          <NumberInput
                            value={row.minutes}
                            min={5}
                            max={720}
                            allowDecimal={false}
                            onChange={(value) => setRow(row.uid, { minutes: typeof value === 'number' ? value : '' })}
                            size="xs"
                            suffix={` ${t('services.day.minutesSuffix')}`}
                            aria-label={t('services.form.minutes')}
                            data-testid="day-minutes"
                          />
                        ) : (
                          <NumberInput
                            value={row.quantity}
                            min={1}
                            allowDecimal={false}
                            thousandSeparator="."
                            decimalSeparator=","
                            onChange={(value) => setRow(row.uid, { quantity: typeof value === 'number' ? value : '' })}
                            size="xs"
                            aria-label={unit === 'amount' ? t('plans.form.amount') : t('plans.form.quantity')}
                            data-testid="day-quantity"
                          />
                        )}
                      </Table.Td>
                      <Table.Td w={150}>
                        <LocationSelect
                          value={row.location}
                          onChange={(location) => setRow(row.uid, { location })}
                          size="xs"
                          aria-label={t('services.form.location')}
                        />
                      </Table.Td>
                      <Table.Td miw={200}>
                        <GoalSelect
                          person={person}
                          value={row.goalId}
                          onChange={(goalId) => setRow(row.uid, { goalId })}
                          size="xs"
                          aria-label={t('services.form.goal')}
                        />
                      </Table.Td>
                      <Table.Td w={150}>
                        <ProgressSelect
                          value={row.progress}
                          onChange={(progress) => setRow(row.uid, { progress })}
                          disabled={!row.goalId}
                          size="xs"
                          aria-label={t('services.form.progress')}
                        />
                      </Table.Td>
                      <Table.Td miw={180}>
                        <TextInput
                          value={row.note}
                          onChange={(event) => setRow(row.uid, { note: event.currentTarget.value })}
                          maxLength={2000}
                          size="xs"
                          aria-label={t('services.form.note')}
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('services.day.removeRow')}
                          onClick={() => setRows((current) => current.filter((other) => other.uid !== row.uid))}
                          disabled={rows.length === 1}
                        >
                          <IconTrash size={14} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setRows((current) => [...current, emptyRow()])}
              disabled={rows.length >= 40}
              data-testid="day-add-row"
            >
              {t('services.day.addRow')}
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="day-submit">
              {t('services.day.submit', { count: used.length })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
