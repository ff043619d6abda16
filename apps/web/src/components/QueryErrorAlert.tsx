import { Alert, Button, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';

/** The message to show for a failed request: the API's own (already translated) when it sent one. */
export function useErrorMessage(error: unknown): string {
  const { t } = useTranslation();
  if (error instanceof ApiError) {
    if (error.hasServerMessage) return error.message;
    if (error.code === 'network') return t('common.networkError');
  }
  return t('common.unexpectedError');
}

/** Asking again helps when the server or the network failed, not when the request itself was wrong (4xx). */
function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.code === 'network' || error.status >= 500 || error.status === 0;
}

export function QueryErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage(error);
  const details = error instanceof ApiError ? (error.details ?? []) : [];
  return (
    <Alert
      color="red"
      variant="light"
      title={t('common.errorTitle')}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
      data-testid="query-error"
    >
      <Text size="sm">{message}</Text>
      {details.length > 0 && (
        <List size="sm" mt="xs">
          {details.map((detail) => (
            <List.Item key={`${detail.path}:${detail.message}`}>{detail.message}</List.Item>
          ))}
        </List>
      )}
      {onRetry && isRetryable(error) && (
        <Button variant="white" color="red" size="xs" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
