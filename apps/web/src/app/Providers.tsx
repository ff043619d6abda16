import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { authKeys } from '../features/auth/auth.api';
import { notifySessionEnded } from '../features/auth/session-events';
import { i18n } from '../lib/i18n/i18n';
import { createQueryClient } from './query-client';
import { theme } from './theme';

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient({
      onSessionEnded: notifySessionEnded,
      // /me then lists the pending actions, and the session guard sends the user to the account page.
      onPendingAction: () => void client.invalidateQueries({ queryKey: authKeys.me }),
    });
    return client;
  });
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
