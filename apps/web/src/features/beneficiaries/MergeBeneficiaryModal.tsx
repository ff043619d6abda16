import type { Beneficiary, BeneficiarySummary } from '@atensi/contracts';
import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useBeneficiarySearch, useMergeBeneficiary } from './beneficiaries.api';
import { beneficiarySearchQuery } from './beneficiary-search';

interface MergeBeneficiaryModalProps {
  opened: boolean;
  keep: Beneficiary;
  onClose: () => void;
  onMerged: (kept: Beneficiary) => void;
}

/**
 * Folds a duplicate registration into this one (managers): find the duplicate by name or NIK (kept in memory, never
 * in the address), pick it, confirm. The duplicate's cases, consents and disclosures move here; both records stay.
 */
export function MergeBeneficiaryModal({ opened, keep, onClose, onMerged }: MergeBeneficiaryModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('merge.title')} centered size="lg">
      {opened && <MergeForm keep={keep} onClose={onClose} onMerged={onMerged} />}
    </Modal>
  );
}

function MergeForm({ keep, onClose, onMerged }: Omit<MergeBeneficiaryModalProps, 'opened'>) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [term, setTerm] = useState('');
  const [debouncedTerm] = useDebouncedValue(term, 400);
  const [picked, setPicked] = useState<BeneficiarySummary | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const query = beneficiarySearchQuery({ term: debouncedTerm, regionCode: null, birthDate: '' });
  const results = useBeneficiarySearch(query);
  const merge = useMergeBeneficiary();
  const candidates = (results.data?.items ?? []).filter((person) => person.id !== keep.id);

  if (isConfirming && picked) {
    return (
      <Stack gap="md" data-testid="merge-confirm">
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('merge.confirmMessage', { duplicate: picked.fullName, keep: keep.fullName })}
        </Alert>
        {merge.error ? <QueryErrorAlert error={merge.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setIsConfirming(false)} disabled={merge.isPending}>
            {t('merge.back')}
          </Button>
          <Button
            color="red"
            loading={merge.isPending}
            onClick={() => merge.mutate({ keepId: keep.id, duplicateId: picked.id }, { onSuccess: onMerged })}
            data-testid="merge-submit"
          >
            {t('merge.submit')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md" data-testid="merge-search">
      <Text size="sm" c="dimmed">
        {t('merge.description')}
      </Text>
      <TextInput
        type="search"
        label={t('beneficiaries.search.label')}
        placeholder={t('beneficiaries.search.placeholder')}
        value={term}
        onChange={(event) => {
          setTerm(event.currentTarget.value);
          setPicked(null);
        }}
        leftSection={<IconSearch size={16} aria-hidden />}
        autoComplete="off"
        spellCheck={false}
        data-autofocus
        data-testid="merge-search-input"
      />
      {query !== null && results.isPending && <LoadingState />}
      {query !== null && results.isError && <QueryErrorAlert error={results.error} />}
      {query !== null && results.data && candidates.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="merge-none">
          {t('beneficiaries.search.empty')}
        </Text>
      )}
      {candidates.length > 0 && (
        <Radio.Group
          label={t('merge.pick')}
          value={picked?.id ?? null}
          onChange={(id) => setPicked(candidates.find((person) => person.id === id) ?? null)}
        >
          <Stack gap="xs" mt={6}>
            {candidates.map((person) => (
              <Radio
                key={person.id}
                value={person.id}
                label={person.fullName}
                description={[
                  person.nikMasked ?? t('merge.noNik'),
                  t(`beneficiaries.sexes.${person.sex}`),
                  formatDate(person.birthDate, language),
                ].join(' · ')}
                data-testid="merge-candidate"
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button disabled={picked === null} onClick={() => setIsConfirming(true)} data-testid="merge-next">
          {t('merge.next')}
        </Button>
      </Group>
    </Stack>
  );
}
