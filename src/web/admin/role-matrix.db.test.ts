import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type AdminClient,
  adminClient,
  type Credentials,
  makeStaff,
} from '../../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeArticle, makeSection, makeSite } from '../../../tests/helpers/factories.ts';
import { unwrap } from '../../core/result.ts';
import type { Site } from '../../sites/site.ts';
import { type Action, type Actor, can } from '../../users/permissions.ts';
import { ROLES, type Role } from '../../users/user.ts';

/**
 * Every role against every kind of Admin API call: each call must answer exactly as the
 * permission rules (`can`, whose own table is in permissions.test.ts) say for the action the
 * call stands for — allowed means done (2xx), refused means 403 or 404, never a half-done
 * change or a validation answer that reveals what a refused caller could not see.
 */

type Who = Role | 'network-admin' | 'other-edition' | 'nobody';
const WHO: Who[] = ['network-admin', ...ROLES, 'other-edition', 'nobody'];

interface Call {
  name: string;
  action: Action;
  /** Whether the target belongs to the caller (their own article). */
  own?: boolean;
  run(api: AdminClient, as: Credentials, fixture: Fixture): Promise<{ status: number }>;
}

interface Fixture {
  site: Site;
  n: number;
  /** A draft article created by someone else, or by the caller when `own`. */
  articleId: string;
  sectionId: string;
  /** A translation task for the edition, from a sister edition's article, in `status`. */
  taskIn(status: 'open' | 'in_review' | 'approved'): Promise<string>;
  /** A published article of a third edition (where nobody of the matrix has a role). */
  publishedElsewhere(): Promise<string>;
}

const CALLS: Call[] = [
  {
    name: 'list articles',
    action: 'article.read',
    run: (api, as, f) => api.get(`/sites/${f.site.id}/articles`, as),
  },
  {
    name: 'create an article',
    action: 'article.create',
    run: (api, as, f) => api.post(`/sites/${f.site.id}/articles`, as, { headline: `Nota ${f.n}` }),
  },
  {
    name: "edit someone else's draft",
    action: 'article.edit',
    run: (api, as, f) =>
      api.put(`/articles/${f.articleId}`, as, { expectedRevision: 1, dek: 'Cambio' }),
  },
  {
    name: 'edit their own draft',
    action: 'article.edit',
    own: true,
    run: (api, as, f) =>
      api.put(`/articles/${f.articleId}`, as, { expectedRevision: 1, dek: 'Cambio' }),
  },
  {
    name: 'publish their own draft',
    action: 'article.publish',
    own: true,
    run: (api, as, f) => api.post(`/articles/${f.articleId}/publish`, as),
  },
  {
    name: "publish someone else's draft",
    action: 'article.publish',
    run: (api, as, f) => api.post(`/articles/${f.articleId}/publish`, as),
  },
  {
    name: "trash someone else's draft",
    action: 'article.delete',
    run: (api, as, f) => api.delete(`/articles/${f.articleId}`, as),
  },
  {
    name: 'create a section',
    action: 'taxonomy.manage',
    run: (api, as, f) => api.post(`/sites/${f.site.id}/sections`, as, { name: `Sección ${f.n}` }),
  },
  {
    name: 'rename a section',
    action: 'taxonomy.manage',
    run: (api, as, f) => api.patch(`/sections/${f.sectionId}`, as, { name: `Otra ${f.n}` }),
  },
  {
    name: 'create a tag',
    action: 'tag.create',
    run: (api, as, f) => api.post(`/sites/${f.site.id}/tags`, as, { name: `etiqueta ${f.n}` }),
  },
  {
    name: 'create a page',
    action: 'page.manage',
    run: (api, as, f) => api.post(`/sites/${f.site.id}/pages`, as, { title: `Página ${f.n}` }),
  },
  {
    name: 'set the front page',
    action: 'frontpage.manage',
    run: (api, as, f) =>
      api.put(`/sites/${f.site.id}/front-page`, as, { leadId: null, featuredIds: [] }),
  },
  {
    name: 'change the edition settings',
    action: 'site.settings',
    run: (api, as, f) => api.patch(`/sites/${f.site.id}`, as, { tagline: `Lema ${f.n}` }),
  },
  {
    name: 'list the staff',
    action: 'site.staff',
    run: (api, as, f) => api.get(`/sites/${f.site.id}/members`, as),
  },
  {
    name: 'invite someone',
    action: 'site.staff',
    run: (api, as, f) =>
      api.post(`/sites/${f.site.id}/invitations`, as, {
        email: `invitada-${f.n}@example.org`,
        name: `Invitada ${f.n}`,
        role: 'contributor',
        locale: 'es',
      }),
  },
  {
    name: 'create an edition',
    action: 'network.manage',
    run: (api, as, f) =>
      api.post('/sites', as, {
        slug: `nueva-${f.n}`,
        name: `Nueva ${f.n}`,
        language: 'es-CL',
        timezone: 'America/Santiago',
        basePath: `/nueva-${f.n}`,
      }),
  },
  {
    name: 'list the webhooks',
    action: 'webhook.manage',
    run: (api, as, f) => api.get(`/sites/${f.site.id}/webhooks`, as),
  },
  {
    name: 'add a webhook',
    action: 'webhook.manage',
    run: (api, as, f) =>
      api.post(`/sites/${f.site.id}/webhooks`, as, {
        url: `https://hooks.example.org/${f.n}`,
        events: ['article.published'],
      }),
  },
  { name: 'list every account', action: 'network.manage', run: (api, as) => api.get('/users', as) },
  {
    name: 'ask for a translation into the edition',
    action: 'translation.request',
    run: async (api, as, f) =>
      api.post('/translation-tasks', as, {
        sourceArticleId: await f.publishedElsewhere(),
        targetSiteId: f.site.id,
      }),
  },
  {
    name: 'claim a translation task',
    action: 'translation.claim',
    run: async (api, as, f) => api.post(`/translation-tasks/${await f.taskIn('open')}/claim`, as),
  },
  {
    name: 'approve a translation',
    action: 'translation.review',
    run: async (api, as, f) =>
      api.post(`/translation-tasks/${await f.taskIn('in_review')}/approve`, as, {}),
  },
  {
    name: 'publish a translation',
    action: 'translation.publish',
    run: async (api, as, f) =>
      api.post(`/translation-tasks/${await f.taskIn('approved')}/publish`, as),
  },
  {
    name: 'subscribe the edition to a sister edition',
    action: 'translation.subscriptions',
    run: async (api, as, f) =>
      api.post(`/sites/${f.site.id}/translation-subscriptions`, as, {
        sourceLanguages: ['fr'],
      }),
  },
];

