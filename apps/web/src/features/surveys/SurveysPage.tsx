import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useCan } from '../auth/current-user';
import { SurveyBuilder } from './SurveyBuilder';
import { useSurveys } from './surveys.api';

/** Media surveys: their questions, how many responded, and (for the Directorate) the builder. */
export function SurveysPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: t('surveys.title') }));
  const navigate = useNavigate();
  const canManage = useCan('surveys:manage');
  const list = useSurveys();
  const [isBuilding, setIsBuilding] = useState(false);
  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} data-testid="page-title">
            {t('surveys.title')}
          </Title>
          <Text c="dimmed">{t('surveys.description')}</Text>
        </Stack>
        {canManage && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setIsBuilding(true)}
            data-testid="survey-create"
          >
            {t('surveys.create')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md" radius="md">
        {list.isPending && <LoadingState />}
        {list.isError && <QueryErrorAlert error={list.error} />}
        {list.data && list.data.items.length === 0 && (
          <Text c="dimmed" ta="center">
            {t('surveys.empty')}
          </Text>
        )}
        {list.data && list.data.items.length > 0 && (
          <Table striped data-testid="survey-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('surveys.fields.title')}</Table.Th>
                <Table.Th>{t('surveys.fields.status')}</Table.Th>
                <Table.Th ta="right">{t('surveys.fields.questions')}</Table.Th>
                <Table.Th ta="right">{t('surveys.fields.responses')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((survey) => (
                <Table.Tr key={survey.id} data-testid="survey-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/surveys/${survey.id}`}>
                      {survey.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`surveys.statuses.${survey.status}`)}</Badge>
                  </Table.Td>
                  <Table.Td ta="right">{survey.questions.length}</Table.Td>
                  <Table.Td ta="right">{survey.responses}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Modal opened={isBuilding} onClose={() => setIsBuilding(false)} title={t('surveys.create')} size="xl" centered>
        <SurveyBuilder
          onCreated={(id) => {
            setIsBuilding(false);
            void navigate(`/surveys/${id}`);
          }}
          onCancel={() => setIsBuilding(false)}
        />
      </Modal>
    </Stack>
  );
}
