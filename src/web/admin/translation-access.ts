import type { Context } from 'hono';
import { can } from '../../users/permissions.ts';
import type { AdminEnv } from './admin-env.ts';

/*
 * The translation memory, the glossary and machine translation belong to the whole network,
 * not to one edition: what a caller may do with them follows from the roles they hold on any
 * edition.
 */

/** Anyone of the newsroom: a network admin, or someone with a role on some edition. */
export function isNewsroomMember(c: Context<AdminEnv>): boolean {
  const { actor } = c.var;
  return actor.isNetworkAdmin || [...actor.roles.values()].some((roles) => roles.size > 0);
}

/** Who keeps the glossary: a network admin, or whoever may on some edition they hold. */
export function mayManageGlossary(c: Context<AdminEnv>): boolean {
  const { actor } = c.var;
  if (actor.isNetworkAdmin) return true;
  return [...actor.roles.keys()].some((siteId) => can(actor, 'glossary.manage', { siteId }));
}
