import { ActionStatus, type ActivityAction } from '@atensi/contracts';
import { Anchor, Badge, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { isNational, useCurrentUser } from '../auth/current-user';
import { KindBadge } from './ActivityTable';
import { useUpdateAction } from './activities.api';

/** Follow-up actions with their due date, owner and status; who may respond changes the status in place. */
export function ActionsTable({ items, showActivity }: { items: ActivityAction[]; showActivity?: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const me = useCurrentUser();
  const update = useUpdateAction();
  const mayRespond = (action: ActivityAction) =>
    me.permissions.includes('activities:respond') &&
    (isNational(me) ||
      (action.ownerInstitutionId !== null && action.ownerInstitutionId === me.institutionId) ||
      me.role === 'balai_manager');
  return (
    <>
      {update.isError && <QueryErrorAlert error={update.error} />}
      <Table.ScrollContainer minWidth={800}>
        <Table striped data-testid="action-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('activities.actions.description')}</Table.Th>
              {showActivity && <Table.Th>{t('activities.actions.activity')}</Table.Th>}
              <Table.Th>{t('activities.actions.owner')}</Table.Th>
              <Table.Th>{t('activities.actions.dueOn')}</Table.Th>
              <Table.Th>{t('activities.actions.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((action) => (
              <Table.Tr key={action.id} data-testid="action-row" data-overdue={action.isOverdue}>
                <Table.Td>
                  <Text size="sm">{action.description}</Text>
                  {action.findingId && (
                    <Badge size="xs" variant="light" color="orange">
                      {t('activities.actions.corrective')}
                    </Badge>
                  )}
                  {action.progressNote && (
                    <Text size="xs" c="dimmed">
                      {action.progressNote}
                    </Text>
                  )}
                </Table.Td>
                {showActivity && (
                  <Table.Td>
                    <Anchor component={Link} to={`/activities/${action.activityId}`} size="sm">
                      {action.activityTitle}
                    </Anchor>{' '}
                    <KindBadge kind={action.activityKind} />
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="sm">{action.ownerInstitutionName ?? action.ownerName ?? '–'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(action.dueOn, language)}</Text>
                  {action.isOverdue && (
                    <Badge color="red" size="sm" data-testid="action-overdue">
                      {t('activities.actions.overdue', { count: action.daysOverdue })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {mayRespond(action) ? (
                    <Select
                      size="xs"
                      w={150}
                      data={ActionStatus.options.map((value) => ({
                        value,
                        label: t(`activities.actionStatuses.${value}`),
                      }))}
                      value={action.status}
                      onChange={(value) => {
                        const parsed = ActionStatus.safeParse(value);
                        if (parsed.success) update.mutate({ action, input: { status: parsed.data } });
                      }}
                      allowDeselect={false}
                      aria-label={t('activities.actions.status')}
                      data-testid="action-status"
                    />
                  ) : (
                    <Text size="sm">{t(`activities.actionStatuses.${action.status}`)}</Text>
                  )}
                  {action.doneOn && (
                    <Text size="xs" c="dimmed">
                      {formatDate(action.doneOn, language)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
