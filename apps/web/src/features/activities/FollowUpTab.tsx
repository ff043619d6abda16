import type { ActivityDetail } from '@atensi/contracts';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { serverFieldError } from '../../lib/field-errors';
import { InstitutionSelect } from '../institutions/InstitutionSelect';
import { ActionsTable } from './ActionsTable';
import { useCreateAction } from './activities.api';

/** An activity's outcomes and its follow-up actions with owners and due dates. */
export function FollowUpTab({ activity, canManage }: { activity: ActivityDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const create = useCreateAction();
  const [description, setDescription] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [ownerName, setOwnerName] = useState('');
  const [dueOn, setDueOn] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (description.trim().length < 3 || dueOn === '') return;
    create.mutate(
      {
        id: activity.id,
        input: {
          description: description.trim(),
          ownerInstitutionId: ownerId,
          ownerName: ownerName.trim() || null,
          dueOn,
        },
      },
      {
        onSuccess: () => {
          setDescription('');
          setOwnerName('');
          setDueOn('');
        },
      },
    );
  };
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={4}>{t('activities.fields.outcomes')}</Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="activity-outcomes-shown">
          {activity.outcomes ?? t('activities.noOutcomes')}
        </Text>
      </Stack>
      {activity.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('activities.actions.empty')}
        </Text>
      ) : (
        <ActionsTable items={activity.actions} />
      )}
      {canManage && (
        <form onSubmit={submit} noValidate data-testid="action-form">
          <Stack gap="sm">
            <Title order={4}>{t('activities.actions.add')}</Title>
            {create.isError && <QueryErrorAlert error={create.error} />}
            <TextInput
              label={t('activities.actions.description')}
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
              error={serverFieldError(create.error, 'description')}
              data-testid="action-description"
            />
            <Group align="flex-end" gap="sm" wrap="wrap">
              <div style={{ flex: '1 1 280px' }}>
                <InstitutionSelect
                  label={t('activities.actions.ownerInstitution')}
                  value={ownerId}
                  onChange={setOwnerId}
                  testId="action-owner"
                />
              </div>
              <TextInput
                w={220}
                label={t('activities.actions.ownerName')}
                value={ownerName}
                onChange={(event) => setOwnerName(event.currentTarget.value)}
              />
              <TextInput
                w={170}
                type="date"
                label={t('activities.actions.dueOn')}
                value={dueOn}
                onChange={(event) => setDueOn(event.currentTarget.value)}
                error={serverFieldError(create.error, 'dueOn')}
                data-testid="action-due-on"
              />
              <Button type="submit" loading={create.isPending} data-testid="action-submit">
                {t('activities.actions.addButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