describeEachDialect('the Admin API for every role', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let site: Site;
  let other: Site;
  let third: Site;
  const staff = new Map<Who, { userId: string | null; as: Credentials }>();
  let counter = 0;

  beforeAll(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    site = await makeSite(t.ctx, { language: 'es-PE', timezone: 'America/Lima' });
    other = await makeSite(t.ctx);
    third = await makeSite(t.ctx, { language: 'fr-FR', timezone: 'Europe/Paris' });
    for (const who of WHO) {
      if (who === 'nobody') staff.set(who, { userId: null, as: null });
      else {
        const made = await makeStaff(t.ctx, {
          isNetworkAdmin: who === 'network-admin',
          roles:
            who === 'network-admin'
              ? []
              : who === 'other-edition'
                ? [[other, 'site-admin']]
                : [[site, who]],
        });
        staff.set(who, { userId: made.user.id, as: made.as });
      }
    }
  }, 60_000);
  afterAll(() => t.destroy());

  async function publishedIn(edition: Site) {
    const draft = await makeArticle(t.ctx, edition, { headline: `Article ${++counter}` });
    return unwrap(await t.ctx.articles.publishArticle(draft.id, { userId: null }));
  }

  /** A task from the third edition into the edition, brought to `status` by `workerId`. */
  async function translationTaskIn(status: 'open' | 'in_review' | 'approved', workerId: string) {
    const source = await publishedIn(third);
    const { desk } = t.ctx;
    const task = unwrap(
      await desk.requests.requestTranslation(
        { sourceArticleId: source.id, targetSiteId: site.id },
        { userId: null },
      ),
    );
    if (status === 'open') return task.id;
    const worker = { userId: workerId };
    unwrap(await desk.work.claim(task.id, worker));
    unwrap(await desk.review.submit(task.id, '', worker));
    if (status === 'approved') unwrap(await desk.review.approve(task.id, worker));
    return task.id;
  }

  /** What the rules say for `who` doing `call` on the fixture. */
  function expected(who: Who, call: Call, ownerId: string | null): boolean {
    if (who === 'nobody') return false;
    const actor: Actor = {
      userId: staff.get(who)?.userId ?? '',
      isNetworkAdmin: who === 'network-admin',
      roles: new Map(
        who === 'network-admin'
          ? []
          : who === 'other-edition'
            ? [[other.id, new Set<Role>(['site-admin'])]]
            : [[site.id, new Set<Role>([who])]],
      ),
    };
    return can(actor, call.action, {
      siteId: site.id,
      ownerId,
      status: 'draft',
      isTranslation: false,
    });
  }

  it('answers every call as the permission rules say', async () => {
    const editor = staff.get('editor');
    const wrong: string[] = [];
    for (const call of CALLS) {
      for (const who of WHO) {
        const caller = staff.get(who);
        const n = ++counter;
        // Their own draft is one they created; anyone else's, the editor's.
        const ownerId = call.own && caller?.userId ? caller.userId : (editor?.userId ?? null);
        const article = await makeArticle(t.ctx, site, { headline: `Borrador ${n}` });
        await t.ctx.db
          .updateTable('articles')
          .set({ created_by: ownerId })
          .where('id', '=', article.id)
          .execute();
        const section = await makeSection(t.ctx, site, `Tema ${n}`);
        const answer = await call.run(api, caller?.as ?? null, {
          site,
          n,
          articleId: article.id,
          sectionId: section.id,
          taskIn: (status) => translationTaskIn(status, editor?.userId ?? ''),
          publishedElsewhere: async () => (await publishedIn(third)).id,
        });
        const allowed = expected(who, call, ownerId);
        const ok =
          who === 'nobody'
            ? answer.status === 401
            : allowed
              ? answer.status >= 200 && answer.status < 300
              : answer.status === 403 || answer.status === 404;
        if (!ok)
          wrong.push(
            `${who} ${call.name}: ${answer.status}, expected ${allowed ? '2xx' : who === 'nobody' ? '401' : '403/404'}`,
          );
        // A refused change left nothing behind.
        if (!allowed && call.name === "edit someone else's draft") {
          expect((await t.ctx.articles.repository.findById(article.id))?.dek).toBe('');
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
