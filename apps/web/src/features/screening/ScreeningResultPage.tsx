import type { AssistDefinition } from '@atensi/contracts';
import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useCase } from '../cases/cases.api';
import { PrintableScreening } from './PrintableScreening';
import { useInstrumentRevision, useScreenings } from './screening.api';

/** One past screening in the wording of the revision it was scored with, ready to print for the file. */
export function ScreeningResultPage() {
  const { t } = useTranslation();
  const { id = '', screeningId = '' } = useParams();
  useDocumentTitle(t('app.documentTitle', { page: t('screening.page.title') }));
  const caseQuery = useCase(id);
  const list = useScreenings(id);
  const screening = list.data?.items.find((entry) => entry.id === screeningId);
  const revision = useInstrumentRevision('assist-3.0', screening?.instrumentRevision);
  const item = caseQuery.data?.data;
  const error = caseQuery.error ?? list.error ?? revision.error;
  return (
    <Stack gap="lg" maw={1000}>
      <Anchor component={Link} to={`/cases/${id}?tab=screening`} size="sm" className="atensi-no-print">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('screening.page.back')}
        </Group>
      </Anchor>
      {error && <QueryErrorAlert error={error} />}
      {!error && (caseQuery.isPending || list.isPending || (screening && revision.isPending)) && <LoadingState />}
      {list.data && !screening && (
        <Alert color="gray" variant="light" data-testid="screening-not-found">
          {t('screening.page.notFound')}
        </Alert>
      )}
      {item && screening && revision.data && (
        <PrintableScreening
          item={item}
          screening={screening}
          definition={revision.data.definition as AssistDefinition}
        />
      )}
    </Stack>
  );
}
