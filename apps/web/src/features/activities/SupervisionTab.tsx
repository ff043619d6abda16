import {
  type ActivityDetail,
  CHECKLIST_AREAS,
  ChecklistArea,
  ChecklistRating,
  FindingSeverity,
  type SupervisionDetail,
} from '@atensi/contracts';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ActionsTable } from './ActionsTable';
import { useAddFinding, useSaveSupervisionAnswers, useSupervision } from './activities.api';

/** A supervision visit: the checklist (its version), ratings, the score by area, findings and corrective actions. */
export function SupervisionTab({ activity, canManage }: { activity: ActivityDetail; canManage: boolean }) {
  const query = useSupervision(activity.id);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <SupervisionView key={query.data.checklistId} visit={query.data} canManage={canManage} />;
}

export function ScoreBadge({ score }: { score: number | null }) {
  const color = score === null ? 'gray' : score >= 80 ? 'teal' : score >= 60 ? 'yellow' : 'red';
  return (
    <Badge color={color} variant="filled" data-testid="supervision-score">
      {score === null ? '–' : `${score.toFixed(1)}`}
    </Badge>
  );
}

function SupervisionView({ visit, canManage }: { visit: SupervisionDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const save = useSaveSupervisionAnswers();
  const [ratings, setRatings] = useState<Record<string, string | null>>(
    Object.fromEntries(visit.checklist.map((item) => [item.id, item.rating])),
  );
  const [notes, setNotes] = useState<Record<string, string>>(
    Object.fromEntries(visit.checklist.map((item) => [item.id, item.note ?? ''])),
  );
  const [summary, setSummary] = useState(visit.summary ?? '');
  const rated = visit.checklist.filter((item) => ratings[item.id]);
  return (
    <Stack gap="lg" data-testid="supervision-tab">
      <Group gap="md">
        <Text>
          {t('activities.supervision.visited')}:{' '}
          <Anchor component={Link} to={`/institutions/${visit.institutionId}?tab=supervision`}>
            {visit.institutionName}
          </Anchor>
        </Text>
        <Text size="sm" c="dimmed">
          {t('activities.supervision.checklistVersion', { version: visit.checklistVersion })}
        </Text>
        <Group gap={4}>
          <Text size="sm">{t('activities.supervision.score')}</Text>
          <ScoreBadge score={visit.score} />
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="xs">
        {visit.areaScores.map((area) => (
          <Paper key={area.area} withBorder p="xs" radius="md">
            <Text size="xs" c="dimmed">
              {t(`activities.supervision.areas.${area.area}`)}
            </Text>
            <Text fw={700}>{area.score === null ? '–' : area.score.toFixed(1)}</Text>
            <Progress
              value={area.score ?? 0}
              size="sm"
              color={area.score !== null && area.score < 60 ? 'red' : 'teal'}
            />
          </Paper>
        ))}
      </SimpleGrid>
      <Stack gap="sm">
        <Title order={4}>{t('activities.supervision.checklist')}</Title>
        {save.isError && <QueryErrorAlert error={save.error} />}
        {CHECKLIST_AREAS.map((area) => {
          const items = visit.checklist.filter((item) => item.area === area);
          if (items.length === 0) return null;
          return (
            <Stack key={area} gap="xs">
              <Text fw={600}>{t(`activities.supervision.areas.${area}`)}</Text>
              {items.map((item) => (
                <Paper key={item.id} withBorder p="xs" radius="sm" data-testid="checklist-item">
                  <Group justify="space-between" align="flex-start" wrap="wrap">
                    <Text size="sm" flex="1 1 300px">
                      {item.text}{' '}
                      <Text span size="xs" c="dimmed">
                        ({t('activities.supervision.weight', { weight: item.weight })})
                      </Text>
                    </Text>
                    <SegmentedControl
                      size="xs"
                      value={ratings[item.id] ?? ''}
                      onChange={(value) => setRatings((current) => ({ ...current, [item.id]: value }))}
                      disabled={!canManage}
                      data={ChecklistRating.options.map((value) => ({
                        value,
                        label: t(`activities.supervision.ratings.${value}`),
                      }))}
                      data-testid="checklist-rating"
                    />
                  </Group>
                  {canManage && (
                    <TextInput
                      mt={4}
                      size="xs"
                      placeholder={t('activities.supervision.note')}
                      value={notes[item.id] ?? ''}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setNotes((current) => ({ ...current, [item.id]: value }));
                      }}
                    />
                  )}
                  {!canManage && item.note && (
                    <Text size="xs" c="dimmed">
                      {item.note}
                    </Text>
                  )}
                </Paper>
              ))}
            </Stack>
          );
        })}
        <Textarea
          label={t('activities.supervision.summary')}
          value={summary}
          onChange={(event) => setSummary(event.currentTarget.value)}
          disabled={!canManage}
          autosize
          minRows={2}
        />
        {canManage && (
          <Group justify="flex-end">
            <Button
              loading={save.isPending}
              disabled={rated.length === 0}
              onClick={() =>
                save.mutate({
                  id: visit.activityId,
                  input: {
                    answers: rated.map((item) => ({
                      itemId: item.id,
                      rating: ChecklistRating.parse(ratings[item.id]),
                      note: (notes[item.id] ?? '').trim() || null,
                    })),
                    summary: summary.trim() || null,
                  },
                })
              }
              data-testid="supervision-save"
            >
              {t('activities.supervision.save')}
            </Button>
          </Group>
        )}
      </Stack>
      <Stack gap="sm">
        <Title order={4}>{t('activities.supervision.findings')}</Title>
        {visit.findingList.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('activities.supervision.noFindings')}
          </Text>
        )}
        {visit.findingList.map((finding) => (
          <Paper key={finding.id} withBorder p="sm" radius="md" data-testid="finding">
            <Group gap="xs">
              <Badge color={finding.severity === 'critical' ? 'red' : finding.severity === 'major' ? 'orange' : 'gray'}>
                {t(`activities.supervision.severities.${finding.severity}`)}
              </Badge>
              <Text size="sm" fw={600}>
                {t(`activities.supervision.areas.${finding.area}`)}
              </Text>
            </Group>
            <Text size="sm" mt={4}>
              {finding.description}
            </Text>
            {finding.actions.length > 0 && <ActionsTable items={finding.actions} />}
          </Paper>
        ))}
        {canManage && <FindingForm visitId={visit.activityId} />}
      </Stack>
    </Stack>
  );
}

