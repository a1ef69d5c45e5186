import type { Context } from 'hono';
import { z } from 'zod';
import { issue } from '../../core/validation.ts';
import {
  type SectionInput,
  type SeriesInput,
  sectionInput,
  seriesInput,
  type TaxonomyChangeProblem,
  tagName,
} from '../../taxonomy/taxonomy.service.ts';
import type { Action } from '../../users/permissions.ts';
import type { AdminEnv } from './admin-env.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import {
  idParams,
  problemSchema,
  sectionSchema,
  seriesSchema,
  siteParams,
  tagSchema,
  updateOf,
} from './schemas.ts';
import { guardedSite } from './sites.routes.ts';

type AdminContext = Context<AdminEnv>;

/** The answer for an expected failure of the taxonomy service. */
function taxonomyProblem(c: AdminContext, failure: TaxonomyChangeProblem) {
  switch (failure.type) {
    case 'invalid':
      return problem(c, 'invalid', { issues: failure.issues });
    case 'slug-taken':
      return problem(c, 'invalid', { issues: [issue('slug', 'issue.slugTaken')] });
    case 'not-found':
      return problem(c, 'not-found');
  }
}

/**
 * A section or series the caller may do `action` to: 404 when it does not exist or belongs to
 * an edition they do not work on, 403 when they may see it but not do that.
 */
async function guarded<T extends { siteId: string }>(
  c: AdminContext,
  item: T | undefined,
  action: Action,
): Promise<{ item: T } | { denied: Response }> {
  if (!item || !allowed(c, 'article.read', { siteId: item.siteId })) {
    return { denied: problem(c, 'not-found') };
  }
  if (!allowed(c, action, { siteId: item.siteId })) return { denied: problem(c, 'forbidden') };
  return { item };
}

const sectionChanges = updateOf(sectionInput);
const seriesChanges = updateOf(seriesInput);

