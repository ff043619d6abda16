import { CHECKLIST_AREAS, ChecklistArea } from '@atensi/contracts';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useCan } from '../auth/current-user';
import { useChecklists, usePublishChecklist } from './activities.api';

type Item = { key: string; area: string; text: string; weight: string | number };

const newKey = () => Math.random().toString(36).slice(2);

/** The supervision checklist: its versions, and (for the Directorate) a new version built from the current one. */
export function ChecklistPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('activities.checklist.title') }));
  const canPublish = useCan('supervision:checklist');
  const list = useChecklists();
  const current = list.data?.items.find((item) => item.isCurrent);
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1} data-testid="page-title">
          {t('activities.checklist.title')}
        </Title>
        <Text c="dimmed">{t('activities.checklist.description')}</Text>
      </Stack>
      {list.isPending && <LoadingState />}
      {list.isError && <QueryErrorAlert error={list.error} />}
      {current && (
        <Paper withBorder p="md" radius="md">
          <Group gap="xs" mb="sm">
            <Title order={3}>{current.title}</Title>
            <Badge>{t('activities.checklist.version', { version: current.version })}</Badge>
            <Text size="sm" c="dimmed">
              {t('activities.checklist.visits', { count: current.visits })}
            </Text>
          </Group>
          <Table striped>
            <Table.Tbody>
              {current.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td w={200}>{t(`activities.supervision.areas.${item.area}`)}</Table.Td>
                  <Table.Td>{item.text}</Table.Td>
                  <Table.Td w={80}>×{item.weight}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {canPublish && (
            <ChecklistEditor
              key={current.id}
              initial={current.items.map((item) => ({
                key: item.id,
                area: item.area,
                text: item.text,
                weight: item.weight,
              }))}
              title={current.title}
            />
          )}
        </Paper>
      )}
      {list.data && list.data.items.length > 1 && (
        <Text size="sm" c="dimmed">
          {t('activities.checklist.earlier', {
            versions: list.data.items
              .filter((item) => !item.isCurrent)
              .map((item) => item.version)
              .join(', '),
          })}
        </Text>
      )}
    </Stack>
  );
}

function ChecklistEditor({ initial, title: initialTitle }: { initial: Item[]; title: string }) {
  const { t } = useTranslation();
  const publish = usePublishChecklist();
  const [title, setTitle] = useState(initialTitle);
  const [items, setItems] = useState<Item[]>(initial);
  const set = (index: number, change: Partial<Item>) =>
    setItems((current) => current.map((item, n) => (n === index ? { ...item, ...change } : item)));
  return (
    <Stack gap="xs" mt="lg" data-testid="checklist-editor">
      <Title order={4}>{t('activities.checklist.newVersion')}</Title>
      {publish.isError && <QueryErrorAlert error={publish.error} />}
      {publish.isSuccess && <Text c="teal">{t('activities.checklist.published')}</Text>}
      <TextInput
        label={t('activities.checklist.name')}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
      />
      {items.map((item, index) => (
        <Group key={item.key} gap="xs" wrap="nowrap" align="flex-end">
          <Select
            w={190}
            data={CHECKLIST_AREAS.map((value) => ({ value, label: t(`activities.supervision.areas.${value}`) }))}
            value={item.area}
            onChange={(value) => value && set(index, { area: value })}
            allowDeselect={false}
            aria-label={t('activities.supervision.area')}
          />
          <TextInput
            flex={1}
            value={item.text}
            onChange={(event) => set(index, { text: event.currentTarget.value })}
            aria-label={t('activities.checklist.item')}
          />
          <NumberInput
            w={80}
            min={1}
            max={10}
            value={item.weight}
            onChange={(value) => set(index, { weight: value })}
            aria-label={t('activities.checklist.weight')}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={() => setItems((current) => current.filter((_, n) => n !== index))}
            aria-label={t('activities.checklist.remove')}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group justify="space-between">
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() =>
            setItems((current) => [...current, { key: newKey(), area: 'service_standards', text: '', weight: 1 }])
          }
        >
          {t('activities.checklist.addItem')}
        </Button>
        <Button
          loading={publish.isPending}
          onClick={() =>
            publish.mutate({
              title: title.trim(),
              items: items
                .filter((item) => item.text.trim().length >= 3)
                .map((item) => ({
                  area: ChecklistArea.parse(item.area),
                  text: item.text.trim(),
                  weight: Math.round(Number(item.weight)) || 1,
                })),
            })
          }
          data-testid="checklist-publish"
        >
          {t('activities.checklist.publish')}
        </Button>
      </Group>
    </Stack>
  );
}
