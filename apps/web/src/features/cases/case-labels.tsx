import {
  type CaseStatus,
  INTAKE_SOURCES,
  type IntakeSource,
  TERMINATION_REASONS,
  type TerminationReason,
} from '@atensi/contracts';
import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../lib/one-of';

const statusColors: Record<CaseStatus, MantineColor> = {
  intake: 'blue',
  screening: 'cyan',
  family_based_rehab: 'teal',
  further_assessment: 'grape',
  planned: 'indigo',
  in_service: 'green',
  reintegration: 'lime',
  terminated: 'orange',
  aftercare: 'violet',
  closed: 'gray',
};

export function CaseStatusBadge({ status, size = 'md' }: { status: CaseStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={statusColors[status]}
      variant="light"
      size={size}
      tt="none"
      styles={{ root: { minWidth: 'max-content' } }}
      data-testid="case-status"
      data-status={status}
    >
      {t(`cases.statuses.${status}`)}
    </Badge>
  );
}

export function useIntakeSourceOptions(): { value: IntakeSource; label: string }[] {
  const { t } = useTranslation();
  return INTAKE_SOURCES.map((value) => ({ value, label: t(`cases.intakeSources.${value}`) }));
}

export function useTerminationReasonOptions(): { value: TerminationReason; label: string }[] {
  const { t } = useTranslation();
  return TERMINATION_REASONS.map((value) => ({ value, label: t(`cases.terminationReasons.${value}`) }));
}

export function isIntakeSource(value: unknown): value is IntakeSource {
  return isOneOf(INTAKE_SOURCES, value);
}

export function isTerminationReason(value: unknown): value is TerminationReason {
  return isOneOf(TERMINATION_REASONS, value);
}

/** The statuses of a running episode (the API's `ACTIVE_STATUSES`): a person has one such case at a time. */
export const runningStatuses: readonly CaseStatus[] = [
  'intake',
  'screening',
  'family_based_rehab',
  'further_assessment',
  'planned',
  'in_service',
  'reintegration',
];

export function isRunning(status: CaseStatus): boolean {
  return runningStatuses.includes(status);
}
