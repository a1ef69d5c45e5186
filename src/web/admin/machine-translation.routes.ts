import type { Context } from 'hono';
import { z } from 'zod';
import { baseLanguage } from '../../core/locale.ts';
import { knownLanguage } from '../../translations/glossary/glossary.ts';
import type { MachineTranslationProblem } from '../../translations/machine/machine-translation.service.ts';
import type { AdminEnv } from './admin-env.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { blockSchema, problemSchema } from './schemas.ts';
import { isNewsroomMember } from './translation-access.ts';

/** The longest text one segment may have, and how many segments one request may carry. */
const MAX_SEGMENT_CHARS = 20_000;
const MAX_SEGMENTS = 500;

const segmentsBody = z
  .object({
    from: knownLanguage,
    to: knownLanguage,
    segments: z
      .array(
        z.object({
          id: z.string().min(1).max(64),
          text: z.string().max(MAX_SEGMENT_CHARS).describe('Inline HTML or plain text'),
        }),
      )
      .min(1)
      .max(MAX_SEGMENTS),
  })
  .strict()
  .superRefine((value, context) => {
    if (baseLanguage(value.from) === baseLanguage(value.to)) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'issue.sameLanguage' });
    }
  });

const draftBody = z
  .object({
    sourceArticleId: z.string().min(1).max(64),
    targetLanguage: knownLanguage,
    /** Omitted: the source as it is now. */
    sourceRevision: z.number().int().min(1).optional(),
  })
  .strict();

const failures = {
  413: { description: 'More text than one request may send', schema: problemSchema },
  502: {
    description:
      'The service failed: `reason` says how (unauthorized, quota, unavailable, timeout, malformed, rejected), `detail` in a sentence',
    schema: problemSchema,
  },
  503: { description: 'Machine translation is off on this installation', schema: problemSchema },
};

/** The answer for a machine translation that did not come back. */
function failed(c: Context<AdminEnv>, failure: MachineTranslationProblem) {
  if (failure.type === 'off') return problem(c, 'machine-translation-off');
  if (failure.type === 'too-large') {
    return problem(c, 'too-much-text', { details: { chars: failure.chars, max: failure.max } });
  }
  return problem(c, 'machine-translation-failed', {
    details: {
      provider: failure.provider,
      reason: failure.type,
      providerStatus: failure.status,
      detail: failure.message,
    },
  });
}

/** Machine translation: whether it is on, segments for the editor, drafts for the desk. */
export function machineTranslationRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/machine-translation',
      summary: 'Whether machine translation is on, with which service and into which languages',
      tag: 'Machine translation',
      responses: {
        200: {
          description: '`enabled: false` when no service is configured',
          schema: z.object({
            enabled: z.boolean(),
            provider: z.string().optional(),
            languages: z
              .array(z.object({ code: z.string(), name: z.string() }))
              .nullable()
              .optional(),
            languagesError: z.string().optional(),
          }),
        },
        403: { description: 'Not a member of the newsroom', schema: problemSchema },
      },
    },
    async (c) => {
      if (!isNewsroomMember(c)) return problem(c, 'forbidden');
      return c.json(await c.var.ctx.machineTranslation.status());
    },
  );

  api.add(
    {
      method: 'post',
      path: '/machine-translation',
      summary: 'Machine translations of segments, marked as machine-made; nothing is saved',
      tag: 'Machine translation',
      body: segmentsBody,
      responses: {
        200: {
          description: 'A translation per segment, in the order asked (inline HTML, sanitised)',
          schema: z.object({
            machine: z.literal(true),
            provider: z.string(),
            from: z.string(),
            to: z.string(),
            segments: z.array(
              z.object({ id: z.string(), text: z.string(), machine: z.literal(true) }),
            ),
          }),
        },
        403: { description: 'Not a member of the newsroom', schema: problemSchema },
        422: { description: 'A field is wrong', schema: problemSchema },
        ...failures,
      },
    },
    async (c, { body }) => {
      if (!isNewsroomMember(c)) return problem(c, 'forbidden');
      const result = await c.var.ctx.machineTranslation.translateSegments(
        body.from,
        body.to,
        body.segments,
      );
      if (!result.ok) return failed(c, result.error);
      return c.json({
        machine: true,
        provider: result.value.provider,
        from: body.from,
        to: body.to,
        segments: result.value.segments.map((segment) => ({ ...segment, machine: true })),
      });
    },
  );

  api.add(
    {
      method: 'post',
      path: '/translate-draft',
      summary: 'A machine draft of a whole article in another language; it writes no article',
      tag: 'Machine translation',
      description:
        'Every text of the source (kicker, headline, dek, blocks, captions) translated, the ' +
        'blocks with new ids and `sourceBlockId` set: a body the desk can save as a ' +
        'translation, flagging each block as machine-made until a person revises it.',
      body: draftBody,
      responses: {
        200: {
          description: 'The draft',
          schema: z.object({
            machine: z.literal(true),
            provider: z.string(),
            sourceArticleId: z.string(),
            sourceRevision: z.number(),
            language: z.string(),
            kicker: z.string(),
            headline: z.string(),
            dek: z.string(),
            body: z.array(blockSchema),
          }),
        },
        403: { description: 'Not a member of the newsroom', schema: problemSchema },
        404: {
          description: 'No such article (or revision) the caller may read',
          schema: problemSchema,
        },
        422: { description: 'A field is wrong', schema: problemSchema },
        ...failures,
      },
    },
    async (c, { body }) => {
      if (!isNewsroomMember(c)) return problem(c, 'forbidden');
      const { ctx } = c.var;
      const source = await ctx.articles.repository.findById(body.sourceArticleId);
      // Published articles are the network's to translate; others only their edition's staff see.
      if (
        !source ||
        source.deletedAt ||
        (source.status !== 'published' && !allowed(c, 'article.read', { siteId: source.siteId }))
      ) {
        return problem(c, 'not-found');
      }
      let texts = source;
      if (body.sourceRevision !== undefined && body.sourceRevision !== source.revision) {
        const revision = (await ctx.articles.repository.revisions(source.id)).find(
          (found) => found.number === body.sourceRevision,
        );
        if (!revision) return problem(c, 'not-found');
        texts = { ...source, ...revision.snapshot, revision: revision.number };
      }
      const result = await ctx.machineTranslation.translateDraft(texts, body.targetLanguage);
      return result.ok ? c.json(result.value) : failed(c, result.error);
    },
  );
}
