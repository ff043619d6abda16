import { ROLE_DEFINITIONS, ROLES, type Role } from '@atensi/contracts';
import { useRoleLabel } from '../auth/role-label';

/** The roles for a select, in the contract's order, with labels in the UI language. */
export function useRoleOptions(): { value: Role; label: string }[] {
  const roleLabel = useRoleLabel();
  return ROLES.map((role) => ({ value: role, label: roleLabel(role) }));
}

/** Roles of an institution (Balai/Loka, IPWL, pendamping) need one; national roles must have none. */
export function needsInstitution(role: Role | null | undefined): boolean {
  return role ? ROLE_DEFINITIONS[role].needsInstitution : false;
}
