import type { Context } from 'hono';
import { z } from 'zod';
import { type FieldIssue, issue } from '../../core/validation.ts';
import type { SiteProblem } from '../../sites/site.service.ts';
import { type Site, type SiteInput, siteInputSchema, socialLinkSchema } from '../../sites/site.ts';
import type { Action } from '../../users/permissions.ts';
import type { Role } from '../../users/user.ts';
import type { AdminEnv } from './admin-env.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import {
  frontPageSchema,
  problemSchema,
  siteParams,
  siteSchema,
  siteWithRolesSchema,
  updateOf,
} from './schemas.ts';

type AdminContext = Context<AdminEnv>;

/**
 * The edition the caller may do `action` on, or the answer to give: 403 when they may not
 * (a non-member cannot tell whether the edition exists), 404 when there is no such edition.
 */
export async function guardedSite(
  c: AdminContext,
  siteId: string,
  action: Action,
): Promise<{ site: Site } | { denied: Response }> {
  if (!allowed(c, action, { siteId })) return { denied: problem(c, 'forbidden') };
  const site = await c.var.ctx.sites.findById(siteId);
  return site ? { site } : { denied: problem(c, 'not-found') };
}

/** The caller's roles on an edition. */
export function rolesOn(c: AdminContext, siteId: string): Role[] {
  return [...(c.var.actor.roles.get(siteId) ?? [])].sort();
}

/** The answer for an expected failure of the site service. */
export function siteProblem(c: AdminContext, failure: SiteProblem | { type: 'not-found' }) {
  switch (failure.type) {
    case 'invalid':
      return problem(c, 'invalid', { issues: failure.issues });
    case 'not-found':
      return problem(c, 'not-found');
    case 'slug-taken':
      return problem(c, 'invalid', { issues: [issue('slug', 'issue.slugTaken')] });
    case 'address-taken':
      // An edition on its own host at its root collides by host; any other by path.
      return problem(c, 'invalid', {
        issues: [
          issue(failure.host && !failure.basePath ? 'host' : 'basePath', 'issue.addressTaken'),
        ],
      });
  }
}

const httpUrl = socialLinkSchema.shape.url;

/** Edition settings as the API takes them: checked strictly, each optional (merged on change). */
const settingsInput = z
  .object({
    dateStyle: z.enum(['full', 'long', 'medium']),
    shareUtm: z
      .object({
        source: z.string().trim().max(100),
        medium: z.string().trim().max(100),
        campaign: z.string().trim().max(100),
      })
      .nullable(),
    feedContent: z.enum(['full', 'summary']),
    republicationPolicy: z.enum(['canonical', 'noindex']),
    supportUrl: httpUrl.nullable(),
  })
  .partial()
  .strict();

const createBody = siteInputSchema.extend({ settings: settingsInput.default({}) });
const updateBody = updateOf(siteInputSchema.omit({ slug: true, settings: true })).extend({
  settings: settingsInput.optional(),
});

/** Navigation entries that name a section must name one of the edition's. */
async function navigationIssues(
  c: AdminContext,
  siteId: string,
  navigation: SiteInput['navigation'],
): Promise<FieldIssue[]> {
  if (!navigation?.some((item) => item.kind === 'section')) return [];
  const sections = new Set(
    (await c.var.ctx.taxonomy.repository.sections(siteId)).map((section) => section.id),
  );
  return navigation.flatMap((item, index) =>
    item.kind === 'section' && !sections.has(item.sectionId)
      ? [issue(`navigation.${index}.sectionId`, 'issue.notSectionOfEdition')]
      : [],
  );
}

