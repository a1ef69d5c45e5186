import { describe, expect, it } from 'vitest';
import { ACTIONS, type Action, type Actor, can } from './permissions.ts';
import { ROLES, type Role } from './user.ts';

/*
 * The whole matrix, written out as the specification: for every role, which actions it may do
 * on its own edition — to its own draft article, to someone else's article, to a translation.
 * On another edition, nothing (checked for every cell below). Network admins: everything.
 */

type Who = Role | 'network-admin' | 'nobody';
const ARTICLE_ACTIONS: Action[] = [
  'article.edit',
  'article.submit',
  'article.publish',
  'article.unpublish',
  'article.delete',
  'article.restore',
  'media.edit',
];
const SITE_WIDE: Action[] = ACTIONS.filter((action) => !ARTICLE_ACTIONS.includes(action));

/** Actions allowed regardless of whose article: reading, creating, and the edition's management. */
const SITE_WIDE_ALLOWED: Record<Who, Action[]> = {
  'network-admin': [...SITE_WIDE],
  'site-admin': SITE_WIDE.filter((a) => a !== 'network.manage'),
  editor: [
    'article.read',
    'article.create',
    'media.upload',
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
  ],
  author: ['article.read', 'article.create', 'media.upload', 'contributor.create', 'tag.create'],
  'translation-manager': [
    'article.read',
    'article.create',
    'media.upload',
    'contributor.create',
    'tag.create',
    'translation.request',
    'translation.claim',
    'translation.review',
    'translation.publish',
    'translation.subscriptions',
    'glossary.manage',
  ],
  contributor: ['article.read', 'article.create', 'media.upload', 'tag.create'],
  translator: ['article.read', 'article.create', 'media.upload', 'tag.create', 'translation.claim'],
  nobody: [],
};

/** Article actions allowed on: their own draft, someone else's published original, a translation by someone else. */
const ON_ARTICLES: Record<
  Who,
  { ownDraft: Action[]; othersOriginal: Action[]; othersTranslation: Action[] }
> = {
  'network-admin': {
    ownDraft: ARTICLE_ACTIONS,
    othersOriginal: ARTICLE_ACTIONS,
    othersTranslation: ARTICLE_ACTIONS,
  },
  'site-admin': {
    ownDraft: ARTICLE_ACTIONS,
    othersOriginal: ARTICLE_ACTIONS,
    othersTranslation: ARTICLE_ACTIONS,
  },
  editor: {
    ownDraft: ARTICLE_ACTIONS,
    othersOriginal: ARTICLE_ACTIONS,
    othersTranslation: ARTICLE_ACTIONS,
  },
  author: { ownDraft: ARTICLE_ACTIONS, othersOriginal: [], othersTranslation: [] },
  'translation-manager': {
    ownDraft: [],
    othersOriginal: [],
    othersTranslation: [
      'article.edit',
      'article.submit',
      'article.publish',
      'article.unpublish',
      'article.delete',
      'article.restore',
    ],
  },
  contributor: {
    ownDraft: ['article.edit', 'article.submit', 'article.delete', 'media.edit'],
    othersOriginal: [],
    othersTranslation: [],
  },
  translator: { ownDraft: [], othersOriginal: [], othersTranslation: [] },
  nobody: { ownDraft: [], othersOriginal: [], othersTranslation: [] },
};

const OWN = 'site-own';
const OTHER = 'site-other';

function actorOf(who: Who): Actor {
  const roles = new Map<string, Set<Role>>();
  if (who !== 'network-admin' && who !== 'nobody') roles.set(OWN, new Set([who]));
  return { userId: 'me', isNetworkAdmin: who === 'network-admin', roles };
}

const everyone: Who[] = ['network-admin', ...ROLES, 'nobody'];