function FindingForm({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const add = useAddFinding();
  const [area, setArea] = useState<string | null>('staffing');
  const [severity, setSeverity] = useState<string | null>('minor');
  const [description, setDescription] = useState('');
  const [action, setAction] = useState('');
  const [dueOn, setDueOn] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (description.trim().length < 3) return;
    add.mutate(
      {
        id: visitId,
        input: {
          area: ChecklistArea.parse(area),
          severity: FindingSeverity.parse(severity),
          description: description.trim(),
          ...(action.trim().length >= 3 && dueOn ? { correctiveAction: { description: action.trim(), dueOn } } : {}),
        },
      },
      {
        onSuccess: () => {
          setDescription('');
          setAction('');
          setDueOn('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate data-testid="finding-form">
      <Stack gap="sm">
        <Text fw={600}>{t('activities.supervision.addFinding')}</Text>
        {add.isError && <QueryErrorAlert error={add.error} />}
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            w={200}
            label={t('activities.supervision.area')}
            data={CHECKLIST_AREAS.map((value) => ({ value, label: t(`activities.supervision.areas.${value}`) }))}
            value={area}
            onChange={setArea}
            allowDeselect={false}
          />
          <Select
            w={160}
            label={t('activities.supervision.severity')}
            data={FindingSeverity.options.map((value) => ({
              value,
              label: t(`activities.supervision.severities.${value}`),
            }))}
            value={severity}
            onChange={setSeverity}
            allowDeselect={false}
          />
          <TextInput
            flex="1 1 260px"
            label={t('activities.supervision.finding')}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            data-testid="finding-description"
          />
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            flex="1 1 260px"
            label={t('activities.supervision.correctiveAction')}
            value={action}
            onChange={(event) => setAction(event.currentTarget.value)}
            data-testid="finding-action"
          />
          <TextInput
            w={170}
            type="date"
            label={t('activities.actions.dueOn')}
            value={dueOn}
            onChange={(event) => setDueOn(event.currentTarget.value)}
            data-testid="finding-due-on"
          />
          <Button type="submit" loading={add.isPending} data-testid="finding-submit">
            {t('activities.supervision.addFindingButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