/** Editions: the list, creating one, its settings and its front page. */
export function siteRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/sites',
      summary: 'The editions the caller works on (every edition for a network admin)',
      tag: 'Editions',
      responses: {
        200: {
          description: 'Editions in directory order, each with the caller’s roles on it',
          schema: z.array(siteWithRolesSchema),
        },
      },
    },
    async (c) => {
      const { actor } = c.var;
      const sites = await c.var.ctx.sites.list();
      return c.json(
        sites
          .filter((site) => actor.isNetworkAdmin || actor.roles.has(site.id))
          .map((site) => ({ ...site, roles: rolesOn(c, site.id) })),
      );
    },
  );

  api.add(
    {
      method: 'post',
      path: '/sites',
      summary: 'Create an edition (network admins)',
      tag: 'Editions',
      body: createBody,
      responses: {
        201: { description: 'The new edition', schema: siteSchema },
        403: { description: 'Only network admins create editions', schema: problemSchema },
        422: {
          description: 'A field is wrong, or the slug or address is taken',
          schema: problemSchema,
        },
      },
    },
    async (c, { body }) => {
      if (!allowed(c, 'network.manage', { siteId: '' })) return problem(c, 'forbidden');
      // A new edition has no sections yet for its navigation to name.
      const issues = body.navigation.flatMap((item, index) =>
        item.kind === 'section'
          ? [issue(`navigation.${index}.sectionId`, 'issue.notSectionOfEdition')]
          : [],
      );
      if (issues.length) return problem(c, 'invalid', { issues });
      const result = await c.var.ctx.sites.createSite(body);
      return result.ok ? c.json(result.value, 201) : siteProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/sites/:siteId',
      summary: 'One edition, with the caller’s roles on it',
      tag: 'Editions',
      params: siteParams,
      responses: {
        200: { description: 'The edition', schema: siteWithRolesSchema },
        403: { description: 'Not a member of this edition', schema: problemSchema },
        404: { description: 'No such edition', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const found = await guardedSite(c, params.siteId, 'article.read');
      if ('denied' in found) return found.denied;
      return c.json({ ...found.site, roles: rolesOn(c, found.site.id) });
    },
  );

  api.add(
    {
      method: 'patch',
      path: '/sites/:siteId',
      summary:
        'Change an edition’s name, tagline, language, time zone, country, social links, navigation, settings or position; its host and base path (network admins)',
      tag: 'Editions',
      params: siteParams,
      body: updateBody,
      responses: {
        200: { description: 'The changed edition', schema: siteSchema },
        403: {
          description: 'Not allowed, or a change of address by someone not a network admin',
          schema: problemSchema,
        },
        404: { description: 'No such edition', schema: problemSchema },
        422: { description: 'A field is wrong, or the address is taken', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const found = await guardedSite(c, params.siteId, 'site.settings');
      if ('denied' in found) return found.denied;
      const { site } = found;
      const changes = body as Partial<SiteInput>;
      const movesAddress =
        (changes.host !== undefined && changes.host !== site.host) ||
        (changes.basePath !== undefined && changes.basePath !== site.basePath);
      // An edition's address is the network's business: moving one breaks every link to it.
      if (movesAddress && !c.var.actor.isNetworkAdmin) return problem(c, 'forbidden');
      const issues = await navigationIssues(c, site.id, changes.navigation);
      if (issues.length) return problem(c, 'invalid', { issues });
      const result = await c.var.ctx.sites.updateSite(site.id, changes);
      return result.ok ? c.json(result.value) : siteProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/sites/:siteId/front-page',
      summary: 'The curated front page: its lead article and featured articles',
      tag: 'Editions',
      params: siteParams,
      responses: {
        200: { description: 'The front page', schema: frontPageSchema },
        403: { description: 'Not a member of this edition', schema: problemSchema },
        404: { description: 'No such edition', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const found = await guardedSite(c, params.siteId, 'article.read');
      if ('denied' in found) return found.denied;
      return c.json(await c.var.ctx.frontPages.get(found.site.id));
    },
  );

  api.add(
    {
      method: 'put',
      path: '/sites/:siteId/front-page',
      summary: 'Set the front page: a lead article and up to eight featured ones, in order',
      tag: 'Editions',
      params: siteParams,
      body: z.object({
        leadId: z.string().min(1).max(64).nullable(),
        featuredIds: z.array(z.string().min(1).max(64)).max(8),
      }),
      responses: {
        200: { description: 'The front page as set', schema: frontPageSchema },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        404: { description: 'No such edition', schema: problemSchema },
        422: { description: 'An article is not one of the edition’s', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const found = await guardedSite(c, params.siteId, 'frontpage.manage');
      if ('denied' in found) return found.denied;
      const result = await c.var.ctx.frontPages.set(found.site.id, body);
      return result.ok
        ? c.json(result.value)
        : problem(c, 'invalid', { issues: result.error.issues });
    },
  );
}
