import { type Case, CaseAction, type CaseStatus, IntakeSource, TerminationReason } from '@atensi/contracts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconCheck, IconId, IconPlayerPlay, IconX } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError, type Tagged } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCurrentUser } from '../auth/current-user';
import { useBeneficiary } from '../beneficiaries/beneficiaries.api';
import { CaseStatusBadge } from './case-labels';
import { useCase, useCaseTransition } from './cases.api';
import { TerminateCaseModal } from './TerminateCaseModal';

/** One case: where it stands, its history, and the steps the user may take now. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useCase(id);
  useDocumentTitle(t('app.documentTitle', { page: t('cases.page.title') }));
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to="/" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('cases.page.back')}
        </Group>
      </Anchor>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <CaseView tagged={query.data} onReload={() => void query.refetch()} isReloading={query.isFetching} />
      )}
    </Stack>
  );
}

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {children ?? (
          <Text span c="dimmed" size="sm">
            {t('institutions.notRecorded')}
          </Text>
        )}
      </Text>
    </Stack>
  );
}

const knownActions = new Set<string>([...CaseAction.options, 'open']);

function openedNotice(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'opened' in state && state.opened === true;
}

function CaseView({
  tagged,
  onReload,
  isReloading,
}: {
  tagged: Tagged<Case>;
  onReload: () => void;
  isReloading: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const me = useCurrentUser();
  const location = useLocation();
  const item = tagged.data;
  const person = useBeneficiary(item.beneficiaryId);
  const move = useCaseTransition();
  const [pending, setPending] = useState<CaseAction | null>(null);
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<string | null>(openedNotice(location.state) ? t('cases.page.opened') : null);
  const etag = tagged.etag ?? `"${item.version}"`;
  const isStale = move.error instanceof ApiError && move.error.reason === 'stale';
  const statusLabel = (status: CaseStatus) => t(`cases.statuses.${status}`);
  const actionLabel = (action: string) =>
    knownActions.has(action) ? t(`cases.actions.${action as CaseAction | 'open'}`) : action;

  const close = () => {
    setPending(null);
    setNote('');
    move.reset();
  };
  const done = (moved: Case) => {
    setPending(null);
    setNote('');
    setNotice(t('cases.page.done', { status: statusLabel(moved.status) }));
  };
  const start = (action: CaseAction) => {
    move.reset();
    setNotice(null);
    setNote('');
    setPending(action);
  };

  const worker =
    item.assignedWorkerId === null
      ? t('cases.unassigned')
      : item.assignedWorkerId === me.id
        ? t('cases.you')
        : t('cases.otherWorker');
  const manualActions = item.allowedActions.filter((action) => action !== 'terminate');
  const canTerminate = item.allowedActions.includes('terminate');

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {t('cases.page.title')}
        </Text>
        <Title order={1} data-testid="page-title">
          {person.data ? person.data.fullName : t('cases.page.title')}
        </Title>
        <Group gap="xs">
          <CaseStatusBadge status={item.status} size="lg" />
          {item.report && (
            <Badge
              size="lg"
              variant="outline"
              color="indigo"
              tt="none"
              leftSection={<IconId size={14} aria-hidden />}
              data-testid="case-card-number"
            >
              {item.report.cardNumber}
            </Badge>
          )}
        </Group>
      </Stack>

      {notice && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck aria-hidden />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
          role="status"
          data-testid="case-notice"
        >
          {notice}
        </Alert>
      )}
      {isStale && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          role="alert"
          data-testid="case-stale"
        >
          <Text size="sm">{t('cases.transition.stale')}</Text>
          <Button
            size="xs"
            variant="white"
            color="orange"
            mt="sm"
            loading={isReloading}
            onClick={() => {
              move.reset();
              onReload();
            }}
          >
            {t('cases.transition.reload')}
          </Button>
        </Alert>
      )}

      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <Field label={t('cases.page.beneficiary')}>
            <Anchor
              component={Link}
              to={`/beneficiaries/${item.beneficiaryId}`}
              size="sm"
              data-testid="case-beneficiary"
            >
              {person.data?.fullName ?? t('cases.page.beneficiary')}
            </Anchor>
          </Field>
          <Field label={t('cases.page.institution')}>
            <Anchor component={Link} to={`/institutions/${item.institutionId}`} size="sm">
              {item.institutionName}
            </Anchor>
          </Field>
          <Field label={t('cases.page.intakeSource')}>{t(`cases.intakeSources.${item.intakeSource}`)}</Field>
          <Field label={t('cases.page.openedAt')}>{formatDateTime(item.openedAt, language)}</Field>
          <Field label={t('cases.page.worker')}>{worker}</Field>
          <Field label={t('cases.page.report')} testId="case-report-shown">
            {item.report
              ? `${item.report.cardNumber} · ${t('cases.page.reportBy', {
                  reporter: t(`beneficiaries.reporters.${item.report.reporter}`),
                  date: formatDate(item.report.reportedOn, language),
                })}`
              : null}
          </Field>
          {item.terminationReason && (
            <Field label={t('cases.page.terminated')} testId="case-termination">
              {t('cases.page.terminatedBecause', {
                reason: t(`cases.terminationReasons.${item.terminationReason}`),
                date: item.terminatedOn ? formatDate(item.terminatedOn, language) : '—',
              })}
            </Field>
          )}
          {item.previousCaseId && (
            <Field label={t('cases.page.previousCase')}>
              <Anchor component={Link} to={`/cases/${item.previousCaseId}`} size="sm">
                {t('cases.page.previousCase')}
              </Anchor>
            </Field>
          )}
        </SimpleGrid>
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" data-testid="case-actions">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('cases.page.nextSteps')}
          </Title>
          {item.allowedActions.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="case-no-actions">
              {t('cases.page.noActions')}
            </Text>
          ) : (
            <Group gap="sm">
              {manualActions.map((action) => (
                <Button
                  key={action}
                  leftSection={<IconPlayerPlay size={16} aria-hidden />}
                  onClick={() => start(action)}
                  data-testid={`case-action-${action}`}
                >
                  {actionLabel(action)}
                </Button>
              ))}
              {canTerminate && (
                <Button
                  color="red"
                  variant="light"
                  leftSection={<IconX size={16} aria-hidden />}
                  onClick={() => start('terminate')}
                  data-testid="case-action-terminate"
                >
                  {actionLabel('terminate')}
                </Button>
              )}
            </Group>
          )}
          {item.status === 'screening' && (
            <Text size="xs" c="dimmed">
              {t('cases.page.routingHint')}
            </Text>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" data-testid="case-history">
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('cases.page.history')}
          </Title>
          <Timeline active={item.history.length - 1} bulletSize={20} lineWidth={2}>
            {item.history.map((event) => (
              <Timeline.Item
                key={event.id}
                title={actionLabel(event.action)}
                data-testid="case-event"
                data-action={event.action}
              >
                <Stack gap={2}>
                  <Text size="sm">
                    {event.fromStatus
                      ? t('cases.history.move', {
                          from: statusLabel(event.fromStatus),
                          to: statusLabel(event.toStatus),
                        })
                      : statusLabel(event.toStatus)}
                  </Text>
                  {event.reason && <EventReason action={event.action} reason={event.reason} />}
                  <Text size="xs" c="dimmed">
                    {formatDate(event.occurredOn, language)}
                    {' · '}
                    {t('cases.history.recorded', { time: formatDateTime(event.recordedAt, language) })}
                    {event.actorId === me.id ? ` ${t('cases.history.byYou')}` : ''}
                  </Text>
                </Stack>
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      </Paper>

      <ConfirmModal
        opened={pending !== null && pending !== 'terminate'}
        title={pending ? `${actionLabel(pending)}?` : ''}
        message={t('cases.transition.confirmMessage', { from: statusLabel(item.status) })}
        confirmLabel={pending ? actionLabel(pending) : ''}
        isPending={move.isPending}
        error={isStale ? null : move.error}
        onConfirm={() => {
          if (!pending) return;
          const trimmed = note.trim();
          move.mutate(
            { id: item.id, etag, input: { action: pending, ...(trimmed ? { note: trimmed } : {}) } },
            {
              onSuccess: done,
              onError: (error) => {
                if (error instanceof ApiError && error.reason === 'stale') setPending(null);
              },
            },
          );
        }}
        onClose={close}
      >
        <Textarea
          label={t('cases.transition.note')}
          description={t('cases.transition.noteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={1000}
          data-testid="case-transition-note"
        />
      </ConfirmModal>
      <TerminateCaseModal
        opened={pending === 'terminate'}
        mutation={move}
        onSubmit={(input) =>
          move.mutate(
            { id: item.id, etag, input: { action: 'terminate', ...input } },
            {
              onSuccess: done,
              onError: (error) => {
                if (error instanceof ApiError && error.reason === 'stale') setPending(null);
              },
            },
          )
        }
        onClose={close}
      />
    </Stack>
  );
}

/** Why a step happened: the intake source of the opening, the reason of a termination. */
function EventReason({ action, reason }: { action: string; reason: string }) {
  const { t } = useTranslation();
  if (action === 'open') {
    const parsed = IntakeSource.safeParse(reason);
    return (
      <Text size="sm" c="dimmed">
        {t('cases.history.source', { source: parsed.success ? t(`cases.intakeSources.${parsed.data}`) : reason })}
      </Text>
    );
  }
  const parsed = TerminationReason.safeParse(reason);
  return (
    <Text size="sm" c="dimmed">
      {t('cases.history.reason', { reason: parsed.success ? t(`cases.terminationReasons.${parsed.data}`) : reason })}
    </Text>
  );
}
