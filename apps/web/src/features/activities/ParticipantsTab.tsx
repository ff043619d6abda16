import { type ActivityDetail, PARTICIPANT_ORIGINS, ParticipantOrigin } from '@atensi/contracts';
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { serverFieldError } from '../../lib/field-errors';
import { useAddParticipant, useRemoveParticipant, useSetHeadcounts } from './activities.api';
import { StaffPicker } from './StaffPicker';

/** Participants: named (from the staff registry or external) and counted by origin, as the seed's 38. */
export function ParticipantsTab({ activity, canManage }: { activity: ActivityDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const remove = useRemoveParticipant();
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs" data-testid="participants-by-origin">
        {PARTICIPANT_ORIGINS.map((origin) => (
          <Stack key={origin} gap={0} align="center">
            <Text fw={700} size="xl" data-testid={`origin-count-${origin}`}>
              {activity.participantsByOrigin[origin]}
            </Text>
            <Text size="xs" c="dimmed" ta="center">
              {t(`activities.origins.${origin}`)}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      <Text size="sm" data-testid="participant-total">
        {t('activities.participants.total', { count: activity.participantTotal })}
        {activity.hiddenParticipants > 0 &&
          ` ${t('activities.participants.hidden', { count: activity.hiddenParticipants })}`}
      </Text>
      {remove.isError && <QueryErrorAlert error={remove.error} />}
      {activity.participants.length > 0 && (
        <Table striped data-testid="participant-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('activities.participants.name')}</Table.Th>
              <Table.Th>{t('activities.participants.origin')}</Table.Th>
              <Table.Th>{t('activities.participants.institution')}</Table.Th>
              <Table.Th>{t('activities.participants.position')}</Table.Th>
              {canManage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {activity.participants.map((participant) => (
              <Table.Tr key={participant.id} data-testid="participant-row">
                <Table.Td>{participant.fullName}</Table.Td>
                <Table.Td>{t(`activities.origins.${participant.origin}`)}</Table.Td>
                <Table.Td>{participant.institutionName ?? '–'}</Table.Td>
                <Table.Td>{participant.position ?? '–'}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('activities.participants.remove')}
                      onClick={() => remove.mutate({ id: activity.id, participantId: participant.id })}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canManage && <AddParticipantForm activity={activity} />}
      {canManage && <HeadcountsForm activity={activity} />}
    </Stack>
  );
}

function AddParticipantForm({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation();
  const add = useAddParticipant();
  const [source, setSource] = useState<'registry' | 'external'>('registry');
  const [staffId, setStaffId] = useState<string | null>(null);
  const [fullName, setFullName] = useState('');
  const [origin, setOrigin] = useState<string | null>('inspektorat');
  const [position, setPosition] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input =
      source === 'registry'
        ? staffId
          ? { staffId, position: position.trim() || null }
          : null
        : fullName.trim().length >= 2
          ? {
              fullName: fullName.trim(),
              origin: ParticipantOrigin.parse(origin ?? 'other'),
              position: position.trim() || null,
            }
          : null;
    if (!input) return;
    add.mutate(
      { id: activity.id, input: { attended: true, ...input } },
      {
        onSuccess: () => {
          setStaffId(null);
          setFullName('');
          setPosition('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate data-testid="participant-form">
      <Stack gap="sm">
        <Title order={4}>{t('activities.participants.add')}</Title>
        {add.isError && <QueryErrorAlert error={add.error} />}
        <SegmentedControl
          value={source}
          onChange={(value) => setSource(value === 'external' ? 'external' : 'registry')}
          data={[
            { value: 'registry', label: t('activities.participants.fromRegistry') },
            { value: 'external', label: t('activities.participants.external') },
          ]}
          data-testid="participant-source"
        />
        <Group align="flex-end" gap="sm" wrap="wrap">
          {source === 'registry' ? (
            <div style={{ flex: '1 1 320px' }}>
              <StaffPicker
                label={t('activities.participants.staff')}
                value={staffId}
                onChange={setStaffId}
                testId="participant-staff"
              />
            </div>
          ) : (
            <>
              <TextInput
                flex="1 1 240px"
                label={t('activities.participants.name')}
                value={fullName}
                onChange={(event) => setFullName(event.currentTarget.value)}
                error={serverFieldError(add.error, 'fullName')}
                data-testid="participant-name"
              />
              <Select
                w={200}
                label={t('activities.participants.origin')}
                data={PARTICIPANT_ORIGINS.map((value) => ({ value, label: t(`activities.origins.${value}`) }))}
                value={origin}
                onChange={setOrigin}
                allowDeselect={false}
                data-testid="participant-origin"
              />
            </>
          )}
          <TextInput
            w={200}
            label={t('activities.participants.position')}
            value={position}
            onChange={(event) => setPosition(event.currentTarget.value)}
          />
          <Button type="submit" loading={add.isPending} data-testid="participant-submit">
            {t('activities.participants.addButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function HeadcountsForm({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation();
  const save = useSetHeadcounts();
  const [counts, setCounts] = useState<Record<string, number | string>>({ ...activity.headcounts });
  return (
    <Stack gap="sm" data-testid="headcounts-form">
      <Title order={4}>{t('activities.headcounts.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('activities.headcounts.description')}
      </Text>
      {save.isError && <QueryErrorAlert error={save.error} />}
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs">
        {PARTICIPANT_ORIGINS.map((origin) => (
          <NumberInput
            key={origin}
            label={t(`activities.origins.${origin}`)}
            value={counts[origin] ?? 0}
            min={0}
            onChange={(value) => setCounts((current) => ({ ...current, [origin]: value }))}
            data-testid={`headcount-${origin}`}
          />
        ))}
      </SimpleGrid>
      <Group justify="flex-end">
        <Button
          variant="light"
          loading={save.isPending}
          onClick={() =>
            save.mutate({
              id: activity.id,
              input: {
                counts: Object.fromEntries(
                  PARTICIPANT_ORIGINS.map((origin) => [
                    origin,
                    Math.max(0, Math.round(Number(counts[origin] ?? 0)) || 0),
                  ]),
                ),
              },
            })
          }
          data-testid="headcounts-submit"
        >
          {t('activities.headcounts.save')}
        </Button>
      </Group>
    </Stack>
  );
}
