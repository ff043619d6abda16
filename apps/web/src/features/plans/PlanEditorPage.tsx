import type { Case, CatalogueItem, Plan } from '@atensi/contracts';
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { todayInJakarta } from '../../lib/format';
import { useCase } from '../cases/cases.api';
import { useCatalogue } from '../service-delivery/service-delivery.api';
import { useStaffList } from '../workforce/workforce.api';
import { PlanForm } from './PlanForm';
import { draftFromAssessment, draftFromPlan } from './plan-draft';
import { useCaseAssessment, useCasePlans } from './plans.api';

/**
 * The plan editor: a new plan pre-filled from the further assessment (or family-based for a low-risk case), a
 * draft or returned revision to correct (`?from=<its id>`), or a revision of the active plan (`?from=<active id>`).
 */
export function PlanEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const fromId = params.get('from');
  const caseQuery = useCase(id);
  const plans = useCasePlans(id);
  const catalogue = useCatalogue();
  const item = caseQuery.data?.data;
  const assessment = useCaseAssessment(id, item?.assessmentCompleted === true && !fromId);
  const staff = useStaffList({ institutionId: item?.institutionId }, 1, { pageSize: 500 });
  useDocumentTitle(t('app.documentTitle', { page: t('plans.editor.title') }));

  const failed = caseQuery.error ?? plans.error ?? catalogue.error ?? assessment.error;
  const source = fromId ? plans.data?.items.find((plan) => plan.id === fromId) : undefined;
  const ready =
    item && plans.data && catalogue.data && (!item.assessmentCompleted || fromId || assessment.data !== undefined);

  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to={`/cases/${id}?tab=plan`} size="sm" data-testid="plan-editor-back">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('plans.editor.back')}
        </Group>
      </Anchor>
      {failed ? <QueryErrorAlert error={failed} /> : null}
      {!failed && !ready && <LoadingState />}
      {ready && (
        <Editor
          item={item}
          source={source ?? null}
          catalogue={catalogue.data.items}
          assessment={assessment.data ?? null}
          staff={(staff.data?.items ?? []).map((member) => ({ value: member.id, label: member.fullName }))}
          missingSource={Boolean(fromId) && !source}
        />
      )}
    </Stack>
  );
}

function Editor({
  item,
  source,
  catalogue,
  assessment,
  staff,
  missingSource,
}: {
  item: Case;
  source: Plan | null;
  catalogue: CatalogueItem[];
  assessment: Parameters<typeof draftFromAssessment>[0];
  staff: { value: string; label: string }[];
  missingSource: boolean;
}) {
  const { t } = useTranslation();
  const today = todayInJakarta();
  if (missingSource) return <QueryErrorAlert error={new Error(t('plans.editor.notFound'))} />;
  const editing = source && (source.status === 'draft' || source.status === 'returned') ? source : null;
  const initial = source
    ? draftFromPlan(source, editing === null, today)
    : draftFromAssessment(assessment, catalogue, today);
  const heading = editing
    ? t('plans.editor.editTitle', { revision: editing.revision })
    : source
      ? t('plans.editor.reviseTitle', { revision: source.revision })
      : t('plans.editor.title');
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {item.beneficiaryName}
        </Text>
        <Title order={1} data-testid="page-title">
          {heading}
        </Title>
      </Stack>
      {!source && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} data-testid="plan-prefill">
          {assessment?.recommendedComponents.length ? t('plans.editor.fromAssessment') : t('plans.editor.lowRisk')}
        </Alert>
      )}
      {editing?.status === 'returned' && (
        <Alert color="orange" variant="light" data-testid="plan-returned-comment">
          {t('plans.editor.returned', {
            comment: editing.events.filter((event) => event.action === 'return').at(-1)?.comment ?? '',
          })}
        </Alert>
      )}
      <PlanForm item={item} plan={editing} initial={initial} catalogue={catalogue} staff={staff} />
    </Stack>
  );
}
