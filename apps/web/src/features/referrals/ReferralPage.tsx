import type { Referral } from '@atensi/contracts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconCheck, IconLock, IconMessageReport, IconX } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ApiError, type Tagged } from '../../lib/api';
import { serverFieldError } from '../../lib/field-errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCanAt } from '../auth/current-user';
import { OverdueBadge, ReferralStatusBadge } from './referral-labels';
import { type ReferralAnswer, useAnswerReferral, useReferral } from './referrals.api';

/** One referral: the no-onward-disclosure notice, the packet, and the answers the caller may give. */
export function ReferralPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useReferral(id);
  useDocumentTitle(t('app.documentTitle', { page: t('referrals.page.title') }));
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to="/referrals" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('referrals.page.back')}
        </Group>
      </Anchor>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <ReferralView tagged={query.data} onReload={() => void query.refetch()} isReloading={query.isFetching} />
      )}
    </Stack>
  );
}

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  const isEmpty = children === null || children === undefined || children === '';
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
        {isEmpty ? (
          <Text span c="dimmed" size="sm">
            {t('institutions.notRecorded')}
          </Text>
        ) : (
          children
        )}
      </Text>
    </Stack>
  );
}

type Pending = 'accept' | 'decline' | 'cancel' | null;

function ReferralView({
  tagged,
  onReload,
  isReloading,
}: {
  tagged: Tagged<Referral>;
  onReload: () => void;
  isReloading: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const item = tagged.data;
  const etag = tagged.etag ?? `"${item.version}"`;
  const isReceiver = useCanAt('beneficiaries:write', item.toInstitutionId);
  const isSender = useCanAt('beneficiaries:write', item.fromInstitutionId);
  const answer = useAnswerReferral();
  const [pending, setPending] = useState<Pending>(null);
  const [declineReason, setDeclineReason] = useState('');
  const [isDeclineTried, setIsDeclineTried] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const isStale = answer.error instanceof ApiError && answer.error.reason === 'stale';

  const canAnswer = isReceiver && item.status === 'pending';
  const canReportOutcome = isReceiver && item.status === 'accepted';
  const canCancel = isSender && item.status === 'pending';

  const send = (value: ReferralAnswer, done: string) => {
    answer.mutate(
      { id: item.id, etag, answer: value },
      {
        onSuccess: () => {
          setPending(null);
          setDeclineReason('');
          setNotice(done);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.reason === 'stale') setPending(null);
        },
      },
    );
  };
  const start = (next: Pending) => {
    answer.reset();
    setIsDeclineTried(false);
    setNotice(null);
    setPending(next);
  };
  const close = () => {
    setPending(null);
    answer.reset();
  };

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {t('referrals.page.title')}
        </Text>
        <Title order={1} data-testid="page-title">
          {item.beneficiary.fullName}
        </Title>
        <Group gap="xs">
          <ReferralStatusBadge status={item.status} size="lg" />
          <Badge size="lg" variant="outline" color="gray" tt="none" data-testid="referral-kind">
            {t(`referrals.kinds.${item.kind}`)}
          </Badge>
          {item.isOverdue && <OverdueBadge escalated={item.escalatedAt !== null} />}
        </Group>
      </Stack>

      <Alert
        color="red"
        variant="filled"
        icon={<IconLock aria-hidden />}
        title={t('referrals.page.noticeTitle')}
        data-testid="referral-notice"
      >
        {item.notice}
      </Alert>

      {notice && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck aria-hidden />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
          role="status"
          data-testid="referral-done"
        >
          <Stack gap={4}>
            <Text size="sm">{notice}</Text>
            {item.status === 'accepted' && item.kind === 'transfer' && (
              <Anchor component={Link} to={`/cases/${item.caseId}`} size="sm" data-testid="referral-done-case">
                {t('referrals.page.openCase')}
              </Anchor>
            )}
          </Stack>
        </Alert>
      )}
      {isStale && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          role="alert"
          data-testid="referral-stale"
        >
          <Text size="sm">{t('referrals.page.stale')}</Text>
          <Button
            size="xs"
            variant="white"
            color="orange"
            mt="sm"
            loading={isReloading}
            onClick={() => {
              answer.reset();
              onReload();
            }}
          >
            {t('cases.transition.reload')}
          </Button>
        </Alert>
      )}

      <Paper withBorder p="md" radius="md" component="section" data-testid="referral-packet">
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('referrals.page.packet')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            <Field label={t('referrals.columns.beneficiary')} testId="referral-person">
              {`${item.beneficiary.fullName} · ${t(`beneficiaries.sexes.${item.beneficiary.sex}`)} · ${formatDate(
                item.beneficiary.birthDate,
                language,
              )}`}
            </Field>
            <Field label={t('referrals.columns.from')} testId="referral-from">
              {item.fromInstitutionName}
            </Field>
            <Field label={t('referrals.columns.to')} testId="referral-to">
              {item.toInstitutionName}
            </Field>
            <Field label={t('referrals.columns.createdAt')}>{formatDateTime(item.createdAt, language)}</Field>
            <Field label={t('referrals.columns.dueOn')}>{formatDate(item.dueOn, language)}</Field>
            <Field label={t('referrals.page.respondedAt')}>
              {item.respondedAt ? formatDateTime(item.respondedAt, language) : null}
            </Field>
            {item.escalatedAt && (
              <Field label={t('referrals.page.escalatedAt')}>{formatDateTime(item.escalatedAt, language)}</Field>
            )}
          </SimpleGrid>
          <Field label={t('referrals.fields.reason')} testId="referral-reason">
            {item.reason}
          </Field>
          <Field label={t('referrals.fields.documents')} testId="referral-documents">
            {item.documents.length > 0 ? (
              <List size="sm">
                {item.documents.map((document, index) => (
                  // Documents are plain titles and may repeat; their position is their identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <List.Item key={index}>{document}</List.Item>
                ))}
              </List>
            ) : null}
          </Field>
          {item.declineReason && (
            <Field label={t('referrals.page.declineReason')} testId="referral-decline-reason">
              {item.declineReason}
            </Field>
          )}
          {item.outcome && (
            <Field label={t('referrals.page.outcome')} testId="referral-outcome">
              {item.outcome}
            </Field>
          )}
          {(item.status === 'accepted' || item.status === 'completed') && item.kind === 'transfer' && (
            <Anchor component={Link} to={`/cases/${item.caseId}`} size="sm" data-testid="referral-case">
              {t('referrals.page.openCase')}
            </Anchor>
          )}
        </Stack>
      </Paper>

      {(canAnswer || canCancel) && (
        <Paper withBorder p="md" radius="md" component="section" data-testid="referral-actions">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {t('referrals.page.actions')}
            </Title>
            <Group gap="sm">
              {canAnswer && (
                <>
                  <Button
                    leftSection={<IconCheck size={16} aria-hidden />}
                    onClick={() => start('accept')}
                    data-testid="referral-accept"
                  >
                    {t('referrals.actions.accept')}
                  </Button>
                  <Button
                    color="red"
                    variant="light"
                    leftSection={<IconX size={16} aria-hidden />}
                    onClick={() => start('decline')}
                    data-testid="referral-decline"
                  >
                    {t('referrals.actions.decline')}
                  </Button>
                </>
              )}
              {canCancel && (
                <Button
                  color="red"
                  variant="light"
                  leftSection={<IconX size={16} aria-hidden />}
                  onClick={() => start('cancel')}
                  data-testid="referral-cancel"
                >
                  {t('referrals.actions.cancel')}
                </Button>
              )}
            </Group>
            {canAnswer && item.kind === 'transfer' && (
              <Text size="xs" c="dimmed">
                {t('referrals.page.transferHint')}
              </Text>
            )}
          </Stack>
        </Paper>
      )}

      {canReportOutcome && (
        <OutcomeForm
          mutation={answer}
          isStale={isStale}
          onSubmit={(outcome) => send({ action: 'outcome', outcome }, t('referrals.done.outcome'))}
        />
      )}

      <ConfirmModal
        opened={pending === 'accept'}
        title={t('referrals.actions.acceptTitle')}
        message={item.kind === 'transfer' ? t('referrals.page.transferHint') : t('referrals.page.serviceHint')}
        confirmLabel={t('referrals.actions.accept')}
        isPending={answer.isPending}
        error={isStale ? null : answer.error}
        onConfirm={() => send({ action: 'accept' }, t('referrals.done.accept'))}
        onClose={close}
      />
      <ConfirmModal
        opened={pending === 'decline'}
        title={t('referrals.actions.declineTitle')}
        message={t('referrals.actions.declineMessage')}
        confirmLabel={t('referrals.actions.decline')}
        isDangerous
        isPending={answer.isPending}
        error={isStale || serverFieldError(answer.error, 'reason') ? null : answer.error}
        onConfirm={() => {
          setIsDeclineTried(true);
          if (declineReason.trim().length < 3) return;
          send({ action: 'decline', reason: declineReason.trim() }, t('referrals.done.decline'));
        }}
        onClose={close}
      >
        <Textarea
          label={t('referrals.actions.declineReason')}
          value={declineReason}
          onChange={(event) => setDeclineReason(event.currentTarget.value)}
          required
          autosize
          minRows={2}
          maxLength={1000}
          error={
            (isDeclineTried && declineReason.trim().length < 3 ? t('referrals.form.minChars', { count: 3 }) : null) ??
            serverFieldError(answer.error, 'reason')
          }
          description={t('referrals.form.minChars', { count: 3 })}
          data-testid="referral-decline-reason-input"
        />
      </ConfirmModal>
      <ConfirmModal
        opened={pending === 'cancel'}
        title={t('referrals.actions.cancelTitle')}
        message={t('referrals.actions.cancelMessage')}
        confirmLabel={t('referrals.actions.cancel')}
        isDangerous
        isPending={answer.isPending}
        error={isStale ? null : answer.error}
        onConfirm={() => send({ action: 'cancel' }, t('referrals.done.cancel'))}
        onClose={close}
      />
    </Stack>
  );
}

