import { z } from 'zod';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { apiTokenSchema, idParams, problemSchema } from './schemas.ts';

/** The caller's API tokens, for scripts that act as them. */
export function tokenRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/tokens',
      summary: 'The caller’s API tokens, newest first (never their secrets)',
      tag: 'API tokens',
      responses: { 200: { description: 'Tokens', schema: z.array(apiTokenSchema) } },
    },
    async (c) => c.json(await c.var.ctx.apiTokens.list(c.var.user.id)),
  );

  api.add(
    {
      method: 'post',
      path: '/tokens',
      summary: 'Create an API token; its secret is in this answer and nowhere else, ever',
      tag: 'API tokens',
      body: z.object({ name: z.string().max(100) }),
      responses: {
        201: {
          description: 'The token (send as "Authorization: Bearer …") and its record',
          schema: z.object({ token: z.string(), record: apiTokenSchema }),
        },
        422: { description: 'The name is missing or too long', schema: problemSchema },
      },
    },
    async (c, { body }) => {
      const result = await c.var.ctx.apiTokens.create(c.var.user.id, body.name);
      if (!result.ok) {
        return problem(c, 'invalid', {
          issues: result.error.issues.map((found) => ({ ...found, path: 'name' })),
        });
      }
      return c.json(result.value, 201);
    },
  );

  api.add(
    {
      method: 'delete',
      path: '/tokens/:id',
      summary: 'Revoke one of the caller’s API tokens; it stops working at once',
      tag: 'API tokens',
      params: idParams,
      responses: {
        204: { description: 'Revoked' },
        404: { description: 'The caller has no such token in use', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const revoked = await c.var.ctx.apiTokens.revoke(c.var.user.id, params.id);
      return revoked ? c.body(null, 204) : problem(c, 'not-found');
    },
  );
}
