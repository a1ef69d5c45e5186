import type { Role } from './user.ts';

/** What someone can try to do in the newsroom. */
export const ACTIONS = [
  'article.read',
  'article.create',
  'article.edit',
  'article.submit',
  'article.publish',
  'article.unpublish',
  'article.delete',
  'article.restore',
  'media.upload',
  'media.edit',
  'contributor.create',
  'contributor.edit',
  'tag.create',
  'taxonomy.manage',
  'page.manage',
  'frontpage.manage',
  'site.settings',
  'site.staff',
  /** Webhook endpoints: where the edition's events go, and the secrets that sign them. */
  'webhook.manage',
  /** The translation desk: ask for a translation into the edition (by hand). */
  'translation.request',
  /** Take a translation task of the edition and translate it. */
  'translation.claim',
  /** Assign, comment, send back, approve and decline the edition's translation tasks. */
  'translation.review',
  /** Publish an approved translation on the edition (and joint statements that include it). */
  'translation.publish',
  /** Which sister editions' articles open tasks on the edition automatically. */
  'translation.subscriptions',
  /** The network's glossary of agreed term translations (network-wide: held on any edition). */
  'glossary.manage',
  'network.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Who is acting: their flag and their roles per edition. */
export interface Actor {
  userId: string;
  isNetworkAdmin: boolean;
  /** siteId → roles */
  roles: Map<string, Set<Role>>;
}

/** What an action is done to: always an edition; for articles and media, whose and what kind. */
export interface Target {
  siteId: string;
  /** The user who created the article or uploaded the media. */
  ownerId?: string | null;
  /** For articles: its status (a contributor may only touch drafts). */
  status?: string;
  /** For articles: a translation (translators and translation managers work on those). */
  isTranslation?: boolean;
}

const EDITOR: Action[] = [
  'article.read',
  'article.create',
  'article.edit',
  'article.submit',
  'article.publish',
  'article.unpublish',
  'article.delete',
  'article.restore',
  'media.upload',
  'media.edit',
  'contributor.create',
  'contributor.edit',
  'tag.create',
  'taxonomy.manage',
  'page.manage',
  'frontpage.manage',
  'translation.request',
  'translation.claim',
  'translation.review',
  'translation.publish',
];

/** Actions an author may do to anything of the edition, and to their own articles. */
const AUTHOR_ANY: Action[] = [
  'article.read',
  'article.create',
  'media.upload',
  'contributor.create',
  'tag.create',
];
const AUTHOR_OWN: Action[] = [
  'article.edit',
  'article.submit',
  'article.publish',
  'article.unpublish',
  'article.delete',
  'article.restore',
  'media.edit',
];

/** A contributor writes drafts and submits them; once submitted or published they are the editors'. */
const CONTRIBUTOR_ANY: Action[] = ['article.read', 'article.create', 'media.upload', 'tag.create'];
const CONTRIBUTOR_OWN_DRAFT: Action[] = [
  'article.edit',
  'article.submit',
  'article.delete',
  'media.edit',
];

/** The translation desk of the edition: a manager runs it, a translator takes tasks from it. */
const TRANSLATION_MANAGER_DESK: Action[] = [
  'translation.request',
  'translation.claim',
  'translation.review',
  'translation.publish',
  'translation.subscriptions',
];
const TRANSLATOR_DESK: Action[] = ['translation.claim'];

const TRANSLATION_MANAGER_ON_TRANSLATIONS: Action[] = [
  'article.edit',
  'article.submit',
  'article.publish',
  'article.unpublish',
  'article.delete',
  'article.restore',
];

/**
 * Whether `actor` may do `action` to `target`. One place for every rule of the roles:
 * network admins may do everything; a site admin everything on their edition (its settings,
 * staff and webhooks included); an editor all the edition's content and its translation desk
 * (but not its subscriptions); an author their own articles; a contributor their own drafts; a
 * translator their own translations as drafts and the desk's tasks; a translation manager every
 * translation, the desk and its subscriptions.
 */
export function can(actor: Actor, action: Action, target: Target): boolean {
  if (actor.isNetworkAdmin) return true;
  if (action === 'network.manage') return false;
  const roles = actor.roles.get(target.siteId);
  if (!roles || roles.size === 0) return false;
  if (roles.has('site-admin')) return true;
  if (roles.has('editor') && EDITOR.includes(action)) return true;
  const own = target.ownerId != null && target.ownerId === actor.userId;
  const draft = target.status === undefined || target.status === 'draft';
  if (roles.has('author')) {
    if (AUTHOR_ANY.includes(action)) return true;
    if (own && AUTHOR_OWN.includes(action)) return true;
  }
  if (roles.has('translation-manager')) {
    if (AUTHOR_ANY.includes(action) || TRANSLATION_MANAGER_DESK.includes(action)) return true;
    if (action === 'glossary.manage') return true;
    if (target.isTranslation && TRANSLATION_MANAGER_ON_TRANSLATIONS.includes(action)) return true;
  }
  if (roles.has('translator') && TRANSLATOR_DESK.includes(action)) return true;
  if (roles.has('contributor') || roles.has('translator')) {
    if (CONTRIBUTOR_ANY.includes(action)) return true;
    const mayTouch = roles.has('contributor') || target.isTranslation === true;
    if (own && draft && mayTouch && CONTRIBUTOR_OWN_DRAFT.includes(action)) return true;
  }
  return false;
}

/** The editions where the actor has any role (every edition for a network admin: `null`). */
export function memberSiteIds(actor: Actor): Set<string> | null {
  return actor.isNetworkAdmin ? null : new Set(actor.roles.keys());
}
