import {
  Alert,
  Anchor,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { todayInJakarta } from '../../lib/format';
import { withParams } from '../../lib/search-params';
import { useCurrentUser } from '../auth/current-user';
import { useStaffList } from '../workforce/workforce.api';
import { DaySessions } from './DaySessions';
import { DaySheetForm } from './DaySheetForm';
import { GroupSessionForm } from './GroupSessionForm';
import { IndividualServiceForm } from './IndividualServiceForm';
import { useCatalogue, useServiceableCases } from './service-delivery.api';

const modes = ['individual', 'group', 'day'] as const;
type Mode = (typeof modes)[number];

export interface EntryContext {
  heldOn: string;
  staffId: string | null;
  onRecorded: (count: number) => void;
}

/**
 * Service entry: one service for one person, a group session with its attendance, or a worker's day at once. The
 * day and the worker apply to all; below, the sessions of that day.
 */
export function ServiceEntryPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  useDocumentTitle(t('app.documentTitle', { page: t('services.entry.title') }));
  const [params, setParams] = useSearchParams();
  const requested = params.get('mode');
  const mode: Mode = modes.includes(requested as Mode) ? (requested as Mode) : 'individual';
  const caseId = params.get('case');
  const today = todayInJakarta();
  const [heldOn, setHeldOn] = useState(today);
  const cases = useServiceableCases();
  const catalogue = useCatalogue();
  const staff = useStaffList({ institutionId: me.institutionId ?? undefined }, 1, { pageSize: 500 });
  const mine = staff.data?.items.find((member) => member.userId === me.id);
  const [staffId, setStaffId] = useState<string | null>(null);
  const chosenStaff = staffId ?? mine?.id ?? null;
  const [notice, setNotice] = useState<string | null>(null);
  const failed = cases.error ?? catalogue.error ?? staff.error;
  const context: EntryContext = {
    heldOn,
    staffId: chosenStaff,
    onRecorded: (count) => setNotice(t('services.entry.done', { count })),
  };

  return (
    <Stack gap="lg" maw={1300}>
      <Stack gap={4}>
        <Title order={1} data-testid="page-title">
          {t('services.entry.title')}
        </Title>
        <Text c="dimmed">{t('services.entry.description')}</Text>
      </Stack>
      {notice && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCheck aria-hidden />}
          withCloseButton
          onClose={() => setNotice(null)}
          role="status"
          data-testid="service-notice"
        >
          {notice}
        </Alert>
      )}
      {failed ? <QueryErrorAlert error={failed} /> : null}
      {!failed && (!cases.data || !catalogue.data) && <LoadingState />}
      {cases.data && catalogue.data && (
        <>
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <SegmentedControl
                value={mode}
                onChange={(value) => {
                  setNotice(null);
                  setParams((current) => withParams(current, { mode: value === 'individual' ? null : value }), {
                    replace: true,
                  });
                }}
                data={modes.map((value) => ({ value, label: t(`services.entry.modes.${value}`) }))}
                data-testid="service-mode"
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  type="date"
                  label={t('services.form.heldOn')}
                  value={heldOn}
                  max={today}
                  onChange={(event) => setHeldOn(event.currentTarget.value)}
                  required
                  data-testid="service-held-on"
                />
                <Select
                  label={t('services.form.staff')}
                  description={mine ? undefined : t('services.form.staffHint')}
                  data={(staff.data?.items ?? []).map((member) => ({ value: member.id, label: member.fullName }))}
                  value={chosenStaff}
                  onChange={setStaffId}
                  searchable
                  comboboxProps={{ withinPortal: true }}
                  data-testid="service-staff"
                />
              </SimpleGrid>
              {cases.data.items.length === 0 && (
                <Alert color="yellow" variant="light" data-testid="service-no-cases">
                  {t('services.entry.noCases')}
                </Alert>
              )}
            </Stack>
          </Paper>
          {cases.data.items.length > 0 && mode === 'individual' && (
            <IndividualServiceForm
              key={`${heldOn}-individual`}
              cases={cases.data.items}
              catalogue={catalogue.data.items}
              initialCaseId={caseId}
              context={context}
            />
          )}
          {cases.data.items.length > 0 && mode === 'group' && (
            <GroupSessionForm
              key={`${heldOn}-group`}
              cases={cases.data.items}
              catalogue={catalogue.data.items}
              context={context}
            />
          )}
          {cases.data.items.length > 0 && mode === 'day' && (
            <DaySheetForm
              key={`${heldOn}-day`}
              cases={cases.data.items}
              catalogue={catalogue.data.items}
              context={context}
            />
          )}
          <DaySessions on={heldOn} />
          {caseId && (
            <Group>
              <Anchor
                component={Link}
                to={`/cases/${caseId}?tab=progress`}
                size="sm"
                data-testid="service-back-to-case"
              >
                {t('services.entry.backToCase')}
              </Anchor>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
