import { type Case, CaseAction, type CaseStatus } from '@atensi/contracts';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconCheck, IconId, IconPlayerPlay, IconX } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError, type Tagged } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';
import { withParams } from '../../lib/search-params';
import { CaseNotesTab } from '../aftercare/CaseNotesTab';
import { FollowUpsTab } from '../aftercare/FollowUpsTab';
import { CaseAssessmentTab, StartAssessmentButton } from '../assessment/CaseAssessmentTab';
import { useCurrentUser } from '../auth/current-user';
import { CasePlanTab } from '../plans/CasePlanTab';
import { CaseReferralsTab } from '../referrals/CaseReferralsTab';
import { CaseScreeningsTab, StartScreeningButton } from '../screening/CaseScreeningsTab';
import { CaseProgressTab } from '../service-delivery/CaseProgressTab';
import { CaseSocialAidTab } from '../social-aid/CaseSocialAidTab';
import { CaseHistory } from './CaseHistory';
import { CaseSummary } from './CaseSummary';
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

// Steps recorded by other modules: a referral sent, a transfer received, a relapse closing the case.
const recordedActions = ['open', 'refer', 'transfer_in', 'close_relapse'] as const;
const knownActions = new Set<string>([...CaseAction.options, ...recordedActions]);
// Steps of the intervention plan, recorded on the case by the plans module (labels in the plans catalogue).
const planActions = ['plan_submit', 'plan_approve', 'plan_return', 'plan_activate'] as const;
const planActionSet = new Set<string>(planActions);

const tabs = [
  'history',
  'screening',
  'assessment',
  'plan',
  'progress',
  'socialAid',
  'referrals',
  'aftercare',
  'notes',
] as const;
type Tab = (typeof tabs)[number];

function isTab(value: unknown): value is Tab {
  return typeof value === 'string' && (tabs as readonly string[]).includes(value);
}

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
  const [_language] = useLanguage();
  const _me = useCurrentUser();
  const location = useLocation();
  const item = tagged.data;
  const [searchParams, setSearchParams] = useSearchParams();
  const requestedTab = searchParams.get('tab');
  const tab: Tab = isTab(requestedTab) ? requestedTab : 'history';
  const move = useCaseTransition();
  const [pending, setPending] = useState<CaseAction | null>(null);
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<string | null>(openedNotice(location.state) ? t('cases.page.opened') : null);
  const etag = tagged.etag ?? `"${item.version}"`;
  const isStale = move.error instanceof ApiError && move.error.reason === 'stale';
  const statusLabel = (status: CaseStatus) => t(`cases.statuses.${status}`);
  const actionLabel = (action: string) =>
    knownActions.has(action)
      ? t(`cases.actions.${action as CaseAction | (typeof recordedActions)[number]}`)
      : planActionSet.has(action)
        ? t(`plans.caseEvents.${action as (typeof planActions)[number]}`)
        : action;

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

  const manualActions = item.allowedActions.filter((action) => action !== 'terminate');
  const canTerminate = item.allowedActions.includes('terminate');
  const caseTabs: { value: Tab; label: string; testId: string; panel: ReactNode }[] = [
    {
      value: 'history',
      label: t('cases.page.history'),
      testId: 'tab-history',
      panel: <CaseHistory item={item} actionLabel={actionLabel} statusLabel={statusLabel} />,
    },
    {
      value: 'screening',
      label: t('screening.tab.title'),
      testId: 'tab-screening',
      panel: <CaseScreeningsTab item={item} />,
    },
    {
      value: 'assessment',
      label: t('assessment.tab.title'),
      testId: 'tab-assessment',
      panel: <CaseAssessmentTab item={item} />,
    },
    { value: 'plan', label: t('plans.tab.title'), testId: 'tab-plan', panel: <CasePlanTab item={item} /> },
    {
      value: 'progress',
      label: t('services.progress.tab'),
      testId: 'tab-progress',
      panel: <CaseProgressTab item={item} />,
    },
    {
      value: 'socialAid',
      label: t('socialAid.tab'),
      testId: 'tab-social-aid',
      panel: <CaseSocialAidTab item={item} />,
    },
    {
      value: 'referrals',
      label: t('cases.tabs.referrals'),
      testId: 'tab-referrals',
      panel: <CaseReferralsTab item={item} />,
    },
    {
      value: 'aftercare',
      label: t('cases.tabs.aftercare'),
      testId: 'tab-aftercare',
      panel: <FollowUpsTab item={item} />,
    },
    { value: 'notes', label: t('cases.tabs.notes'), testId: 'tab-notes', panel: <CaseNotesTab item={item} /> },
  ];

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {t('cases.page.title')}
        </Text>
        <Title order={1} data-testid="page-title">
          {item.beneficiaryName}
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

      <CaseSummary item={item} />

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
              <StartScreeningButton item={item} />
              <StartAssessmentButton item={item} />
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
          {(item.status === 'planned' || item.status === 'family_based_rehab') && item.activePlanId === null && (
            <Text size="xs" c="dimmed" data-testid="case-plan-hint">
              {t('plans.tab.caseHint')}{' '}
              <Anchor
                size="xs"
                onClick={() => setSearchParams((current) => withParams(current, { tab: 'plan' }), { replace: true })}
              >
                {t('plans.tab.open')}
              </Anchor>
            </Text>
          )}
        </Stack>
      </Paper>

      <Paper withBorder radius="md">
        <Tabs
          value={tab}
          onChange={(value) =>
            setSearchParams((current) => withParams(current, { tab: value === 'history' ? null : value }), {
              replace: true,
            })
          }
          keepMounted={false}
        >
          <Tabs.List px="sm" pt="xs">
            {caseTabs.map((entry) => (
              <Tabs.Tab key={entry.value} value={entry.value} data-testid={entry.testId}>
                {entry.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {/* Mounted only while open (keepMounted false): every read of screenings, notes... is audited. */}
          {caseTabs.map((entry) => (
            <Tabs.Panel key={entry.value} value={entry.value} p="md">
              {entry.panel}
            </Tabs.Panel>
          ))}
        </Tabs>
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
