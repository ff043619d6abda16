import { type Me, type Permission, ROLE_DEFINITIONS } from '@atensi/contracts';
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

/**
 * Whether the user holds `permission` for records of one institution: national roles anywhere, everyone else at
 * their own institution only (the API answers 403 otherwise), as `editScopeOf()` decides on the server.
 */
export function useCanAt(permission: Permission, institutionId: string | null | undefined): boolean {
  const me = useContext(CurrentUserContext);
  if (!me?.permissions.includes(permission)) return false;
  return isNational(me) || (institutionId != null && me.institutionId === institutionId);
}

/** Roles whose reach is the whole country (admin, Directorate, Inspectorate, Pusdatin). */
export function isNational(me: Me): boolean {
  return ROLE_DEFINITIONS[me.role].reach === 'national';
}
