import type { InstitutionDetail } from '@atensi/contracts';
import { Anchor, Button, Group, Stack, Switch, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { PaginationBar } from '../../components/PaginationBar';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useCanAt } from '../auth/current-user';
import { StaffFormModal } from './StaffFormModal';
import { StaffTable } from './StaffTable';
import { staffPageSize, useStaffList } from './workforce.api';

/** The staff of one institution, with their certification status; managers add staff here. */
export function InstitutionStaffTab({ institution }: { institution: InstitutionDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCanAt('workforce:manage', institution.id);
  const [includeFormer, setIncludeFormer] = useState(false);
  const [page, setPage] = useState(1);
  const list = useStaffList({ institutionId: institution.id, includeFormer: includeFormer || undefined }, page);
  const [isCreating, setIsCreating] = useState(false);

  return (
    <Stack gap="md" data-testid="institution-staff">
      <Group justify="space-between">
        <Group gap="md">
          <Switch
            label={t('staff.filters.includeFormer')}
            checked={includeFormer}
            onChange={(event) => {
              setIncludeFormer(event.currentTarget.checked);
              setPage(1);
            }}
          />
          <Anchor component={Link} to={`/staff?institutionId=${institution.id}`} size="sm">
            {t('staff.openRegistry')}
          </Anchor>
        </Group>
        {canManage && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconUserPlus size={14} aria-hidden />}
            onClick={() => setIsCreating(true)}
            data-testid="institution-staff-add"
          >
            {t('staff.create.open')}
          </Button>
        )}
      </Group>
      {list.isPending && <LoadingState />}
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.total === 0 && (
        <Text size="sm" c="dimmed">
          {t('staff.empty')}
        </Text>
      )}
      {list.data && list.data.total > 0 && (
        <Stack gap="sm">
          <StaffTable items={list.data.items} isStale={list.isPlaceholderData} withInstitution={false} />
          <PaginationBar page={page} pageSize={staffPageSize} total={list.data.total} onChange={setPage} />
        </Stack>
      )}
      <StaffFormModal
        mode={isCreating ? { kind: 'create', institutionId: institution.id } : null}
        onClose={() => setIsCreating(false)}
        onSaved={(member) => {
          setIsCreating(false);
          void navigate(`/staff/${member.id}`);
        }}
      />
    </Stack>
  );
}
