import type { Context } from 'hono';
import { z } from 'zod';
import type { ContributorProblem } from '../../contributors/contributor.service.ts';
import { type ContributorInput, contributorInputSchema } from '../../contributors/contributor.ts';
import { issue } from '../../core/validation.ts';
import type { Action } from '../../users/permissions.ts';
import type { AdminEnv } from './admin-env.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import {
  contributorListSchema,
  contributorSchema,
  idParams,
  problemSchema,
  updateOf,
} from './schemas.ts';

type AdminContext = Context<AdminEnv>;

/**
 * Whether the caller may do `action` on at least one edition: for what the whole network
 * shares (contributors, media), a right on any edition is a right on the shared thing.
 */
export function allowedSomewhere(c: AdminContext, action: Action): boolean {
  if (c.var.actor.isNetworkAdmin) return true;
  return [...c.var.actor.roles.keys()].some((siteId) => allowed(c, action, { siteId }));
}

/** The answer for an expected failure of the contributor service. */
function contributorProblem(c: AdminContext, failure: ContributorProblem | { type: 'not-found' }) {
  switch (failure.type) {
    case 'invalid':
      return problem(c, 'invalid', { issues: failure.issues });
    case 'slug-taken':
      return problem(c, 'invalid', { issues: [issue('slug', 'issue.slugTaken')] });
    case 'not-found':
      return problem(c, 'not-found');
  }
}

/** A photo must be in the archive: the answer when it is not, else null. */
async function photoProblem(c: AdminContext, photoMediaId: string | null | undefined) {
  if (!photoMediaId || (await c.var.ctx.media.repository.findById(photoMediaId))) return null;
  return problem(c, 'invalid', { issues: [issue('photoMediaId', 'issue.notInMediaLibrary')] });
}

// Which account a contributor is is the network's business, not set through this API.
const createBody = contributorInputSchema.omit({ userId: true });
const updateBody = updateOf(createBody);

const listQuery = z.object({
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(25),
});

/** The network's shared roster of people and organisations. */
export function contributorRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/contributors',
      summary:
        'The network’s contributors by name; with q, those whose name, slug or e-mail has it',
      tag: 'Contributors',
      query: listQuery,
      responses: {
        200: {
          description: 'One page of contributors, with the total',
          schema: contributorListSchema,
        },
        403: { description: 'Not on the staff of any edition', schema: problemSchema },
      },
    },
    async (c, { query }) => {
      if (!allowedSomewhere(c, 'article.read')) return problem(c, 'forbidden');
      return c.json(
        await c.var.ctx.contributors.repository.search({
          ...(query.q ? { text: query.q } : {}),
          limit: query.perPage,
          offset: (query.page - 1) * query.perPage,
        }),
      );
    },
  );

  api.add(
    {
      method: 'post',
      path: '/contributors',
      summary: 'Add a person or organisation to the roster',
      tag: 'Contributors',
      body: createBody,
      responses: {
        201: { description: 'The new contributor', schema: contributorSchema },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        422: { description: 'A field is wrong, or the slug is taken', schema: problemSchema },
      },
    },
    async (c, { body }) => {
      if (!allowedSomewhere(c, 'contributor.create')) return problem(c, 'forbidden');
      const refused = await photoProblem(c, body.photoMediaId);
      if (refused) return refused;
      const result = await c.var.ctx.contributors.createContributor(body);
      return result.ok ? c.json(result.value, 201) : contributorProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/contributors/:id',
      summary: 'One contributor, with their profiles per language',
      tag: 'Contributors',
      params: idParams,
      responses: {
        200: { description: 'The contributor', schema: contributorSchema },
        403: { description: 'Not on the staff of any edition', schema: problemSchema },
        404: { description: 'No such contributor', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      if (!allowedSomewhere(c, 'article.read')) return problem(c, 'forbidden');
      const contributor = await c.var.ctx.contributors.repository.findById(params.id);
      return contributor ? c.json(contributor) : problem(c, 'not-found');
    },
  );

  api.add(
    {
      method: 'patch',
      path: '/contributors/:id',
      summary:
        'Change a contributor; fields left out stay as they are, profiles when given replace all',
      tag: 'Contributors',
      params: idParams,
      body: updateBody,
      responses: {
        200: { description: 'The changed contributor', schema: contributorSchema },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        404: { description: 'No such contributor', schema: problemSchema },
        422: { description: 'A field is wrong, or the slug is taken', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      if (!allowedSomewhere(c, 'contributor.edit')) return problem(c, 'forbidden');
      const changes = body as Partial<ContributorInput>;
      if (!(await c.var.ctx.contributors.repository.findById(params.id))) {
        return problem(c, 'not-found');
      }
      const refused = await photoProblem(c, changes.photoMediaId);
      if (refused) return refused;
      const result = await c.var.ctx.contributors.updateContributor(params.id, changes);
      return result.ok ? c.json(result.value) : contributorProblem(c, result.error);
    },
  );
}
