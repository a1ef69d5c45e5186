import type { Article, Role, Session, Site } from '../api/types.ts';

/*
 * Which buttons to offer. The server decides (a refused action answers 403 with its reason,
 * which the editor shows); this mirrors its rules (src/users/permissions.ts) so nobody is
 * offered a button that can only fail.
 */

export type ArticleAction = 'edit' | 'submit' | 'publish' | 'unpublish' | 'delete' | 'restore';

/** The signed-in user's roles on an edition. */
export function rolesOn(session: Session | null, sites: Site[], siteId: string): Set<Role> {
  const roles = new Set<Role>();
  for (const membership of session?.memberships ?? []) {
    if (membership.siteId === siteId) roles.add(membership.role);
  }
  for (const role of sites.find((site) => site.id === siteId)?.roles ?? []) roles.add(role);
  return roles;
}

const OWN_AUTHOR: ArticleAction[] = ['edit', 'submit', 'publish', 'unpublish', 'delete', 'restore'];
const OWN_DRAFT: ArticleAction[] = ['edit', 'submit', 'delete'];

/** Whether the user may do `action` to the article (null: a new article, theirs to write). */
export function mayDo(
  session: Session | null,
  roles: Set<Role>,
  action: ArticleAction,
  article: Pick<Article, 'createdBy' | 'status' | 'origin'> | null,
): boolean {
  if (!session) return false;
  if (session.user.isNetworkAdmin || roles.has('site-admin') || roles.has('editor')) return true;
  const own = article === null || article.createdBy === session.user.id;
  const draft = article === null || article.status === 'draft';
  const translation = article?.origin.type === 'translation';
  if (roles.has('author') && own && OWN_AUTHOR.includes(action)) return true;
  if (roles.has('translation-manager') && translation && OWN_AUTHOR.includes(action)) return true;
  if (roles.has('contributor') && own && draft && OWN_DRAFT.includes(action)) return true;
  if (roles.has('translator') && own && draft && translation && OWN_DRAFT.includes(action)) {
    return true;
  }
  return false;
}
