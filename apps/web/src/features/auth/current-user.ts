import type { Me, Permission } from '@atensi/contracts';
import { createContext, useContext } from 'react';

/**
 * The signed-in user as the session guard last saw it. Pages read it from here rather than from the `/me` query, so
 * that while signing out (the cache is cleared as the login page takes over) nothing below the guard renders
 * without a user.
 */
export const CurrentUserContext = createContext<Me | null>(null);

export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser() used outside the session guard');
  return me;
}

export function useCan(permission: Permission): boolean {
  return useContext(CurrentUserContext)?.permissions.includes(permission) ?? false;
}
