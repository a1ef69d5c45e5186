import { z } from 'zod';
import { CHANGE_KINDS } from '../../articles/change-kind.ts';
import type { RepublicationProblem } from '../../articles/republication/republication.service.ts';
import { articleProblem, guarded } from './articles.routes.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { articleSchema, idParams, problemSchema, siteParams } from './schemas.ts';

const republishBody = z.object({
  siteId: z.string().min(1).max(64),
  /** true: published at once; false (the default): a draft on the target edition. */
  publish: z.boolean().default(false),
  sectionId: z.string().min(1).max(64).nullable().optional(),
  tagIds: z.array(z.string().min(1).max(64)).max(50).optional(),
});

const sourceUpdateSchema = z.object({
  articleId: z.string(),
  siteId: z.string(),
  headline: z.string(),
  source: z.object({
    id: z.string(),
    siteId: z.string(),
    slug: z.string(),
    headline: z.string(),
    status: z.string(),
  }),
  state: z.enum(['up-to-date', 'available', 'dismissed']),
  pinnedRevision: z.number(),
  currentRevision: z.number(),
  dismissedRevision: z.number().nullable(),
  changeKind: z.enum(CHANGE_KINDS),
  minor: z.boolean(),
  revisions: z.array(
    z.object({ number: z.number(), changeKind: z.enum(CHANGE_KINDS), createdAt: z.string() }),
  ),
  corrections: z.array(z.object({ note: z.string(), language: z.string(), createdAt: z.string() })),
});

const sourceUpdateDetailSchema = sourceUpdateSchema.extend({
  diff: z
    .object({ fields: z.array(z.looseObject({})), blocks: z.array(z.looseObject({})) })
    .describe('What applying changes in the copy: fields, and blocks by the source’s block ids'),
  overwritesLocalEdits: z.boolean(),
});

/** The answer for a refused republication. */
function republicationProblem(
  c: Parameters<typeof articleProblem>[0],
  failure: RepublicationProblem,
) {
  if (failure.type !== 'duplicate') return articleProblem(c, failure);
  const { id, siteId, slug, status, headline } = failure.existing;
  return problem(c, 'duplicate', { details: { existing: { id, siteId, slug, status, headline } } });
}

/**
 * Republication of sister articles in the same language: make a copy in one call, see and
 * apply (or dismiss) later changes of the source.
 */
