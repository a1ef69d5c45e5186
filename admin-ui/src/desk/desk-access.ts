import type { Role, Session, Site } from '../api/types.ts';
import { rolesOn } from '../editor/permissions.ts';

/*
 * Which desk actions to offer on an edition. The server decides (src/users/permissions.ts);
 * this mirrors its rules so nobody is offered a button that can only fail.
 */

export interface DeskRights {
  /** Take tasks (translators, translation managers, editors, admins). */
  claim: boolean;
  /** Assign, decline, edit tasks; request translations; publish (managers, editors, admins). */
  manage: boolean;
  /** Keep the edition's subscriptions (translation managers and admins, not editors). */
  subscriptions: boolean;
}

const CLAIMING: Role[] = ['site-admin', 'editor', 'translation-manager', 'translator'];
const MANAGING: Role[] = ['site-admin', 'editor', 'translation-manager'];
const SUBSCRIBING: Role[] = ['site-admin', 'translation-manager'];

/** What the signed-in user may do on an edition's desk. */
export function deskRights(session: Session | null, sites: Site[], siteId: string): DeskRights {
  if (!session) return { claim: false, manage: false, subscriptions: false };
  if (session.user.isNetworkAdmin) return { claim: true, manage: true, subscriptions: true };
  const roles = rolesOn(session, sites, siteId);
  const has = (list: Role[]) => list.some((role) => roles.has(role));
  return { claim: has(CLAIMING), manage: has(MANAGING), subscriptions: has(SUBSCRIBING) };
}

/** Whether the user manages the desk of any edition (the network view is theirs). */
export function managesAnyDesk(session: Session | null, sites: Site[]): boolean {
  return sites.some((site) => deskRights(session, sites, site.id).manage);
}