/** Sections, tags and series of an edition. */
export function taxonomyRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/sites/:siteId/sections',
      summary: 'The sections of an edition, in their order',
      tag: 'Sections',
      params: siteParams,
      responses: {
        200: { description: 'Sections', schema: z.array(sectionSchema) },
        403: { description: 'Not a member of this edition', schema: problemSchema },
        404: { description: 'No such edition', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const found = await guardedSite(c, params.siteId, 'article.read');
      if ('denied' in found) return found.denied;
      return c.json(await c.var.ctx.taxonomy.repository.sections(found.site.id));
    },
  );

  api.add(
    {
      method: 'post',
      path: '/sites/:siteId/sections',
      summary: 'Create a section (its slug is made from the name unless given)',
      tag: 'Sections',
      params: siteParams,
      body: sectionInput,
      responses: {
        201: { description: 'The new section', schema: sectionSchema },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        422: { description: 'A field is wrong, or the slug is taken', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const found = await guardedSite(c, params.siteId, 'taxonomy.manage');
      if ('denied' in found) return found.denied;
      const { site } = found;
      const result = await c.var.ctx.taxonomy.createSection(site.id, site.language, body);
      return result.ok ? c.json(result.value, 201) : taxonomyProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'patch',
      path: '/sections/:id',
      summary: 'Rename, re-slug, describe or move a section',
      tag: 'Sections',
      params: idParams,
      body: sectionChanges,
      responses: {
        200: { description: 'The changed section', schema: sectionSchema },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        404: { description: 'No such section here', schema: problemSchema },
        422: { description: 'A field is wrong, or the slug is taken', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const { ctx } = c.var;
      const found = await guarded(
        c,
        await ctx.taxonomy.repository.findSectionById(params.id),
        'taxonomy.manage',
      );
      if ('denied' in found) return found.denied;
      const result = await ctx.taxonomy.updateSection(params.id, body as Partial<SectionInput>);
      return result.ok ? c.json(result.value) : taxonomyProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'delete',
      path: '/sections/:id',
      summary: 'Delete a section; its articles stay, without a section',
      tag: 'Sections',
      params: idParams,
      responses: {
        204: { description: 'Deleted' },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        404: { description: 'No such section here', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const { ctx } = c.var;
      const found = await guarded(
        c,
        await ctx.taxonomy.repository.findSectionById(params.id),
        'taxonomy.manage',
      );
      if ('denied' in found) return found.denied;
      const result = await ctx.taxonomy.deleteSection(params.id);
      return result.ok ? c.body(null, 204) : taxonomyProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/sites/:siteId/tags',
      summary: 'The tags of an edition by name; with q, those whose name or slug contains it',
      tag: 'Tags',
      params: siteParams,
      query: z.object({
        q: z.string().max(200).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      }),
      responses: {
        200: { description: 'Tags', schema: z.array(tagSchema) },
        403: { description: 'Not a member of this edition', schema: problemSchema },
        404: { description: 'No such edition', schema: problemSchema },
      },
    },
    async (c, { params, query }) => {
      const found = await guardedSite(c, params.siteId, 'article.read');
      if ('denied' in found) return found.denied;
      return c.json(
        await c.var.ctx.taxonomy.repository.tags(found.site.id, {
          ...(query.q ? { text: query.q } : {}),
          limit: query.limit,
        }),
      );
    },
  );

  api.add(
    {
      method: 'post',
      path: '/sites/:siteId/tags',
      summary: 'The tag with this name, created if the edition has none (201) or found (200)',
      tag: 'Tags',
      params: siteParams,
      body: z.object({ name: tagName }),
      responses: {
        200: { description: 'The tag existed already', schema: tagSchema },
        201: { description: 'A new tag', schema: tagSchema },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        422: { description: 'The name is wrong', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const found = await guardedSite(c, params.siteId, 'tag.create');
      if ('denied' in found) return found.denied;
      const { site } = found;
      const result = await c.var.ctx.taxonomy.findOrCreateTag(site.id, site.language, body.name);
      if (!result.ok) return taxonomyProblem(c, result.error);
      return c.json(result.value.tag, result.value.created ? 201 : 200);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/sites/:siteId/series',
      summary: 'The series of an edition, by title',
      tag: 'Series',
      params: siteParams,
      responses: {
        200: { description: 'Series', schema: z.array(seriesSchema) },
        403: { description: 'Not a member of this edition', schema: problemSchema },
        404: { description: 'No such edition', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const found = await guardedSite(c, params.siteId, 'article.read');
      if ('denied' in found) return found.denied;
      return c.json(await c.var.ctx.taxonomy.repository.seriesList(found.site.id));
    },
  );

  api.add(
    {
      method: 'post',
      path: '/sites/:siteId/series',
      summary: 'Create a series (its slug is made from the title unless given)',
      tag: 'Series',
      params: siteParams,
      body: seriesInput,
      responses: {
        201: { description: 'The new series', schema: seriesSchema },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        422: { description: 'A field is wrong, or the slug is taken', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const found = await guardedSite(c, params.siteId, 'taxonomy.manage');
      if ('denied' in found) return found.denied;
      const { site } = found;
      const result = await c.var.ctx.taxonomy.createSeries(site.id, site.language, body);
      return result.ok ? c.json(result.value, 201) : taxonomyProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'patch',
      path: '/series/:id',
      summary: 'Retitle, re-slug or describe a series',
      tag: 'Series',
      params: idParams,
      body: seriesChanges,
      responses: {
        200: { description: 'The changed series', schema: seriesSchema },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        404: { description: 'No such series here', schema: problemSchema },
        422: { description: 'A field is wrong, or the slug is taken', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const { ctx } = c.var;
      const found = await guarded(
        c,
        await ctx.taxonomy.repository.findSeriesById(params.id),
        'taxonomy.manage',
      );
      if ('denied' in found) return found.denied;
      const result = await ctx.taxonomy.updateSeries(params.id, body as Partial<SeriesInput>);
      return result.ok ? c.json(result.value) : taxonomyProblem(c, result.error);
    },
  );
}