export function republicationRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'post',
      path: '/articles/:id/republish',
      summary: 'Copy a published sister article to another edition in the same language',
      description:
        'The copy belongs to the same story, credits the original and takes its text (new block ids with `sourceBlockId`), credits and lead image. An edition in another language gets a translation instead (422: ask the translation desk); an edition that has the story already answers 409 with `error.existing`.',
      tag: 'Republication',
      params: idParams,
      body: republishBody,
      responses: {
        201: { description: 'The copy, a draft or published', schema: articleSchema },
        403: { description: 'Not allowed to create (or publish) on that edition' },
        409: { description: 'The edition has this story already', schema: problemSchema },
        422: {
          description: 'Another language, the same edition, or a draft',
          schema: problemSchema,
        },
      },
    },
    async (c, { params, body }) => {
      const source = await c.var.ctx.articles.repository.findById(params.id);
      // Published articles are public; others only to who may read them on their edition.
      const visible =
        source &&
        !source.deletedAt &&
        (source.status === 'published' || allowed(c, 'article.read', { siteId: source.siteId }));
      if (!visible) return problem(c, 'not-found');
      const target = { siteId: body.siteId, ownerId: c.var.user.id, status: 'draft' };
      if (!allowed(c, 'article.create', target)) return problem(c, 'forbidden');
      if (body.publish && !allowed(c, 'article.publish', target)) return problem(c, 'forbidden');
      const result = await c.var.ctx.republication.republish(
        params.id,
        {
          siteId: body.siteId,
          publish: body.publish,
          ...(body.sectionId !== undefined ? { sectionId: body.sectionId } : {}),
          ...(body.tagIds ? { tagIds: body.tagIds } : {}),
        },
        { userId: c.var.user.id },
      );
      return result.ok ? c.json(result.value, 201) : republicationProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/articles/:id/copies',
      summary: 'The copies of an article on sister editions',
      tag: 'Republication',
      params: idParams,
      responses: {
        200: {
          description: 'One per edition',
          schema: z.array(
            z.object({
              id: z.string(),
              siteId: z.string(),
              slug: z.string(),
              status: z.string(),
              headline: z.string(),
              sourceRevision: z.number(),
            }),
          ),
        },
      },
    },
    async (c, { params }) => {
      const found = await guarded(c, params.id, 'article.read');
      if ('denied' in found) return found.denied;
      const copies = await c.var.ctx.republication.copiesOf(params.id);
      return c.json(
        copies.map((copy) => ({
          id: copy.id,
          siteId: copy.siteId,
          slug: copy.slug,
          status: copy.status,
          headline: copy.headline,
          sourceRevision:
            copy.origin.type === 'republication' && copy.origin.source.kind === 'article'
              ? copy.origin.source.sourceRevision
              : 0,
        })),
      );
    },
  );

  api.add(
    {
      method: 'get',
      path: '/sites/:siteId/source-updates',
      summary: 'Copies on this edition whose original changed since they were made',
      tag: 'Republication',
      params: siteParams,
      responses: {
        200: {
          description: 'Updates waiting, newest copy first',
          schema: z.array(sourceUpdateSchema),
        },
      },
    },
    async (c, { params }) => {
      if (!allowed(c, 'article.read', { siteId: params.siteId })) return problem(c, 'forbidden');
      return c.json(await c.var.ctx.republication.availableUpdates(params.siteId));
    },
  );

  api.add(
    {
      method: 'get',
      path: '/articles/:id/source-update',
      summary: 'How a copy stands against its original, with what applying would change',
      tag: 'Republication',
      params: idParams,
      responses: {
        200: { description: 'The standing and the diff', schema: sourceUpdateDetailSchema },
        404: { description: 'Not a copy of a sister article' },
      },
    },
    async (c, { params }) => {
      const found = await guarded(c, params.id, 'article.read');
      if ('denied' in found) return found.denied;
      const update = await c.var.ctx.republication.sourceUpdate(params.id);
      return update ? c.json(update) : problem(c, 'not-found');
    },
  );

  api.add(
    {
      method: 'post',
      path: '/articles/:id/apply-source-update',
      summary: 'Bring a copy’s text up to its original’s (a new revision of the copy)',
      description:
        'Takes the headline, dek, body, lead image and credits of the original; the copy keeps its slug, kicker, section, tags, series and social texts. Block ids of the copy stay with their source blocks.',
      tag: 'Republication',
      params: idParams,
      body: z.object({ expectedRevision: z.number().int().min(1) }),
      responses: {
        200: { description: 'The copy, updated', schema: articleSchema },
        409: { description: 'Someone saved the copy in between', schema: problemSchema },
        422: { description: 'Already up to date', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const found = await guarded(c, params.id, 'article.edit');
      if ('denied' in found) return found.denied;
      const result = await c.var.ctx.republication.applySourceUpdate(
        params.id,
        body.expectedRevision,
        { userId: c.var.user.id },
      );
      if (result.ok) return c.json(result.value);
      const current =
        result.error.type === 'conflict'
          ? await c.var.ctx.articles.repository.findById(params.id)
          : undefined;
      return articleProblem(c, result.error, current);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/articles/:id/dismiss-source-update',
      summary: 'Keep a copy as it is: its original’s changes so far are no longer offered',
      tag: 'Republication',
      params: idParams,
      body: z.object({
        /** The original's revision the editor saw (currentRevision of the update). */
        sourceRevision: z.number().int().min(1),
      }),
      responses: {
        200: { description: 'The standing after dismissing', schema: sourceUpdateDetailSchema },
        422: { description: 'Not a revision waiting to be applied', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const found = await guarded(c, params.id, 'article.edit');
      if ('denied' in found) return found.denied;
      const result = await c.var.ctx.republication.dismissSourceUpdate(
        params.id,
        body.sourceRevision,
        { userId: c.var.user.id },
      );
      return result.ok ? c.json(result.value) : articleProblem(c, result.error);
    },
  );
}
