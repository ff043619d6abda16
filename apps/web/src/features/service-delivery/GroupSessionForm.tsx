import type { CatalogueItem, GoalProgress, ServiceableCaseList, ServiceLocation } from '@atensi/contracts';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { serverFieldError } from '../../lib/field-errors';
import type { EntryContext } from './ServiceEntryPage';
import { useRecordServices } from './service-delivery.api';
import { CatalogueSelect, GoalSelect, LocationSelect, ProgressSelect } from './service-fields';

type Cases = ServiceableCaseList['items'];
type Line = { included: boolean; attended: boolean; goalId: string | null; progress: GoalProgress | null };

/** One session for many: who was invited, who came, and what it did for their goals. */
export function GroupSessionForm({
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
  const [itemId, setItemId] = useState<string | null>(null);
  const [minutes, setMinutes] = useState<number | ''>(90);
  const [location, setLocation] = useState<ServiceLocation>('institution');
  const [topic, setTopic] = useState('');
  const [note, setNote] = useState('');
  const [lines, setLines] = useState<Record<string, Line>>({});
  const [isSubmitted, setIsSubmitted] = useState(false);
  const lineOf = (caseId: string): Line =>
    lines[caseId] ?? { included: false, attended: true, goalId: null, progress: null };
  const setLine = (caseId: string, patch: Partial<Line>) =>
    setLines((current) => ({ ...current, [caseId]: { ...lineOf(caseId), ...patch } }));
  const included = cases.filter((person) => lineOf(person.caseId).included);
  const unit = catalogue.find((item) => item.id === itemId)?.unit;
  const required = t('beneficiaries.form.required');
  const problems: Record<string, string | null> = {
    catalogueItemId: itemId ? null : required,
    durationMinutes: unit === 'session' && minutes === '' ? required : null,
    attendees: included.length === 0 ? t('services.group.nobody') : null,
  };
  const shown = (field: string) => (isSubmitted ? problems[field] : null) ?? serverFieldError(record.error, field);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.values(problems).some(Boolean) || !itemId) return;
    const trimmedTopic = topic.trim();
    const trimmedNote = note.trim();
    record.mutate(
      {
        kind: 'group',
        input: {
          heldOn: context.heldOn,
          catalogueItemId: itemId,
          ...(unit === 'session' && minutes !== '' ? { durationMinutes: minutes } : {}),
          ...(context.staffId ? { staffId: context.staffId } : {}),
          location,
          ...(trimmedTopic ? { topic: trimmedTopic } : {}),
          ...(trimmedNote ? { note: trimmedNote } : {}),
          attendees: included.map((person) => {
            const line = lineOf(person.caseId);
            return {
              caseId: person.caseId,
              attended: line.attended,
              ...(line.attended && line.goalId ? { goalId: line.goalId } : {}),
              ...(line.attended && line.goalId && line.progress ? { goalProgress: line.progress } : {}),
            };
          }),
        },
      },
      {
        onSuccess: (sessions) => {
          setIsSubmitted(false);
          setLines({});
          setTopic('');
          setNote('');
          context.onRecorded(sessions.length);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate data-testid="service-group-form">
        <Stack gap="sm">
          {record.error ? <QueryErrorAlert error={record.error} /> : null}
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <CatalogueSelect
              label={t('services.form.item')}
              catalogue={catalogue}
              units={['session']}
              value={itemId}
              onChange={setItemId}
              required
              error={shown('catalogueItemId')}
              data-testid="group-item"
            />
            <NumberInput
              label={t('services.form.minutes')}
              value={minutes}
              min={5}
              max={720}
              allowDecimal={false}
              onChange={(value) => setMinutes(typeof value === 'number' ? value : '')}
              required
              error={shown('durationMinutes')}
              data-testid="group-minutes"
            />
            <LocationSelect
              label={t('services.form.location')}
              value={location}
              onChange={setLocation}
              data-testid="group-location"
            />
          </SimpleGrid>
          <TextInput
            label={t('services.group.topic')}
            description={t('services.group.topicHint')}
            value={topic}
            onChange={(event) => setTopic(event.currentTarget.value)}
            maxLength={200}
            data-testid="group-topic"
          />
          <Group justify="space-between">
            <Title order={3} size="h5">
              {t('services.group.attendees')}
            </Title>
            <Badge variant="light" data-testid="group-count">
              {t('services.group.count', {
                count: included.length,
                present: included.filter((person) => lineOf(person.caseId).attended).length,
              })}
            </Badge>
          </Group>
          {shown('attendees') && (
            <Text size="sm" c="red" data-testid="group-nobody">
              {shown('attendees')}
            </Text>
          )}
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" data-testid="group-attendees">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('services.group.invited')}</Table.Th>
                  <Table.Th>{t('services.form.beneficiary')}</Table.Th>
                  <Table.Th>{t('services.group.present')}</Table.Th>
                  <Table.Th>{t('services.form.goal')}</Table.Th>
                  <Table.Th>{t('services.form.progress')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cases.map((person) => {
                  const line = lineOf(person.caseId);
                  const index = included.indexOf(person);
                  const rowError = index >= 0 ? serverFieldError(record.error, `attendees.${index}.caseId`) : null;
                  return (
                    <Table.Tr key={person.caseId} data-testid="group-attendee" data-name={person.beneficiaryName}>
                      <Table.Td>
                        <Checkbox
                          checked={line.included}
                          onChange={(event) => setLine(person.caseId, { included: event.currentTarget.checked })}
                          aria-label={t('services.group.include', { name: person.beneficiaryName })}
                          data-testid="group-include"
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{person.beneficiaryName}</Text>
                        {rowError && (
                          <Text size="xs" c="red">
                            {rowError}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Switch
                          checked={line.attended}
                          disabled={!line.included}
                          onChange={(event) => setLine(person.caseId, { attended: event.currentTarget.checked })}
                          aria-label={t('services.group.present')}
                          data-testid="group-present"
                        />
                      </Table.Td>
                      <Table.Td miw={240}>
                        <GoalSelect
                          person={person}
                          value={line.goalId}
                          onChange={(goalId) => setLine(person.caseId, { goalId })}
                          disabled={!line.included || !line.attended}
                          aria-label={t('services.form.goal')}
                          size="xs"
                          data-testid="group-goal"
                        />
                      </Table.Td>
                      <Table.Td miw={160}>
                        <ProgressSelect
                          value={line.progress}
                          onChange={(progress) => setLine(person.caseId, { progress })}
                          disabled={!line.included || !line.attended || !line.goalId}
                          aria-label={t('services.form.progress')}
                          size="xs"
                          data-testid="group-progress"
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Textarea
            label={t('services.form.note')}
            description={t('services.group.noteHint')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            data-testid="group-note"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending} data-testid="group-submit">
              {t('services.group.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
