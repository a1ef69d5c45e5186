import type { Context } from 'hono';
import { z } from 'zod';
import {
  type GlossaryTerm,
  glossaryChangesSchema,
  glossaryInputSchema,
  knownLanguage,
} from '../../translations/glossary/glossary.ts';
import type { AdminEnv } from './admin-env.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { idParams, problemSchema } from './schemas.ts';
import { isNewsroomMember, mayManageGlossary } from './translation-access.ts';

const glossaryTermSchema = z.object({
  id: z.string(),
  sourceLanguage: z.string(),
  targetLanguage: z.string(),
  sourceTerm: z.string(),
  targetTerm: z.string(),
  note: z.string(),
  caseSensitive: z.boolean(),
  doNotTranslate: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A glossary term a segment uses (translation suggestions). */
export const termHitSchema = z.object({
  termId: z.string(),
  sourceTerm: z.string(),
  targetTerm: z.string().describe('The agreed translation (the term itself when not to translate)'),
  note: z.string(),
  caseSensitive: z.boolean(),
  doNotTranslate: z.boolean(),
  occurrences: z.number(),
});

/** A term a translation does not render as agreed (glossary check). */
export const termWarningSchema = termHitSchema.extend({
  problem: z
    .enum(['translated-differently', 'not-kept'])
    .describe('not-kept: a name or slogan that should have stayed as it is'),
});

const listQuery = z.object({
  sourceLanguage: knownLanguage.optional(),
  targetLanguage: knownLanguage.optional(),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});

/** Reading needs a newsroom member; changing needs a glossary keeper (403 otherwise). */
function refused(c: Context<AdminEnv>, change: boolean): Response | null {
  if (!isNewsroomMember(c)) return problem(c, 'forbidden');
  if (change && !mayManageGlossary(c)) return problem(c, 'forbidden');
  return null;
}

const refusals = {
  403: { description: 'Not allowed for this role', schema: problemSchema },
};

/** The network's glossary: everyone in the newsroom reads it, translation managers keep it. */
export function glossaryRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/glossary',
      summary:
        'Glossary entries, by term; filtered by language pair (by primary language) and text',
      tag: 'Glossary',
      query: listQuery,
      responses: {
        200: {
          description: 'One page of entries, with the total',
          schema: z.object({ total: z.number(), items: z.array(glossaryTermSchema) }),
        },
        ...refusals,
        422: { description: 'A filter is wrong', schema: problemSchema },
      },
    },
    async (c, { query }) => {
      const denied = refused(c, false);
      if (denied) return denied;
      return c.json(
        await c.var.ctx.glossary.list(
          {
            ...(query.sourceLanguage ? { sourceLanguage: query.sourceLanguage } : {}),
            ...(query.targetLanguage ? { targetLanguage: query.targetLanguage } : {}),
            ...(query.q ? { text: query.q } : {}),
          },
          { limit: query.perPage, offset: (query.page - 1) * query.perPage },
        ),
      );
    },
  );

  api.add(
    {
      method: 'post',
      path: '/glossary',
      summary: 'Add a term with its agreed translation (translation managers and admins)',
      tag: 'Glossary',
      body: glossaryInputSchema,
      responses: {
        201: { description: 'The entry', schema: glossaryTermSchema },
        ...refusals,
        422: {
          description: 'A field is wrong, or the term is already there for this language pair',
          schema: problemSchema,
        },
      },
    },
    async (c, { body }) => {
      const denied = refused(c, true);
      if (denied) return denied;
      const result = await c.var.ctx.glossary.create(body, { userId: c.var.user.id });
      if (!result.ok) return problem(c, 'invalid', { issues: result.error.issues });
      return c.json(result.value, 201);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/glossary/:id',
      summary: 'One glossary entry',
      tag: 'Glossary',
      params: idParams,
      responses: {
        200: { description: 'The entry', schema: glossaryTermSchema },
        ...refusals,
        404: { description: 'No such entry', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const denied = refused(c, false);
      if (denied) return denied;
      const term: GlossaryTerm | undefined = await c.var.ctx.glossary.find(params.id);
      return term ? c.json(term) : problem(c, 'not-found');
    },
  );

  api.add(
    {
      method: 'patch',
      path: '/glossary/:id',
      summary: 'Change an entry: any of its fields, the others stay',
      tag: 'Glossary',
      params: idParams,
      body: glossaryChangesSchema,
      responses: {
        200: { description: 'The changed entry', schema: glossaryTermSchema },
        ...refusals,
        404: { description: 'No such entry', schema: problemSchema },
        422: { description: 'A field is wrong, or the term is taken', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const denied = refused(c, true);
      if (denied) return denied;
      const result = await c.var.ctx.glossary.update(params.id, body);
      if (result.ok) return c.json(result.value);
      return result.error.type === 'invalid'
        ? problem(c, 'invalid', { issues: result.error.issues })
        : problem(c, 'not-found');
    },
  );

  api.add(
    {
      method: 'delete',
      path: '/glossary/:id',
      summary: 'Remove an entry',
      tag: 'Glossary',
      params: idParams,
      responses: {
        204: { description: 'Removed' },
        ...refusals,
        404: { description: 'No such entry', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const denied = refused(c, true);
      if (denied) return denied;
      return (await c.var.ctx.glossary.delete(params.id))
        ? c.body(null, 204)
        : problem(c, 'not-found');
    },
  );
}
