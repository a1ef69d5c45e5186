import type { Role } from '../api/types.ts';

/** The roles on an edition, from the most to the least rights. */
export const ROLES: Role[] = [
  'site-admin',
  'editor',
  'author',
  'contributor',
  'translation-manager',
  'translator',
];

/** The message keys of a role's name and its one-line explanation. */
export function roleKeys(role: Role) {
  return {
    name: `manage.role.${role}` as const,
    explanation: `manage.role.${role}.about` as const,
  };
}
