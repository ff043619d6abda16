import type { Case, Plan } from '@atensi/contracts';
import { Accordion, Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconInfoCircle, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useCan } from '../auth/current-user';
import { PlanView } from './PlanView';
import { type PlanStep, useCasePlans, usePlanStep } from './plans.api';

/**
 * The intervention plan of a case: the revision being written or waiting (with its approval flow), the active one,
 * and the earlier ones. Starting and editing happen in the plan editor.
 */
export function CasePlanTab({ item }: { item: Case }) {
  const { t } = useTranslation();
  const plans = useCasePlans(item.id);
  const step = usePlanStep();
  const canApprove = useCan('plans:approve');
  const [pending, setPending] = useState<{ plan: Plan; step: PlanStep } | null>(null);
  const [comment, setComment] = useState('');
  const location = useLocation();
  const state = location.state as { planSaved?: boolean; planSubmitted?: boolean } | null;
  const [notice, setNotice] = useState<string | null>(
    state?.planSubmitted ? t('plans.done.submitted') : state?.planSaved ? t('plans.done.saved') : null,
  );

  if (plans.isPending) return <LoadingState />;
  if (plans.isError) return <QueryErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />;
  const { items, canCreate } = plans.data;
  const open = items.find((plan) => ['draft', 'submitted', 'returned'].includes(plan.status));
  const active = items.find((plan) => plan.status === 'active');
  const earlier = items.filter((plan) => plan !== open && plan !== active);
  const start = (plan: Plan, next: PlanStep) => {
    step.reset();
    setNotice(null);
    setComment('');
    setPending({ plan, step: next });
  };
  const actions = (plan: Plan) => (
    <Group gap="sm">
      {plan.allowedActions.includes('edit') && (
        <Button
          component={Link}
          to={`/cases/${item.id}/plan?from=${plan.id}`}
          variant="light"
          leftSection={<IconPencil size={16} aria-hidden />}
          data-testid="plan-edit"
        >
          {t('plans.actions.edit')}
        </Button>
      )}
      {plan.allowedActions.includes('submit') && (
        <Button onClick={() => start(plan, 'submit')} data-testid="plan-submit">
          {plan.requiresApproval ? t('plans.actions.submit') : t('plans.actions.activate')}
        </Button>
      )}
      {plan.allowedActions.includes('approve') && (
        <Button color="teal" onClick={() => start(plan, 'approve')} data-testid="plan-approve">
          {t('plans.actions.approve')}
        </Button>
      )}
      {plan.allowedActions.includes('return') && (
        <Button color="orange" variant="light" onClick={() => start(plan, 'return')} data-testid="plan-return">
          {t('plans.actions.return')}
        </Button>
      )}
      {plan.allowedActions.includes('revise') && (
        <Button
          component={Link}
          to={`/cases/${item.id}/plan?from=${plan.id}`}
          variant="default"
          leftSection={<IconPencil size={16} aria-hidden />}
          data-testid="plan-revise"
        >
          {t('plans.actions.revise')}
        </Button>
      )}
    </Group>
  );

  return (
    <Stack gap="md" data-testid="case-plan">
      {notice && (
        <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} role="status" data-testid="plan-notice">
          {notice}
        </Alert>
      )}
      {items.length === 0 && (
        <Stack gap="sm" align="flex-start">
          <Text size="sm" c="dimmed" data-testid="plan-empty">
            {item.status === 'further_assessment' ? t('plans.tab.assessmentFirst') : t('plans.tab.empty')}
          </Text>
          {canCreate && (
            <Button
              component={Link}
              to={`/cases/${item.id}/plan`}
              leftSection={<IconPlus size={16} aria-hidden />}
              data-testid="plan-create"
            >
              {t('plans.tab.create')}
            </Button>
          )}
        </Stack>
      )}
      {open && (
        <Stack gap="sm">
          {open.status === 'submitted' && canApprove && !open.allowedActions.includes('approve') && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} data-testid="plan-own">
              {t('plans.tab.ownPlan')}
            </Alert>
          )}
          {open.status === 'submitted' && !canApprove && (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} data-testid="plan-waiting">
              {t('plans.tab.waiting')}
            </Alert>
          )}
          <PlanView plan={open} actions={actions(open)} />
        </Stack>
      )}
      {active && <PlanView plan={active} actions={actions(active)} />}
      {earlier.length > 0 && (
        <Accordion variant="separated" data-testid="plan-earlier">
          {earlier.map((plan) => (
            <Accordion.Item key={plan.id} value={plan.id}>
              <Accordion.Control>{t('plans.tab.revision', { revision: plan.revision })}</Accordion.Control>
              <Accordion.Panel>
                <PlanView plan={plan} actions={null} compact />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      <ConfirmModal
        opened={pending !== null}
        title={pending ? t(`plans.confirm.${pending.step}.title`) : ''}
        message={pending ? t(`plans.confirm.${pending.step}.message`) : ''}
        confirmLabel={pending ? t(`plans.confirm.${pending.step}.button`) : ''}
        isPending={step.isPending}
        error={step.error}
        onConfirm={() => {
          if (!pending) return;
          if (pending.step === 'return' && comment.trim().length < 3) return;
          step.mutate(
            { plan: pending.plan, step: pending.step, comment: comment.trim() || undefined },
            {
              onSuccess: (plan) => {
                setPending(null);
                setNotice(t(`plans.done.${pending.step}`, { status: t(`plans.statuses.${plan.status}`) }));
              },
            },
          );
        }}
        onClose={() => setPending(null)}
      >
        {pending && pending.step !== 'submit' && (
          <Textarea
            label={pending.step === 'return' ? t('plans.confirm.commentRequired') : t('plans.confirm.comment')}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            required={pending.step === 'return'}
            error={
              pending.step === 'return' && comment.trim().length > 0 && comment.trim().length < 3
                ? t('plans.form.short')
                : null
            }
            autosize
            minRows={2}
            maxLength={2000}
            data-testid="plan-comment"
          />
        )}
      </ConfirmModal>
    </Stack>
  );
}
