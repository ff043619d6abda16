import { type ActivityDetail, DocumentKind } from '@atensi/contracts';
import {
  ActionIcon,
  Anchor,
  Button,
  FileInput,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload, IconTrash, IconUpload } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useRemoveDocument, useUploadDocument } from './activities.api';
import { formatNumber } from './activity-labels';

/** Minutes, reports, guideline drafts: uploaded files, their type checked by the server from their bytes. */
export function DocumentsTab({ activity, canManage }: { activity: ActivityDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const upload = useUploadDocument();
  const remove = useRemoveDocument();
  const [kind, setKind] = useState<string | null>('minutes');
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file || !kind || title.trim().length < 2) return;
    upload.mutate(
      { id: activity.id, kind, title: title.trim(), file },
      {
        onSuccess: () => {
          setTitle('');
          setFile(null);
        },
      },
    );
  };
  return (
    <Stack gap="md">
      {activity.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('activities.documents.empty')}
        </Text>
      ) : (
        <Table striped data-testid="document-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('activities.documents.title')}</Table.Th>
              <Table.Th>{t('activities.documents.kind')}</Table.Th>
              <Table.Th>{t('activities.documents.file')}</Table.Th>
              <Table.Th>{t('activities.documents.uploadedAt')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {activity.documents.map((document) => (
              <Table.Tr key={document.id} data-testid="document-row">
                <Table.Td>{document.title}</Table.Td>
                <Table.Td>{t(`activities.documentKinds.${document.kind}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {document.fileName} ({formatNumber(Math.ceil(document.sizeBytes / 1024), language)} KB)
                  </Text>
                </Table.Td>
                <Table.Td>{formatDateTime(document.uploadedAt, language)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      component="a"
                      href={`/api/v1/activities/${activity.id}/documents/${document.id}/content`}
                      variant="subtle"
                      aria-label={t('activities.documents.download')}
                    >
                      <IconDownload size={16} aria-hidden />
                    </ActionIcon>
                    {canManage && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('activities.documents.remove')}
                        onClick={() => remove.mutate({ id: activity.id, documentId: document.id })}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canManage && (
        <form onSubmit={submit} noValidate data-testid="document-form">
          <Stack gap="sm">
            <Title order={4}>{t('activities.documents.upload')}</Title>
            <Text size="sm" c="dimmed">
              {t('activities.documents.accepted')}
            </Text>
            {(upload.isError || remove.isError) && <QueryErrorAlert error={upload.error ?? remove.error} />}
            <Group align="flex-end" gap="sm" wrap="wrap">
              <Select
                w={200}
                label={t('activities.documents.kind')}
                data={DocumentKind.options.map((value) => ({ value, label: t(`activities.documentKinds.${value}`) }))}
                value={kind}
                onChange={setKind}
                allowDeselect={false}
              />
              <TextInput
                flex="1 1 220px"
                label={t('activities.documents.title')}
                value={title}
                onChange={(event) => setTitle(event.currentTarget.value)}
                data-testid="document-title"
              />
              <FileInput
                w={260}
                label={t('activities.documents.file')}
                value={file}
                onChange={setFile}
                clearable
                data-testid="document-file"
              />
              <Button
                type="submit"
                leftSection={<IconUpload size={16} aria-hidden />}
                loading={upload.isPending}
                data-testid="document-submit"
              >
                {t('activities.documents.uploadButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <Anchor size="xs" c="dimmed" component="span">
        {t('activities.documents.privacy')}
      </Anchor>
    </Stack>
  );
}
