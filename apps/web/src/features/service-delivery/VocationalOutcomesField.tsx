import { type VocationalOutcomeInput, VocationalOutcomeKind } from '@atensi/contracts';
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { oneOf } from '../beneficiaries/beneficiary-labels';

export type OutcomeDraft = {
  uid: number;
  kind: VocationalOutcomeInput['kind'] | null;
  field: string;
  achievedOn: string;
  detail: string;
};

let next = 0;
export const emptyOutcome = (today: string): OutcomeDraft => ({
  uid: ++next,
  kind: null,
  field: '',
  achievedOn: today,
  detail: '',
});

/** The drafts as the API takes them; a line without a kind is ignored. */
export function outcomesInput(drafts: readonly OutcomeDraft[]): VocationalOutcomeInput[] {
  return drafts.flatMap((draft) =>
    draft.kind
      ? [
          {
            kind: draft.kind,
            achievedOn: draft.achievedOn,
            ...(draft.field.trim().length >= 2 ? { field: draft.field.trim() } : {}),
            ...(draft.detail.trim() ? { detail: draft.detail.trim() } : {}),
          },
        ]
      : [],
  );
}

/**
 * Vocational outcomes (component 5) recorded with a termination or an aftercare visit: a course completed, a
 * certificate, a business started, a job placement.
 */
export function VocationalOutcomesField({
  value,
  onChange,
  today,
  errorOf,
}: {
  value: OutcomeDraft[];
  onChange: (value: OutcomeDraft[]) => void;
  today: string;
  errorOf: (index: number) => string | null;
}) {
  const { t } = useTranslation();
  const set = (uid: number, patch: Partial<OutcomeDraft>) =>
    onChange(value.map((draft) => (draft.uid === uid ? { ...draft, ...patch } : draft)));
  return (
    <Stack gap="xs" data-testid="vocational-field">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t('services.vocational.title')}
        </Text>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...value, emptyOutcome(today)])}
          disabled={value.length >= 10}
          data-testid="vocational-add"
        >
          {t('services.vocational.add')}
        </Button>
      </Group>
      {value.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('services.vocational.hint')}
        </Text>
      )}
      {value.map((draft, index) => (
        <Group key={draft.uid} align="flex-start" gap="xs" wrap="wrap" data-testid="vocational-line">
          <Select
            data={VocationalOutcomeKind.options.map((kind) => ({
              value: kind,
              label: t(`services.vocational.kinds.${kind}`),
            }))}
            value={draft.kind}
            onChange={(kind) => set(draft.uid, { kind: oneOf(VocationalOutcomeKind.options, kind) })}
            placeholder={t('services.vocational.kind')}
            aria-label={t('services.vocational.kind')}
            comboboxProps={{ withinPortal: true }}
            w={190}
            size="xs"
            data-testid="vocational-kind"
          />
          <TextInput
            value={draft.field}
            onChange={(event) => set(draft.uid, { field: event.currentTarget.value })}
            placeholder={t('services.vocational.field')}
            aria-label={t('services.vocational.field')}
            maxLength={80}
            w={150}
            size="xs"
            data-testid="vocational-trade"
          />
          <TextInput
            type="date"
            value={draft.achievedOn}
            max={today}
            onChange={(event) => set(draft.uid, { achievedOn: event.currentTarget.value })}
            aria-label={t('services.vocational.achievedOn')}
            error={errorOf(index)}
            w={150}
            size="xs"
            data-testid="vocational-date"
          />
          <TextInput
            value={draft.detail}
            onChange={(event) => set(draft.uid, { detail: event.currentTarget.value })}
            placeholder={t('services.vocational.detail')}
            aria-label={t('services.vocational.detail')}
            maxLength={300}
            style={{ flex: 1, minWidth: 160 }}
            size="xs"
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('services.vocational.remove')}
            onClick={() => onChange(value.filter((other) => other.uid !== draft.uid))}
          >
            <IconTrash size={14} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}
