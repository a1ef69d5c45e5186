import { z } from 'zod';
import { baseLanguage } from '../../core/locale.ts';
import { knownLanguage } from '../../translations/glossary/glossary.ts';
import { DEFAULT_THRESHOLD } from '../../translations/memory/similarity.ts';
import { glossaryRoutes, termHitSchema, termWarningSchema } from './glossary.routes.ts';
import { machineTranslationRoutes } from './machine-translation.routes.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { problemSchema } from './schemas.ts';
import { isNewsroomMember } from './translation-access.ts';

/** The longest text one segment may have: a long paragraph is a few thousand characters. */
export const MAX_SEGMENT_CHARS = 20_000;
/** The most segments one request may carry: more than a long article's blocks. */
export const MAX_SEGMENTS = 500;

const segmentId = z.string().min(1).max(64);
const segmentText = z.string().max(MAX_SEGMENT_CHARS);

/** Source and target languages: known tags, of two different languages. */
function withLanguages<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ sourceLanguage: knownLanguage, targetLanguage: knownLanguage, ...shape })
    .strict()
    .superRefine((value, context) => {
      const { sourceLanguage, targetLanguage } = value as {
        sourceLanguage: string;
        targetLanguage: string;
      };
      if (baseLanguage(sourceLanguage) === baseLanguage(targetLanguage)) {
        context.addIssue({
          code: 'custom',
          path: ['targetLanguage'],
          message: 'issue.sameLanguage',
        });
      }
    });
}

const suggestionsBody = withLanguages({
  segments: z
    .array(
      z.object({
        id: segmentId,
        text: segmentText.describe('The segment as the editor holds it: inline HTML or plain text'),
      }),
    )
    .min(1)
    .max(MAX_SEGMENTS),
  threshold: z.number().int().min(1).max(100).default(DEFAULT_THRESHOLD),
  limit: z.number().int().min(1).max(20).default(5),
});

const checkBody = withLanguages({
  pairs: z
    .array(
      z.object({
        id: segmentId,
        source: segmentText.describe('The source segment (inline HTML or plain text)'),
        target: segmentText.describe('Its translation'),
      }),
    )
    .min(1)
    .max(MAX_SEGMENTS),
});

const memoryMatchSchema = z.object({
  id: z.string(),
  kind: z.enum(['exact', 'fuzzy']),
  score: z.number().describe('0–100; 100 only for an exact match'),
  sourceLanguage: z.string(),
  targetLanguage: z.string(),
  sourceText: z.string(),
  sourceHtml: z.string(),
  targetText: z.string(),
  targetHtml: z.string().describe('The published translation of that source, inline HTML'),
  translation: z
    .object({
      articleId: z.string(),
      headline: z.string(),
      siteId: z.string(),
      siteName: z.string(),
      publishedAt: z.string().nullable(),
      blockId: z.string(),
    })
    .describe('Where it was found: the published translation, its edition and date'),
  sourceArticleId: z.string(),
  sourceBlockId: z.string(),
  updatedAt: z.string(),
});

const forbidden = { 403: { description: 'Not a member of the newsroom', schema: problemSchema } };

/**
 * The translation memory and the glossary as the editor's suggestion panel uses them, the
 * glossary itself, and machine translation.
 */
export function translationMemoryRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'post',
      path: '/translation-suggestions',
      summary:
        'For each segment of a text to translate: the memory’s matches and the glossary terms it uses',
      tag: 'Translation memory',
      description:
        'Matches are pairs from published translations of the same language pair (by primary ' +
        'language: es-AR → en-US also finds es-PE → en-GB), exact or with a score of at least ' +
        '`threshold`, best first; equal scores prefer the requested regional variants.',
      body: suggestionsBody,
      responses: {
        200: {
          description: 'Suggestions per segment, in the order asked',
          schema: z.object({
            sourceLanguage: z.string(),
            targetLanguage: z.string(),
            threshold: z.number(),
            segments: z.array(
              z.object({
                id: z.string(),
                matches: z.array(memoryMatchSchema),
                terms: z.array(termHitSchema),
              }),
            ),
          }),
        },
        ...forbidden,
        422: { description: 'A field is wrong', schema: problemSchema },
      },
    },
    async (c, { body }) => {
      if (!isNewsroomMember(c)) return problem(c, 'forbidden');
      const { ctx } = c.var;
      const languages = { source: body.sourceLanguage, target: body.targetLanguage };
      const [matches, terms] = await Promise.all([
        ctx.translationMemory.matches(languages.source, languages.target, body.segments, {
          threshold: body.threshold,
          limit: body.limit,
        }),
        ctx.glossary.termsOf(languages, body.segments),
      ]);
      return c.json({
        sourceLanguage: languages.source,
        targetLanguage: languages.target,
        threshold: body.threshold,
        segments: body.segments.map((segment) => ({
          id: segment.id,
          matches: matches.get(segment.id) ?? [],
          terms: terms.get(segment.id) ?? [],
        })),
      });
    },
  );

  api.add(
    {
      method: 'post',
      path: '/glossary-check',
      summary: 'For each source/translation pair: the glossary terms not translated as agreed',
      tag: 'Glossary',
      body: checkBody,
      responses: {
        200: {
          description: 'Warnings per pair, in the order asked (empty when all is well)',
          schema: z.object({
            segments: z.array(z.object({ id: z.string(), warnings: z.array(termWarningSchema) })),
          }),
        },
        ...forbidden,
        422: { description: 'A field is wrong', schema: problemSchema },
      },
    },
    async (c, { body }) => {
      if (!isNewsroomMember(c)) return problem(c, 'forbidden');
      const warnings = await c.var.ctx.glossary.check(
        { source: body.sourceLanguage, target: body.targetLanguage },
        body.pairs,
      );
      return c.json({
        segments: body.pairs.map((pair) => ({
          id: pair.id,
          warnings: warnings.get(pair.id) ?? [],
        })),
      });
    },
  );

  glossaryRoutes(api);
  machineTranslationRoutes(api);
}
