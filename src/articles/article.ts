import { z } from 'zod';
import { canonicalLanguageTag } from '../core/locale.ts';
import { isSlug } from '../core/slug.ts';
import { type Block, blocksInputSchema } from './blocks.ts';
import type { ChangeKind } from './change-kind.ts';

/** 'pending': a draft submitted for an editor's review. */
export const ARTICLE_STATUSES = [
  'draft',
  'pending',
  'scheduled',
  'published',
  'unpublished',
] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const CREDIT_ROLES = ['author', 'translator', 'photographer'] as const;
export type CreditRole = (typeof CREDIT_ROLES)[number];

/** A contributor credited on an article; the order of the list is the order of the byline. */
export interface Credit {
  contributorId: string;
  role: CreditRole;
}

/** A text first published outside the network, republished with permission. */
export interface OutsideSource {
  kind: 'outside';
  publication: string;
  url: string;
  /** BCP 47 language of the original. */
  language: string;
  /** 'YYYY-MM-DD' */
  publishedOn: string;
  permission: string;
}

/** Where an article comes from. */
export type ArticleOrigin =
  | { type: 'original' }
  /** A translation of a sister article, made from one of its revisions (pinned). */
  | { type: 'translation'; sourceArticleId: string; sourceRevision: number }
  /**
   * The same text again: a sister edition's article (a copy, pinned to the source's revision
   * its text was taken from), or a text from outside the network.
   */
  | {
      type: 'republication';
      source: { kind: 'article'; articleId: string; sourceRevision: number } | OutsideSource;
    };

/** One version of a story, on one edition, in one language. */
export interface Article {
  id: string;
  storyId: string;
  siteId: string;
  language: string;
  status: ArticleStatus;
  slug: string;
  kicker: string;
  headline: string;
  dek: string;
  body: Block[];
  leadMediaId: string | null;
  sectionId: string | null;
  seriesId: string | null;
  seriesPosition: number | null;
  tagIds: string[];
  credits: Credit[];
  origin: ArticleOrigin;
  socialTitle: string;
  socialDescription: string;
  /** Meant for the whole network: sister editions may subscribe to such articles only. */
  networkWide: boolean;
  publishedAt: string | null;
  scheduledAt: string | null;
  /** The number of the current revision; saves name the one they started from. */
  revision: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** What a revision keeps: everything an editor can change. */
export type RevisionSnapshot = Pick<
  Article,
  | 'slug'
  | 'kicker'
  | 'headline'
  | 'dek'
  | 'body'
  | 'leadMediaId'
  | 'sectionId'
  | 'seriesId'
  | 'seriesPosition'
  | 'tagIds'
  | 'credits'
  | 'origin'
  | 'socialTitle'
  | 'socialDescription'
>;

export interface Revision {
  id: string;
  articleId: string;
  number: number;
  snapshot: RevisionSnapshot;
  /** What kind of change this save was ('edit' for drafts and first versions). */
  changeKind: ChangeKind;
  createdBy: string | null;
  createdAt: string;
}

export function snapshotOf(article: Article): RevisionSnapshot {
  return {
    slug: article.slug,
    kicker: article.kicker,
    headline: article.headline,
    dek: article.dek,
    body: article.body,
    leadMediaId: article.leadMediaId,
    sectionId: article.sectionId,
    seriesId: article.seriesId,
    seriesPosition: article.seriesPosition,
    tagIds: article.tagIds,
    credits: article.credits,
    origin: article.origin,
    socialTitle: article.socialTitle,
    socialDescription: article.socialDescription,
  };
}

/**
 * Slugs an article cannot take, because the reader site uses them for its own pages at the
 * same level of an edition's addresses.
 */
export const RESERVED_ARTICLE_SLUGS = new Set([
  'section',
  'sections',
  'tag',
  'tags',
  'series',
  'contributor',
  'contributors',
  'author',
  'authors',
  'page',
  'pages',
  'search',
  'feed',
  'feeds',
  'rss',
  'atom',
  'sitemap',
  'robots',
  'api',
  'newsroom',
  'media',
  'assets',
  'static',
  'preview',
]);

const id = z.string().min(1).max(64);
const dateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'issue.date', abort: true })
  .refine(isCalendarDay, 'issue.realDate');

/** A day that exists: Date.parse takes '2019-02-30' for 2 March, so read the day back. */
function isCalendarDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
const languageTag = z
  .string()
  .trim()
  .refine((value) => canonicalLanguageTag(value) !== null, 'issue.languageTag')
  .transform((value) => canonicalLanguageTag(value) ?? value);

/** A link readers follow must not carry someone's user name or password. */
function withoutCredentials(value: string): boolean {
  if (!URL.canParse(value)) return true; // the check above says what is wrong with it
  const url = new URL(value);
  return !url.username && !url.password;
}

export const originInputSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('original') }),
  z.object({
    type: z.literal('translation'),
    sourceArticleId: id,
    /** Omitted: the source's current revision. */
    sourceRevision: z.number().int().min(1).optional(),
  }),
  z.object({
    type: z.literal('republication'),
    source: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('article'),
        articleId: id,
        /** Omitted: the source's current revision (or the one already pinned, on a save). */
        sourceRevision: z.number().int().min(1).optional(),
      }),
      z.object({
        kind: z.literal('outside'),
        publication: z.string().trim().min(1, 'issue.required').max(200),
        url: z
          .string()
          .trim()
          .max(2048)
          .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'issue.url')
          .refine(withoutCredentials, 'issue.urlCredentials'),
        language: languageTag,
        publishedOn: dateOnly,
        permission: z.string().trim().min(1, 'issue.required').max(500),
      }),
    ]),
  }),
]);
export type OriginInput = z.input<typeof originInputSchema>;

/** The fields of an article an editor writes; the body is validated by blocks.ts. */
export const articleFieldsSchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .refine(isSlug, 'issue.slug')
    .refine((slug) => !RESERVED_ARTICLE_SLUGS.has(slug), 'issue.reservedSlug')
    .optional(),
  kicker: z.string().trim().max(120).default(''),
  headline: z.string().trim().min(1, 'issue.required').max(300),
  dek: z.string().trim().max(1000).default(''),
  body: blocksInputSchema.default([]),
  leadMediaId: id.nullable().default(null),
  sectionId: id.nullable().default(null),
  seriesId: id.nullable().default(null),
  seriesPosition: z.number().int().min(1).max(10_000).nullable().default(null),
  tagIds: z.array(id).max(50).default([]),
  credits: z
    .array(z.object({ contributorId: id, role: z.enum(CREDIT_ROLES) }))
    .max(50)
    .default([]),
  origin: originInputSchema.default({ type: 'original' }),
  socialTitle: z.string().trim().max(300).default(''),
  socialDescription: z.string().trim().max(1000).default(''),
  networkWide: z.boolean().default(false),
});
export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;

export const createArticleSchema = articleFieldsSchema.extend({
  siteId: id,
  /** Omitted: a new story, or the source's story for translations and republications. */
  storyId: id.optional(),
  /** Omitted: the edition's language. */
  language: languageTag.optional(),
});
export type CreateArticleInput = z.input<typeof createArticleSchema>;