describe('the permission matrix', () => {
  it.each(everyone)('%s: edition-wide actions on its own edition, and none elsewhere', (who) => {
    const actor = actorOf(who);
    for (const action of SITE_WIDE) {
      const expected = SITE_WIDE_ALLOWED[who].includes(action);
      expect(can(actor, action, { siteId: OWN }), `${who} ${action} own`).toBe(expected);
      const elsewhere = who === 'network-admin';
      expect(can(actor, action, { siteId: OTHER }), `${who} ${action} other`).toBe(elsewhere);
    }
  });

  it.each(everyone)(
    '%s: actions on articles, by whose and what kind, on its own edition and elsewhere',
    (who) => {
      const actor = actorOf(who);
      const rules = ON_ARTICLES[who];
      for (const action of ARTICLE_ACTIONS) {
        const ownDraft = { siteId: OWN, ownerId: 'me', status: 'draft' };
        const othersOriginal = {
          siteId: OWN,
          ownerId: 'someone',
          status: 'published',
          isTranslation: false,
        };
        const othersTranslation = {
          siteId: OWN,
          ownerId: 'someone',
          status: 'draft',
          isTranslation: true,
        };
        expect(can(actor, action, ownDraft), `${who} ${action} own draft`).toBe(
          rules.ownDraft.includes(action),
        );
        expect(can(actor, action, othersOriginal), `${who} ${action} other's original`).toBe(
          rules.othersOriginal.includes(action),
        );
        expect(can(actor, action, othersTranslation), `${who} ${action} other's translation`).toBe(
          rules.othersTranslation.includes(action),
        );
        expect(
          can(actor, action, { ...ownDraft, siteId: OTHER }),
          `${who} ${action} elsewhere`,
        ).toBe(who === 'network-admin');
      }
    },
  );

  it('lets only the edition’s admins and network admins manage its webhooks', () => {
    const managers = everyone.filter((who) => can(actorOf(who), 'webhook.manage', { siteId: OWN }));
    expect(managers).toEqual(['network-admin', 'site-admin']);
    expect(can(actorOf('site-admin'), 'webhook.manage', { siteId: OTHER })).toBe(false);
  });

  it('lets a contributor touch only drafts: once submitted or published, the article is the editors’', () => {
    const actor = actorOf('contributor');
    for (const status of ['pending', 'scheduled', 'published', 'unpublished']) {
      expect(can(actor, 'article.edit', { siteId: OWN, ownerId: 'me', status }), status).toBe(
        false,
      );
    }
  });

  it('lets a translator work on their own translation drafts but not publish them', () => {
    const actor = actorOf('translator');
    const ownTranslation = { siteId: OWN, ownerId: 'me', status: 'draft', isTranslation: true };
    expect(can(actor, 'article.edit', ownTranslation)).toBe(true);
    expect(can(actor, 'article.submit', ownTranslation)).toBe(true);
    expect(can(actor, 'article.publish', ownTranslation)).toBe(false);
    expect(can(actor, 'article.edit', { ...ownTranslation, isTranslation: false })).toBe(false);
  });

  it('lets a translator of one edition take its tasks, but not publish on a sister edition', () => {
    const english = 'site-en';
    const portuguese = 'site-pt';
    const translator: Actor = {
      userId: 'me',
      isNetworkAdmin: false,
      roles: new Map([[english, new Set<Role>(['translator'])]]),
    };
    expect(can(translator, 'translation.claim', { siteId: english })).toBe(true);
    expect(can(translator, 'translation.publish', { siteId: english })).toBe(false);
    expect(can(translator, 'translation.claim', { siteId: portuguese })).toBe(false);
    expect(can(translator, 'translation.publish', { siteId: portuguese })).toBe(false);
    const manager: Actor = {
      userId: 'me',
      isNetworkAdmin: false,
      roles: new Map([[english, new Set<Role>(['translation-manager'])]]),
    };
    expect(can(manager, 'translation.publish', { siteId: english })).toBe(true);
    expect(can(manager, 'translation.publish', { siteId: portuguese })).toBe(false);
    expect(can(manager, 'translation.review', { siteId: portuguese })).toBe(false);
  });

  it('lets translation managers and admins keep the network glossary, from any edition they hold', () => {
    const keepers = everyone.filter((who) => can(actorOf(who), 'glossary.manage', { siteId: OWN }));
    expect(keepers).toEqual(['network-admin', 'site-admin', 'translation-manager']);
    expect(can(actorOf('translation-manager'), 'glossary.manage', { siteId: OTHER })).toBe(false);
  });

  it('lets only managers and admins decide what an edition subscribes to', () => {
    const deciders = everyone.filter((who) =>
      can(actorOf(who), 'translation.subscriptions', { siteId: OWN }),
    );
    expect(deciders).toEqual(['network-admin', 'site-admin', 'translation-manager']);
  });
});
