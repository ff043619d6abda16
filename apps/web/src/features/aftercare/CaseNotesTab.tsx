import type { Case } from '@atensi/contracts';
import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { serverFieldError } from '../../lib/field-errors';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/i18n/use-language';
import { useCanAt, useCurrentUser } from '../auth/current-user';
import { useAddCaseNote, useCaseNotes } from './aftercare.api';

/**
 * The confidential notes of a case. Mounted only while its tab is open: every read is audited, so nothing loads
 * them in the background.
 */
export function CaseNotesTab({ item }: { item: Case }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const me = useCurrentUser();
  const notes = useCaseNotes(item.id);
  const add = useAddCaseNote();
  const canWrite = useCanAt('beneficiaries:write', item.institutionId);
  const [body, setBody] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const isEmpty = body.trim() === '';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (isEmpty) return;
    add.mutate(
      { caseId: item.id, body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          setIsSubmitted(false);
        },
      },
    );
  };
  const fieldError = serverFieldError(add.error, 'body');

  return (
    <Stack gap="md" data-testid="case-notes">
      <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
        {t('notes.confidential')}
      </Alert>
      {canWrite && (
        <form onSubmit={submit} noValidate data-testid="note-form">
          <Stack gap="xs">
            {add.error && !fieldError ? <QueryErrorAlert error={add.error} /> : null}
            <Textarea
              label={t('notes.add')}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              autosize
              minRows={3}
              maxLength={5000}
              error={(isSubmitted && isEmpty ? t('beneficiaries.form.required') : null) ?? fieldError}
              data-testid="note-body"
            />
            <Group justify="flex-end">
              <Button type="submit" loading={add.isPending} data-testid="note-submit">
                {t('notes.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {notes.isPending && <LoadingState />}
      {notes.isError && <QueryErrorAlert error={notes.error} onRetry={() => void notes.refetch()} />}
      {notes.data && notes.data.items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="notes-empty">
          {t('notes.empty')}
        </Text>
      )}
      {notes.data?.items.map((note) => (
        <Paper key={note.id} withBorder p="sm" radius="md" data-testid="note">
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {formatDateTime(note.createdAt, language)}
              {' · '}
              {note.authorId === me.id ? t('cases.you') : (note.authorName ?? t('cases.otherWorker'))}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {note.body}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
