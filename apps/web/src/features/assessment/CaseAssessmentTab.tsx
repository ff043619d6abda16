import type { Case } from '@atensi/contracts';
import { ATENSI_COMPONENT_LABELS, SERVICE_SETTING_LABELS } from '@atensi/contracts';
import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconStethoscope } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCanAt } from '../auth/current-user';
import { useAssessment } from './assessment.api';

/** Opens the further assessment of a case in further assessment, for those who may write there. */
export function StartAssessmentButton({ item }: { item: Case }) {
  const { t } = useTranslation();
  const canWrite = useCanAt('beneficiaries:write', item.institutionId);
  if (!canWrite || item.status !== 'further_assessment') return null;
  return (
    <Button
      component={Link}
      to={`/cases/${item.id}/assessment`}
      leftSection={<IconStethoscope size={16} aria-hidden />}
      data-testid="case-start-assessment"
    >
      {t('assessment.tab.start')}
    </Button>
  );
}

/** Where the further assessment stands, and what it recommended (mounted only while open: the read is audited). */
export function CaseAssessmentTab({ item }: { item: Case }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const query = useAssessment(item.id);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const assessment = query.data;
  const isEmpty = assessment.version === 0;
  return (
    <Stack gap="sm" data-testid="case-assessment">
      <Group justify="space-between">
        <Group gap="xs">
          {!isEmpty && (
            <Badge color={assessment.status === 'completed' ? 'teal' : 'gray'} variant="light">
              {t(`assessment.statuses.${assessment.status}`)}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {isEmpty
              ? t('assessment.tab.none')
              : assessment.completedAt
                ? t('assessment.tab.completed', { time: formatDateTime(assessment.completedAt, language) })
                : t('assessment.tab.draft', { time: formatDateTime(assessment.updatedAt, language) })}
          </Text>
        </Group>
        {(!isEmpty || item.status === 'further_assessment') && (
          <Button
            component={Link}
            to={`/cases/${item.id}/assessment`}
            variant="light"
            size="xs"
            data-testid="case-open-assessment"
          >
            {t('assessment.tab.open')}
          </Button>
        )}
      </Group>
      {assessment.recommendation && (
        <Group gap="xl">
          <Text size="sm">
            <Text span c="dimmed">
              {t('assessment.tab.medical')}:{' '}
            </Text>
            {t(`assessment.medicalOptions.${assessment.recommendation.medicalRehab}`)}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              {t('assessment.tab.setting')}:{' '}
            </Text>
            {SERVICE_SETTING_LABELS[assessment.recommendation.socialSetting][language]}
          </Text>
        </Group>
      )}
      {assessment.recommendedComponents.length > 0 && (
        <List size="sm">
          {assessment.recommendedComponents.map((component) => (
            <List.Item key={component}>{ATENSI_COMPONENT_LABELS[component][language]}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
