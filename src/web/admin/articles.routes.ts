import type { Context } from 'hono';
import { z } from 'zod';
import type { ArticleProblem } from '../../articles/article.service.ts';
import {
  ARTICLE_STATUSES,
  type Article,
  type ArticleFieldsInput,
  articleFieldsSchema,
  createArticleSchema,
} from '../../articles/article.ts';
import { ArticleListView } from '../../articles/article-list.view.ts';
import { type SaveOptions, saveOptionsSchema } from '../../articles/change-kind.ts';
import { diffRevisions } from '../../articles/revision-diff.ts';
import { slugify } from '../../core/slug.ts';
import { issue } from '../../core/validation.ts';
import { isEditionSlugTaken } from '../../sites/edition-slugs.ts';
import type { Action } from '../../users/permissions.ts';
import type { AdminEnv } from './admin-env.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import {
  articleListSchema,
  articleSchema,
  idParams,
  problemSchema,
  revisionSummarySchema,
  siteParams,
  updateOf,
} from './schemas.ts';

type AdminContext = Context<AdminEnv>;

/** The answer for an expected failure of the article service. */
export function articleProblem(c: AdminContext, failure: ArticleProblem, current?: Article) {
  switch (failure.type) {
    case 'invalid':
      return problem(c, 'invalid', { issues: failure.issues });
    case 'not-found':
      return problem(c, 'not-found');
    case 'slug-taken':
      return problem(c, 'invalid', { issues: [issue('slug', 'issue.slugTaken')] });
    case 'conflict':
      // The other person's version comes along, so the newsroom can show both and merge.
      return problem(c, 'conflict', {
        details: {
          currentRevision: failure.currentRevision,
          updatedAt: failure.updatedAt,
          current,
        },
      });
    case 'invalid-state':
      return problem(c, 'invalid', {
        issues: [issue('status', 'issue.invalidState', { status: failure.status })],
      });
    case 'not-in-future':
      return problem(c, 'invalid', { issues: [issue('at', 'issue.notInFuture')] });
  }
}

/** The article, if the caller may do `action` to it; else the answer to give. */
export async function guarded(
  c: AdminContext,
  id: string,
  action: Action,
): Promise<{ article: Article } | { denied: Response }> {
  const article = await c.var.ctx.articles.repository.findById(id);
  if (!article || !allowed(c, 'article.read', { siteId: article.siteId })) {
    return { denied: problem(c, 'not-found') };
  }
  const target = {
    siteId: article.siteId,
    ownerId: article.createdBy,
    status: article.status,
    isTranslation: article.origin.type === 'translation',
  };
  if (!allowed(c, action, target)) return { denied: problem(c, 'forbidden') };
  return { article };
}

const listQuery = z.object({
  status: z.enum([...ARTICLE_STATUSES, 'trash']).optional(),
  sectionId: z.string().max(64).optional(),
  authorId: z.string().max(64).optional(),
  language: z.string().max(35).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['updated', 'published', 'headline']).default('updated'),
  direction: z.enum(['asc', 'desc']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(25),
});

const createBody = createArticleSchema.omit({ siteId: true });
const updateBody = updateOf(articleFieldsSchema).extend({
  expectedRevision: z.number().int().min(1),
  /** For a published article: 'typo' (nobody alerted) or 'correction' (with a note). */
  ...updateOf(saveOptionsSchema).shape,
});
const revisionParams = z.object({
  id: z.string().min(1).max(64),
  number: z.coerce.number().int().min(1),
});

