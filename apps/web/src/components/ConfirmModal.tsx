import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from './QueryErrorAlert';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** Red for what cannot be undone lightly (revoke, disable). */
  isDangerous?: boolean;
  isPending?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
  /** Inputs that go with the confirmation (an optional note), below the message. */
  children?: ReactNode;
}

/** Asks before an action; shows the API's answer when it fails, and stays open so the user sees it. */
export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useTranslation();
  const { opened, title, message, confirmLabel, isDangerous = false, isPending = false, error } = props;
  return (
    <Modal opened={opened} onClose={props.onClose} title={title} centered data-testid="confirm-modal">
      <Stack gap="md">
        <Text size="sm">{message}</Text>
        {props.children}
        {error ? <QueryErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose} disabled={isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            color={isDangerous ? 'red' : undefined}
            onClick={props.onConfirm}
            loading={isPending}
            data-testid="confirm-button"
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
