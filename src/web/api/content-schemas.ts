import { z } from 'zod';
import { CREDIT_ROLES } from '../../articles/article.ts';
import { BLOCK_TYPES } from '../../articles/blocks.ts';
import { VARIANT_FORMATS } from '../../media/variants.ts';

/*
 * The shapes the Content API answers with. They describe the answers in the OpenAPI document,
 * and the tests parse real answers with them (strictly), so they cannot drift from what the
 * handlers send.
 */

const timestamp = z.string().describe('ISO 8601, UTC');

export const editionRefSchema = z.strictObject({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  language: z.string().describe('BCP 47'),
});

export const imageSchema = z.strictObject({
  id: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  alt: z.string().describe('In the language of the article (or edition) it is shown in'),
  caption: z.string(),
  credit: z.string(),
  url: z.string().describe('A JPEG or PNG about 1280 pixels wide (smaller originals: their width)'),
  variants: z.array(
    z.strictObject({ format: z.enum(VARIANT_FORMATS), width: z.number().int(), url: z.string() }),
  ),
});

const linked = { slug: z.string(), url: z.string().describe("The reader site's page") };

export const sectionSchema = z.strictObject({
  ...linked,
  name: z.string(),
  description: z.string(),
});

const creditSchema = z.strictObject({
  ...linked,
  role: z.enum(CREDIT_ROLES),
  name: z.string().describe("In the article's language (an organisation's translated name)"),
  kind: z.enum(['person', 'organisation']),
});

const sourceArticleSchema = z.strictObject({
  id: z.string(),
  language: z.string(),
  edition: editionRefSchema,
  url: z.string(),
});

export const originSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('original') }),
  z.strictObject({
    type: z.literal('translation'),
    source: sourceArticleSchema.nullable().describe('The article translated; null if withdrawn'),
    translators: z.array(z.strictObject({ ...linked, name: z.string() })),
  }),
  z.strictObject({
    type: z.literal('republication'),
    source: z
      .discriminatedUnion('kind', [
        sourceArticleSchema.extend({ kind: z.literal('article') }),
        z.strictObject({
          kind: z.literal('outside'),
          publication: z.string(),
          url: z.string(),
          language: z.string(),
          publishedOn: z.string().describe('YYYY-MM-DD'),
          permission: z.string(),
        }),
      ])
      .nullable()
      .describe('A sister article (null if withdrawn) or a publication outside the network'),
  }),
]);

export const versionSchema = z.strictObject({
  id: z.string(),
  language: z.string(),
  edition: editionRefSchema,
  url: z.string(),
  headline: z.string(),
  publishedAt: timestamp,
  republication: z.boolean().describe('The same text on a sister edition, not a translation'),
});

const blockSchema = z.looseObject({ id: z.string(), type: z.enum(BLOCK_TYPES) });

export const articleSchema = z.strictObject({
  id: z.string(),
  storyId: z.string().describe('Shared by every language version of the story'),
  edition: editionRefSchema,
  language: z.string(),
  slug: z.string(),
  url: z.string(),
  kicker: z.string(),
  headline: z.string(),
  dek: z.string(),
  section: z.strictObject({ ...linked, name: z.string() }).nullable(),
  tags: z.array(z.strictObject({ ...linked, name: z.string() })),
  series: z
    .strictObject({ ...linked, title: z.string(), position: z.number().int().nullable() })
    .nullable(),
  publishedAt: timestamp,
  updatedAt: timestamp,
  leadImage: imageSchema.nullable(),
  credits: z.array(creditSchema),
  creditLines: z
    .array(z.string())
    .describe('The origin and translation credits as the article page words them'),
  origin: originSchema,
  corrections: z
    .array(
      z.strictObject({
        correctedAt: timestamp,
        language: z.string().describe('BCP 47: the language the note is written in'),
        note: z.string(),
      }),
    )
    .describe(
      'Correction notes, oldest first: this article’s and those of the articles it was translated or copied from',
    ),
  translations: z
    .array(versionSchema)
    .describe("The story's other published versions, on every edition"),
  blocks: z.array(blockSchema).optional().describe('The body (single article, or fields=full)'),
  html: z.string().optional().describe('The body as HTML, as the reader site renders it'),
  images: z.array(imageSchema).optional().describe('The images the body shows'),
});

/** A page of a list that continues with `nextCursor`. */
function pageOf<T extends z.ZodType>(item: T) {
  return z.strictObject({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    next: z.string().nullable().describe('The address of the next page; null on the last'),
  });
}

export const articlePageSchema = pageOf(articleSchema);

export const editionSchema = z.strictObject({
  ...editionRefSchema.shape,
  country: z.string().nullable(),
  timezone: z.string(),
  tagline: z.string(),
  url: z.string(),
  feeds: z.strictObject({ rss: z.string(), atom: z.string(), json: z.string() }),
  sections: z.array(sectionSchema),
});

export const editionListSchema = z.strictObject({ items: z.array(editionSchema) });
export const sectionListSchema = z.strictObject({ items: z.array(sectionSchema) });

export const contributorSchema = z.strictObject({
  slug: z.string(),
  kind: z.enum(['person', 'organisation']),
  name: z.string(),
  profiles: z
    .record(
      z.string(),
      z.strictObject({ name: z.string().nullable(), title: z.string(), bio: z.string() }),
    )
    .describe('By language subtag or tag'),
  links: z.array(z.strictObject({ label: z.string(), url: z.string() })),
  photo: imageSchema.nullable(),
  editions: z
    .array(z.strictObject({ slug: z.string(), url: z.string() }))
    .describe('Where they are credited, with their page on that edition'),
});

export const contributorPageSchema = pageOf(contributorSchema);

const highlightedSchema = z.strictObject({
  text: z.string(),
  highlights: z
    .array(z.tuple([z.number().int(), z.number().int()]))
    .describe('[start, end) of each match, in UTF-16 code units (JavaScript string offsets)'),
});

export const searchResultsSchema = z.strictObject({
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  results: z.array(
    z.strictObject({
      id: z.string(),
      edition: editionRefSchema,
      language: z.string(),
      slug: z.string(),
      url: z.string(),
      publishedAt: timestamp,
      contributors: z.string().describe('Bylines and translators, names joined'),
      headline: highlightedSchema,
      excerpt: highlightedSchema,
    }),
  ),
  next: z.string().nullable(),
});
