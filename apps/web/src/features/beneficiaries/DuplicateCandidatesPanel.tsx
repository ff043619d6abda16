import { Alert, Anchor, Group, List, Loader, Text } from '@mantine/core';
import { IconCircleCheck, IconExternalLink, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { RegionName } from '../regions/RegionName';
import { type DuplicateProbe, useDuplicateCandidates } from './beneficiaries.api';

/**
 * People already registered who may be the one being registered (similar name, same birth date, same regency), so
 * the worker can open the existing record instead of registering the person twice. The links open a new tab: the
 * form keeps what was typed.
 */
export function DuplicateCandidatesPanel({ probe }: { probe: DuplicateProbe }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const candidates = useDuplicateCandidates(probe);

  if (candidates.isPending) {
    return (
      <Group gap="xs" c="dimmed" data-testid="duplicates-checking">
        <Loader size="xs" type="dots" aria-hidden />
        <Text size="sm">{t('beneficiaries.duplicates.checking')}</Text>
      </Group>
    );
  }
  if (candidates.isError) return <QueryErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />;
  const items = candidates.data.items;
  if (items.length === 0) {
    return (
      <Group gap="xs" c="teal" data-testid="duplicates-none">
        <IconCircleCheck size={16} aria-hidden />
        <Text size="sm">{t('beneficiaries.duplicates.none')}</Text>
      </Group>
    );
  }
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconUsers aria-hidden />}
      title={t('beneficiaries.duplicates.title')}
      role="status"
      data-testid="duplicate-candidates"
    >
      <Text size="sm" mb="xs">
        {t('beneficiaries.duplicates.description')}
      </Text>
      <List size="sm" spacing={4}>
        {items.map((candidate) => (
          <List.Item key={candidate.id} data-testid="duplicate-candidate">
            <Anchor
              component={Link}
              to={`/beneficiaries/${candidate.id}`}
              target="_blank"
              rel="noopener"
              size="sm"
              fw={600}
              aria-label={`${candidate.fullName} (${t('beneficiaries.duplicates.open')})`}
            >
              {candidate.fullName} <IconExternalLink size={12} aria-hidden />
            </Anchor>
            <Text span size="sm" c="dimmed">
              {' · '}
              {candidate.nikMasked ?? '—'}
              {' · '}
              {formatDate(candidate.birthDate, language)}
              {' · '}
            </Text>
            <RegionName code={candidate.regionCode} />
            <Text span size="sm" c="dimmed">
              {' · '}
              {t('beneficiaries.duplicates.similarity', { value: Math.round(candidate.similarity * 100) })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
