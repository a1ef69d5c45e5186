import type { Session, Site } from '../api/types.ts';
import type { T } from '../i18n/i18n.tsx';
import { deskRights } from './desk-access.ts';

/**
 * The translation desk's entry in an edition's sidebar, for anyone who takes or manages its
 * tasks (a translation role, or editor and up): [sidebar key, route, label].
 */
export function deskNavLinks(
  site: Site,
  session: Session | null,
  sites: Site[],
  t: T,
): [string, string, string][] {
  return deskRights(session, sites, site.id).claim
    ? [['desk', `/sites/${site.id}/desk`, t('desk.nav')]]
    : [];
}
