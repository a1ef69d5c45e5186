import type { Context } from 'hono';
import { z } from 'zod';
import type { StatementDetail } from '../../translations/joint-statements/joint-statement.service.ts';
import {
  jointStatementInputSchema,
  STATEMENT_STATUSES,
  scheduleSchema,
} from '../../translations/joint-statements/joint-statement.ts';
import type { AdminEnv } from './admin-env.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { idParams, problemSchema } from './schemas.ts';
import { deskProblem } from './translation-desk.guard.ts';

type AdminContext = Context<AdminEnv>;

const statementSchema = z.object({
  id: z.string(),
  sourceArticleId: z.string(),
  storyId: z.string(),
  status: z.enum(STATEMENT_STATUSES),
  publishAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const detailSchema = statementSchema.extend({
  source: z
    .object({
      articleId: z.string(),
      siteId: z.string(),
      language: z.string(),
      headline: z.string(),
      status: z.string(),
    })
    .nullable(),
  editions: z.array(
    z.object({
      siteId: z.string(),
      language: z.string(),
      taskId: z.string(),
      status: z.string(),
      ready: z.boolean(),
      articleId: z.string().nullable(),
    }),
  ),
  readyCount: z.number(),
});

/** Editions a statement publishes on: its source's and every task's. */
function editionsOf(detail: StatementDetail): string[] {
  return [
    ...new Set([
      ...(detail.source ? [detail.source.siteId] : []),
      ...detail.editions.map((e) => e.siteId),
    ]),
  ];
}

/** A statement, if the caller works on one of its editions; 403 if they may not publish on all. */
async function guardedStatement(
  c: AdminContext,
  id: string,
  publishing: boolean,
): Promise<{ detail: StatementDetail } | { denied: Response }> {
  const detail = await c.var.ctx.desk.jointStatements.detail(id);
  const editions = detail ? editionsOf(detail) : [];
  if (!detail || !editions.some((siteId) => allowed(c, 'article.read', { siteId }))) {
    return { denied: problem(c, 'not-found') };
  }
  if (publishing && !editions.every((siteId) => allowed(c, 'translation.publish', { siteId }))) {
    return { denied: problem(c, 'forbidden') };
  }
  return { detail };
}

const denied = {
  403: { description: 'Not allowed to publish on every edition of it', schema: problemSchema },
  404: { description: 'No such statement here', schema: problemSchema },
};

/** Joint statements: one text on every chosen edition, published at the same moment. */
export function jointStatementRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'post',
      path: '/joint-statements',
      summary:
        'Prepare a joint statement: an unpublished source article and a translation task for each target edition; publishAt sets a time, else it publishes once all are approved',
      tag: 'Joint statements',
      body: jointStatementInputSchema,
      responses: {
        201: { description: 'The statement with its editions', schema: detailSchema },
        403: denied[403],
        422: { description: 'A field is wrong', schema: problemSchema },
      },
    },
    async (c, { body }) => {
      const { ctx } = c.var;
      const source = await ctx.articles.repository.findById(body.sourceArticleId);
      const editions = [...(source ? [source.siteId] : []), ...body.targets.map((t) => t.siteId)];
      // Only someone who may publish on every edition involved prepares it for all of them.
      const known = new Set((await ctx.sites.list()).map((site) => site.id));
      if (
        !editions.every(
          (siteId) => !known.has(siteId) || allowed(c, 'translation.publish', { siteId }),
        )
      ) {
        return problem(c, 'forbidden');
      }
      const result = await ctx.desk.jointStatements.create(body, { userId: c.var.user.id });
      if (!result.ok) return deskProblem(c, result.error);
      return c.json(await ctx.desk.jointStatements.detail(result.value.id), 201);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/joint-statements/:id',
      summary: 'A joint statement and where each edition stands (ready or not)',
      tag: 'Joint statements',
      params: idParams,
      responses: { 200: { description: 'The statement', schema: detailSchema }, 404: denied[404] },
    },
    async (c, { params }) => {
      const found = await guardedStatement(c, params.id, false);
      return 'denied' in found ? found.denied : c.json(found.detail);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/joint-statements/:id/publish',
      summary:
        'Publish now, on every edition whose translation is approved and on the source’s, all at the same moment',
      tag: 'Joint statements',
      params: idParams,
      responses: {
        200: {
          description: 'Published; the articles that went out',
          schema: detailSchema.extend({ published: z.array(z.string()) }),
        },
        ...denied,
        422: { description: 'Already published', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const found = await guardedStatement(c, params.id, true);
      if ('denied' in found) return found.denied;
      const result = await c.var.ctx.desk.jointStatements.publish(params.id, c.var.user.id);
      if (!result.ok) return deskProblem(c, result.error);
      const detail = await c.var.ctx.desk.jointStatements.detail(params.id);
      return c.json({ ...detail, published: result.value.published });
    },
  );

  api.add(
    {
      method: 'put',
      path: '/joint-statements/:id/schedule',
      summary:
        'Set the time it publishes itself with the translations ready then (null: publish once all are approved)',
      tag: 'Joint statements',
      params: idParams,
      body: scheduleSchema,
      responses: {
        200: { description: 'Scheduled', schema: detailSchema },
        ...denied,
        422: { description: 'Not in the future, or already published', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const found = await guardedStatement(c, params.id, true);
      if ('denied' in found) return found.denied;
      const result = await c.var.ctx.desk.jointStatements.schedule(params.id, body.publishAt);
      if (!result.ok) return deskProblem(c, result.error);
      return c.json(await c.var.ctx.desk.jointStatements.detail(params.id));
    },
  );
}