/** Closes the loop: the receiver tells the sender what came of an accepted referral. */
function OutcomeForm({
  mutation,
  isStale,
  onSubmit,
}: {
  mutation: { isPending: boolean; error: unknown };
  isStale: boolean;
  onSubmit: (outcome: string) => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const tooShort = outcome.trim().length < 3;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (!tooShort) onSubmit(outcome.trim());
  };
  const fieldError = serverFieldError(mutation.error, 'outcome');
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="referral-outcome-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Stack gap={2}>
            <Title order={2} size="h3">
              {t('referrals.outcome.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('referrals.outcome.description')}
            </Text>
          </Stack>
          {mutation.error && !isStale && !fieldError ? <QueryErrorAlert error={mutation.error} /> : null}
          <Textarea
            label={t('referrals.outcome.label')}
            value={outcome}
            onChange={(event) => setOutcome(event.currentTarget.value)}
            required
            autosize
            minRows={3}
            maxLength={2000}
            error={(isSubmitted && tooShort ? t('referrals.form.minChars', { count: 3 }) : null) ?? fieldError}
            data-testid="referral-outcome-input"
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={mutation.isPending}
              leftSection={<IconMessageReport size={16} aria-hidden />}
              data-testid="referral-outcome-submit"
            >
              {t('referrals.outcome.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