/** Articles: list, write, publish, schedule, trash, and their revisions. */
export function articleRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/sites/:siteId/articles',
      summary: 'The articles of an edition, filtered and sorted',
      tag: 'Articles',
      params: siteParams,
      query: listQuery,
      responses: {
        200: { description: 'One page of articles, with the total', schema: articleListSchema },
      },
    },
    async (c, { params, query }) => {
      if (!allowed(c, 'article.read', { siteId: params.siteId })) return problem(c, 'forbidden');
      const result = await new ArticleListView(c.var.ctx.db).list({
        siteId: params.siteId,
        ...(query.status ? { status: query.status } : {}),
        ...(query.sectionId ? { sectionId: query.sectionId } : {}),
        ...(query.authorId ? { authorId: query.authorId } : {}),
        ...(query.language ? { language: query.language } : {}),
        ...(query.q ? { text: query.q } : {}),
        sort: query.sort,
        ...(query.direction ? { direction: query.direction } : {}),
        limit: query.perPage,
        offset: (query.page - 1) * query.perPage,
      });
      return c.json(result);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/sites/:siteId/slug-check',
      summary: 'Whether a slug is free on an edition, with a free suggestion',
      tag: 'Articles',
      params: siteParams,
      query: z.object({ slug: z.string().max(200), exceptId: z.string().max(64).optional() }),
      responses: {
        200: {
          description: 'Availability',
          schema: z.object({ slug: z.string(), available: z.boolean(), suggestion: z.string() }),
        },
      },
    },
    async (c, { params, query }) => {
      if (!allowed(c, 'article.read', { siteId: params.siteId })) return problem(c, 'forbidden');
      const site = await c.var.ctx.sites.findById(params.siteId);
      const slug = slugify(query.slug, site?.language ?? 'en') || 'article';
      const except = query.exceptId ? { articleId: query.exceptId } : {};
      const taken = (candidate: string) =>
        isEditionSlugTaken(c.var.ctx.db, params.siteId, candidate, except);
      let suggestion = slug;
      for (let n = 2; await taken(suggestion); n++) suggestion = `${slug}-${n}`;
      return c.json({ slug, available: suggestion === slug, suggestion });
    },
  );

  api.add(
    {
      method: 'post',
      path: '/sites/:siteId/articles',
      summary: 'Write a new article (a draft)',
      tag: 'Articles',
      params: siteParams,
      body: createBody,
      responses: {
        201: { description: 'The new draft', schema: articleSchema },
        422: { description: 'A field is wrong', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const isTranslation = body.origin?.type === 'translation';
      if (!allowed(c, 'article.create', { siteId: params.siteId, isTranslation }))
        return problem(c, 'forbidden');
      const result = await c.var.ctx.articles.createArticle(
        { ...body, siteId: params.siteId },
        { userId: c.var.user.id },
      );
      if (!result.ok) return articleProblem(c, result.error);
      return c.json(result.value, 201);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/articles/:id',
      summary: 'One article, as last saved',
      tag: 'Articles',
      params: idParams,
      responses: {
        200: { description: 'The article', schema: articleSchema },
        404: { description: 'No such article here' },
      },
    },
    async (c, { params }) => {
      const found = await guarded(c, params.id, 'article.read');
      return 'denied' in found ? found.denied : c.json(found.article);
    },
  );

  api.add(
    {
      method: 'put',
      path: '/articles/:id',
      summary:
        'Save changes as a new revision; refused (409) if someone saved since expectedRevision',
      description:
        'A save of a published article may say what kind of change it is: `changeKind` `edit` (the default), `typo` (nobody is alerted, translations stay current) or `correction`, with an optional `correctionNote` that readers see on every version of the story.',
      tag: 'Articles',
      params: idParams,
      body: updateBody,
      responses: {
        200: { description: 'Saved', schema: articleSchema },
        409: {
          description: 'Someone saved in between; their version is in error.current',
          schema: problemSchema,
        },
        422: { description: 'A field is wrong', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const found = await guarded(c, params.id, 'article.edit');
      if ('denied' in found) return found.denied;
      const { expectedRevision, changeKind, correctionNote, ...changes } = body as {
        expectedRevision: number;
      } & SaveOptions &
        Partial<ArticleFieldsInput>;
      const result = await c.var.ctx.articles.updateArticle(
        params.id,
        changes,
        expectedRevision,
        { userId: c.var.user.id },
        {
          ...(changeKind ? { changeKind } : {}),
          ...(correctionNote !== undefined ? { correctionNote } : {}),
        },
      );
      if (!result.ok) {
        const current =
          result.error.type === 'conflict'
            ? await c.var.ctx.articles.repository.findById(params.id)
            : undefined;
        return articleProblem(c, result.error, current);
      }
      return c.json(result.value);
    },
  );

  const transition = (
    path: string,
    summary: string,
    action: Action,
    run: (
      c: AdminContext,
      id: string,
      body: { at?: string },
    ) => ReturnType<AdminContext['var']['ctx']['articles']['publishArticle']>,
    body?: z.ZodType,
  ) =>
    api.add(
      {
        method: 'post',
        path,
        summary,
        tag: 'Articles',
        params: idParams,
        ...(body ? { body } : {}),
        responses: {
          200: { description: 'Done', schema: articleSchema },
          403: { description: 'Not allowed for this role', schema: problemSchema },
          422: { description: 'Not possible in the article’s state', schema: problemSchema },
        },
      },
      async (c, input) => {
        const found = await guarded(c, input.params.id, action);
        if ('denied' in found) return found.denied;
        const result = await run(c, input.params.id, (input.body ?? {}) as { at?: string });
        return result.ok ? c.json(result.value) : articleProblem(c, result.error);
      },
    );

  const actor = (c: AdminContext) => ({ userId: c.var.user.id });
  transition('/articles/:id/submit', 'Submit a draft for review', 'article.submit', (c, id) =>
    c.var.ctx.articles.submitArticle(id, actor(c)),
  );
  transition('/articles/:id/publish', 'Publish now', 'article.publish', (c, id) =>
    c.var.ctx.articles.publishArticle(id, actor(c)),
  );
  transition(
    '/articles/:id/schedule',
    'Schedule publication at a future time',
    'article.publish',
    (c, id, body) => c.var.ctx.articles.scheduleArticle(id, new Date(body.at ?? ''), actor(c)),
    z.object({ at: z.iso.datetime({ offset: true }) }),
  );
  transition('/articles/:id/unpublish', 'Take off the reader site', 'article.unpublish', (c, id) =>
    c.var.ctx.articles.unpublishArticle(id, actor(c)),
  );
  transition('/articles/:id/restore', 'Take out of the trash', 'article.restore', (c, id) =>
    c.var.ctx.articles.restoreArticle(id, actor(c)),
  );

  api.add(
    {
      method: 'delete',
      path: '/articles/:id',
      summary: 'Move to the trash (restorable)',
      tag: 'Articles',
      params: idParams,
      responses: { 200: { description: 'In the trash', schema: articleSchema } },
    },
    async (c, { params }) => {
      const found = await guarded(c, params.id, 'article.delete');
      if ('denied' in found) return found.denied;
      const result = await c.var.ctx.articles.trashArticle(params.id, actor(c));
      return result.ok ? c.json(result.value) : articleProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/articles/:id/revisions',
      summary: 'Every saved revision, with who saved it and when',
      tag: 'Revisions',
      params: idParams,
      responses: { 200: { description: 'Newest first', schema: z.array(revisionSummarySchema) } },
    },
    async (c, { params }) => {
      const found = await guarded(c, params.id, 'article.read');
      if ('denied' in found) return found.denied;
      const revisions = await c.var.ctx.articles.repository.revisions(params.id);
      const authorIds = [
        ...new Set(revisions.map((r) => r.createdBy).filter((id): id is string => !!id)),
      ];
      const names = new Map<string, string>();
      for (const id of authorIds) {
        const user = await c.var.ctx.users.repository.findById(id);
        if (user) names.set(id, user.name);
      }
      return c.json(
        revisions
          .map((revision) => ({
            number: revision.number,
            createdAt: revision.createdAt,
            createdBy: revision.createdBy
              ? { id: revision.createdBy, name: names.get(revision.createdBy) ?? '' }
              : null,
            headline: revision.snapshot.headline,
            changeKind: revision.changeKind,
          }))
          .reverse(),
      );
    },
  );

  api.add(
    {
      method: 'get',
      path: '/articles/:id/revisions/:number',
      summary: 'One revision’s content',
      tag: 'Revisions',
      params: revisionParams,
      responses: { 200: { description: 'The revision' } },
    },
    async (c, { params }) => {
      const found = await guarded(c, params.id, 'article.read');
      if ('denied' in found) return found.denied;
      const revision = (await c.var.ctx.articles.repository.revisions(params.id)).find(
        (r) => r.number === params.number,
      );
      return revision ? c.json(revision) : problem(c, 'not-found');
    },
  );

  api.add(
    {
      method: 'get',
      path: '/articles/:id/diff',
      summary: 'What changed between two revisions, field by field and block by block',
      tag: 'Revisions',
      params: idParams,
      query: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
      responses: { 200: { description: 'The differences' } },
    },
    async (c, { params, query }) => {
      const found = await guarded(c, params.id, 'article.read');
      if ('denied' in found) return found.denied;
      const revisions = await c.var.ctx.articles.repository.revisions(params.id);
      const from = revisions.find((r) => r.number === query.from);
      const to = revisions.find((r) => r.number === query.to);
      if (!from || !to) return problem(c, 'not-found');
      return c.json({
        from: from.number,
        to: to.number,
        ...diffRevisions(from.snapshot, to.snapshot),
      });
    },
  );

  api.add(
    {
      method: 'post',
      path: '/articles/:id/revisions/:number/restore',
      summary: 'Bring back a revision’s content as a new revision',
      tag: 'Revisions',
      params: revisionParams,
      body: z.object({ expectedRevision: z.number().int().min(1) }),
      responses: {
        200: { description: 'Restored', schema: articleSchema },
        409: { description: 'Someone saved in between' },
      },
    },
    async (c, { params, body }) => {
      const found = await guarded(c, params.id, 'article.edit');
      if ('denied' in found) return found.denied;
      const result = await c.var.ctx.articles.restoreRevision(
        params.id,
        params.number,
        body.expectedRevision,
        actor(c),
      );
      if (!result.ok) {
        const current =
          result.error.type === 'conflict'
            ? await c.var.ctx.articles.repository.findById(params.id)
            : undefined;
        return articleProblem(c, result.error, current);
      }
      return c.json(result.value);
    },
  );
}
