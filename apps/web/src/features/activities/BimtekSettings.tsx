import { type Bimtek, BimtekTargetGroup, CertificationLevel, StaffCertificationType } from '@atensi/contracts';
import { ActionIcon, Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import type { Tagged } from '../../lib/api';
import { useSaveBimtekSettings } from './activities.api';

type TopicRow = { key: string; title: string; hours: string | number; facilitator: string };

const newKey = () => Math.random().toString(36).slice(2);

/** The bimtek's curriculum and rules: the target group, pass mark, attendance, and the certificate it gives. */
export function BimtekSettings({
  activityId,
  tagged,
  canManage,
}: {
  activityId: string;
  tagged: Tagged<Bimtek>;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const bimtek = tagged.data;
  const save = useSaveBimtekSettings();
  const [targetGroup, setTargetGroup] = useState<string>(bimtek.targetGroup);
  const [passMark, setPassMark] = useState<string | number>(bimtek.passMark);
  const [attendance, setAttendance] = useState<string | number>(bimtek.minAttendancePercent);
  const [type, setType] = useState<string>(bimtek.certificateType);
  const [level, setLevel] = useState<string | null>(bimtek.certificateLevel);
  const [issuer, setIssuer] = useState(bimtek.certificateIssuer);
  const [months, setMonths] = useState<string | number>(bimtek.certificateValidMonths ?? '');
  const [topics, setTopics] = useState<TopicRow[]>(
    bimtek.topics.map((topic) => ({
      key: topic.id,
      title: topic.title,
      hours: topic.hours,
      facilitator: topic.facilitator ?? '',
    })),
  );
  const setTopic = (index: number, change: Partial<TopicRow>) =>
    setTopics((current) => current.map((topic, n) => (n === index ? { ...topic, ...change } : topic)));
  return (
    <Stack gap="sm" data-testid="bimtek-settings">
      <Title order={4}>{t('activities.bimtek.curriculum')}</Title>
      {save.isError && <QueryErrorAlert error={save.error} />}
      {topics.map((topic, index) => (
        <Group key={topic.key} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            flex={1}
            label={index === 0 ? t('activities.bimtek.topic') : undefined}
            value={topic.title}
            onChange={(event) => setTopic(index, { title: event.currentTarget.value })}
            disabled={!canManage}
            data-testid={`bimtek-topic-${index}`}
          />
          <NumberInput
            w={90}
            label={index === 0 ? t('activities.bimtek.hours') : undefined}
            value={topic.hours}
            min={0.5}
            step={0.5}
            onChange={(value) => setTopic(index, { hours: value })}
            disabled={!canManage}
            data-testid={`bimtek-hours-${index}`}
          />
          <TextInput
            w={220}
            label={index === 0 ? t('activities.bimtek.facilitator') : undefined}
            value={topic.facilitator}
            onChange={(event) => setTopic(index, { facilitator: event.currentTarget.value })}
            disabled={!canManage}
          />
          {canManage && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('activities.bimtek.removeTopic')}
              onClick={() => setTopics((current) => current.filter((_, n) => n !== index))}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
      {canManage && (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => setTopics((current) => [...current, { key: newKey(), title: '', hours: 2, facilitator: '' }])}
          data-testid="bimtek-add-topic"
        >
          {t('activities.bimtek.addTopic')}
        </Button>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('activities.bimtek.targetGroup')}
          data={BimtekTargetGroup.options.map((value) => ({
            value,
            label: t(`activities.bimtek.targetGroups.${value}`),
          }))}
          value={targetGroup}
          onChange={(value) => value && setTargetGroup(value)}
          allowDeselect={false}
          disabled={!canManage}
        />
        <NumberInput
          label={t('activities.bimtek.passMark')}
          value={passMark}
          onChange={setPassMark}
          min={0}
          max={100}
          disabled={!canManage}
          data-testid="bimtek-pass-mark"
        />
        <NumberInput
          label={t('activities.bimtek.minAttendance')}
          value={attendance}
          onChange={setAttendance}
          min={1}
          max={100}
          suffix="%"
          disabled={!canManage}
        />
        <Select
          label={t('activities.bimtek.certificateType')}
          data={StaffCertificationType.options.map((value) => ({
            value,
            label: t(`staff.certificates.types.${value}`),
          }))}
          value={type}
          onChange={(value) => value && setType(value)}
          allowDeselect={false}
          disabled={!canManage}
        />
        <Select
          label={t('activities.bimtek.certificateLevel')}
          data={CertificationLevel.options.map((value) => ({ value, label: t(`staff.certificates.levels.${value}`) }))}
          value={level}
          onChange={setLevel}
          clearable
          disabled={!canManage}
        />
        <NumberInput
          label={t('activities.bimtek.validMonths')}
          description={t('activities.bimtek.validMonthsHint')}
          value={months}
          onChange={setMonths}
          min={1}
          max={240}
          disabled={!canManage}
        />
      </SimpleGrid>
      <TextInput
        label={t('activities.bimtek.issuer')}
        value={issuer}
        onChange={(event) => setIssuer(event.currentTarget.value)}
        disabled={!canManage}
      />
      {canManage && (
        <Group justify="flex-end">
          <Button
            variant="light"
            loading={save.isPending}
            onClick={() =>
              save.mutate({
                id: activityId,
                etag: tagged.etag ?? `"${bimtek.version}"`,
                input: {
                  targetGroup: BimtekTargetGroup.parse(targetGroup),
                  passMark: Number(passMark),
                  minAttendancePercent: Math.round(Number(attendance)),
                  certificateType: StaffCertificationType.parse(type),
                  certificateLevel: level ? CertificationLevel.parse(level) : null,
                  certificateIssuer: issuer.trim(),
                  certificateValidMonths: months === '' ? null : Math.round(Number(months)),
                  topics: topics
                    .filter((topic) => topic.title.trim() !== '')
                    .map((topic) => ({
                      title: topic.title.trim(),
                      hours: Number(topic.hours) || 1,
                      facilitator: topic.facilitator.trim() || null,
                    })),
                },
              })
            }
            data-testid="bimtek-save-settings"
          >
            {t('activities.bimtek.saveSettings')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
