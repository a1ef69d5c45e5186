import { z } from 'zod';
import type { Role } from '../../users/user.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { problemSchema, siteParams } from './schemas.ts';
import { isNewsroomMember } from './translation-access.ts';

/** The roles that may take a task on an edition (see `translation.claim` in permissions.ts). */
const CLAIMING_ROLES: Role[] = ['site-admin', 'editor', 'translation-manager', 'translator'];

/**
 * Lists the desk's screens need beyond one edition: every edition of the network (a request or
 * a subscription names sister editions one has no role on), and who can be given a task.
 */
export function deskListRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/translation-desk/editions',
      summary:
        'Every edition of the network with its language and sections, for choosing a target or a source (anyone of the newsroom)',
      tag: 'Translation desk',
      responses: {
        200: {
          description: 'Editions in directory order',
          schema: z.array(
            z.object({
              id: z.string(),
              slug: z.string(),
              name: z.string(),
              language: z.string(),
              sections: z.array(z.object({ id: z.string(), name: z.string() })),
            }),
          ),
        },
        403: { description: 'No role on any edition', schema: problemSchema },
      },
    },
    async (c) => {
      if (!isNewsroomMember(c)) return problem(c, 'forbidden');
      const { ctx } = c.var;
      const sites = await ctx.sites.list();
      return c.json(
        await Promise.all(
          sites.map(async (site) => ({
            id: site.id,
            slug: site.slug,
            name: site.name,
            language: site.language,
            sections: (await ctx.taxonomy.repository.sections(site.id)).map((section) => ({
              id: section.id,
              name: section.name,
            })),
          })),
        ),
      );
    },
  );

  api.add(
    {
      method: 'get',
      path: '/sites/:siteId/translators',
      summary:
        'The edition’s staff who may take its translation tasks, to assign one to them (its translation managers and editors)',
      tag: 'Translation desk',
      params: siteParams,
      responses: {
        200: {
          description: 'People by name, with their roles on the edition',
          schema: z.array(
            z.object({ id: z.string(), name: z.string(), roles: z.array(z.string()) }),
          ),
        },
        403: { description: 'Not one who assigns tasks here', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      if (!allowed(c, 'translation.review', { siteId: params.siteId })) {
        return problem(c, 'forbidden');
      }
      const members = await c.var.ctx.users.repository.siteMembers(params.siteId);
      return c.json(
        members
          .filter((member) => member.roles.some((role) => CLAIMING_ROLES.includes(role)))
          .map((member) => ({ id: member.user.id, name: member.user.name, roles: member.roles })),
      );
    },
  );
}
