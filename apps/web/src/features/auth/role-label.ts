import { ROLE_DEFINITIONS, ROLES, type Role } from '@atensi/contracts';
import { useLanguage } from '../../lib/i18n/use-language';
import { isOneOf } from '../../lib/one-of';

/** The role's name in the UI language, from the one definition in contracts. */
export function useRoleLabel(): (role: Role | string) => string {
  const [language] = useLanguage();
  return (role) => (isRole(role) ? ROLE_DEFINITIONS[role].label[language] : role);
}

export function isRole(value: unknown): value is Role {
  return isOneOf(ROLES, value);
}
