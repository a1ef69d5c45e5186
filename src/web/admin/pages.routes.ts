import type { Context } from 'hono';
import { z } from 'zod';
import { issue } from '../../core/validation.ts';
import type { PageProblem } from '../../pages/page.service.ts';
import { type PageInput, pageInputSchema } from '../../pages/page.ts';
import type { AdminEnv } from './admin-env.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { idParams, pageSchema, problemSchema, siteParams, updateOf } from './schemas.ts';
import { guardedSite } from './sites.routes.ts';

type AdminContext = Context<AdminEnv>;

/** The answer for an expected failure of the page service. */
function pageProblem(c: AdminContext, failure: PageProblem) {
  switch (failure.type) {
    case 'invalid':
      return problem(c, 'invalid', { issues: failure.issues });
    case 'slug-taken':
      return problem(c, 'invalid', { issues: [issue('slug', 'issue.slugTaken')] });
    case 'not-found':
      return problem(c, 'not-found');
  }
}

const pageChanges = updateOf(pageInputSchema);

/** Static pages of an edition: About, Support, a masthead… */
export function pageRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/sites/:siteId/pages',
      summary: 'The static pages of an edition, by title',
      tag: 'Pages',
      params: siteParams,
      responses: {
        200: { description: 'Pages', schema: z.array(pageSchema) },
        403: { description: 'Not a member of this edition', schema: problemSchema },
        404: { description: 'No such edition', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const found = await guardedSite(c, params.siteId, 'article.read');
      if ('denied' in found) return found.denied;
      return c.json(await c.var.ctx.pages.repository.list(found.site.id));
    },
  );

  api.add(
    {
      method: 'post',
      path: '/sites/:siteId/pages',
      summary: 'Create a static page (its slug is made from the title unless given)',
      tag: 'Pages',
      params: siteParams,
      body: pageInputSchema,
      responses: {
        201: { description: 'The new page', schema: pageSchema },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        422: { description: 'A field is wrong, or the slug is taken', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const found = await guardedSite(c, params.siteId, 'page.manage');
      if ('denied' in found) return found.denied;
      const { site } = found;
      const result = await c.var.ctx.pages.createPage(site.id, site.language, body);
      return result.ok ? c.json(result.value, 201) : pageProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/pages/:id',
      summary: 'One static page',
      tag: 'Pages',
      params: idParams,
      responses: {
        200: { description: 'The page', schema: pageSchema },
        404: { description: 'No such page here', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const page = await c.var.ctx.pages.repository.findById(params.id);
      if (!page || !allowed(c, 'article.read', { siteId: page.siteId })) {
        return problem(c, 'not-found');
      }
      return c.json(page);
    },
  );

  api.add(
    {
      method: 'patch',
      path: '/pages/:id',
      summary: 'Change a static page; fields left out stay as they are',
      tag: 'Pages',
      params: idParams,
      body: pageChanges,
      responses: {
        200: { description: 'The changed page', schema: pageSchema },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        404: { description: 'No such page here', schema: problemSchema },
        422: { description: 'A field is wrong, or the slug is taken', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const { ctx } = c.var;
      const page = await ctx.pages.repository.findById(params.id);
      if (!page || !allowed(c, 'article.read', { siteId: page.siteId })) {
        return problem(c, 'not-found');
      }
      if (!allowed(c, 'page.manage', { siteId: page.siteId })) return problem(c, 'forbidden');
      const result = await ctx.pages.updatePage(page.id, body as Partial<PageInput>);
      return result.ok ? c.json(result.value) : pageProblem(c, result.error);
    },
  );
}
