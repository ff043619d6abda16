import {
  ATENSI_COMPONENT_LABELS,
  type AtensiComponent,
  type FrequencyPeriod,
  type GoalProgress,
  type PlanStatus,
  SERVICE_SETTING_LABELS,
  type ServiceSetting,
} from '@atensi/contracts';
import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/i18n/use-language';

const statusColors: Record<PlanStatus, string> = {
  draft: 'gray',
  submitted: 'yellow',
  returned: 'orange',
  active: 'teal',
  superseded: 'gray',
};

export function PlanStatusBadge({ status, size = 'md' }: { status: PlanStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      miw="max-content"
      color={statusColors[status]}
      variant={status === 'superseded' ? 'outline' : 'light'}
      size={size}
      tt="none"
      data-testid="plan-status"
      data-status={status}
    >
      {t(`plans.statuses.${status}`)}
    </Badge>
  );
}

const progressColors: Record<GoalProgress, string> = { not_started: 'gray', in_progress: 'blue', achieved: 'teal' };

export function GoalProgressBadge({ progress }: { progress: GoalProgress }) {
  const { t } = useTranslation();
  return (
    <Badge
      miw="max-content"
      color={progressColors[progress]}
      variant="light"
      tt="none"
      data-testid="goal-progress"
      data-progress={progress}
    >
      {t(`plans.progress.${progress}`)}
    </Badge>
  );
}

/** The name of an ATENSI component in the UI language (the labels live in the contracts). */
export function useComponentLabel(): (component: AtensiComponent) => string {
  const [language] = useLanguage();
  return (component) => ATENSI_COMPONENT_LABELS[component][language];
}

export function useSettingLabel(): (setting: ServiceSetting) => string {
  const [language] = useLanguage();
  return (setting) => SERVICE_SETTING_LABELS[setting][language];
}

/** "2× per minggu", "1× total". */
export function useFrequencyLabel(): (frequency: { count: number; period: FrequencyPeriod }) => string {
  const { t } = useTranslation();
  return (frequency) => t(`plans.frequency.${frequency.period}`, { count: frequency.count });
}
