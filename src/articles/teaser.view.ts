import type { Executor } from '../db/database.ts';
import { type ImageRef, type MediaRowWithTexts, toImageRef } from '../media/image-ref.ts';
import type { CreditRole } from './article.ts';
import { ReaderCache, type TaxonomyIndex } from './reader-cache.ts';
import { articleCredits, firstTeasersOfEach, teaserList, teasersById } from './teaser-queries.ts';

/** A contributor as a byline names them. */
export interface CreditName {
  contributorId: string;
  slug: string;
  /** The name in the article's language (an organisation's translated name). */
  name: string;
  kind: 'person' | 'organisation';
  role: CreditRole;
}

/** An article as lists show it: card on a home page, a section page, "related". */
export interface Teaser {
  id: string;
  siteId: string;
  storyId: string;
  slug: string;
  language: string;
  kicker: string;
  headline: string;
  dek: string;
  publishedAt: string;
  section: { slug: string; name: string } | null;
  series: { slug: string; title: string; position: number | null } | null;
  image: ImageRef | null;
  authors: CreditName[];
}

/** Filters for a list of an edition's published articles. */
export interface TeaserQuery {
  siteId: string;
  sectionId?: string;
  tagId?: string;
  seriesId?: string;
  contributorId?: string;
  excludeIds?: string[];
  limit: number;
  offset?: number;
  /** Series in reading order instead of newest first. */
  seriesOrder?: boolean;
}

/** Credits of many articles at once, in byline order, with names in each article's language. */
export async function loadCredits(
  db: Executor,
  articles: { id: string; language: string }[],
  roles: CreditRole[] = ['author'],
): Promise<Map<string, CreditName[]>> {
  const result = new Map<string, CreditName[]>(articles.map((a) => [a.id, []]));
  if (articles.length === 0) return result;
  const rows = await db
    .selectFrom('article_credits')
    .innerJoin('contributors', 'contributors.id', 'article_credits.contributor_id')
    .select([
      'article_credits.article_id',
      'article_credits.role',
      'article_credits.position',
      'contributors.id',
      'contributors.slug',
      'contributors.name',
      'contributors.kind',
    ])
    .where(
      'article_credits.article_id',
      'in',
      articles.map((a) => a.id),
    )
    .where('article_credits.role', 'in', roles)
    .orderBy('article_credits.position')
    .execute();
  const ids = [...new Set(rows.map((row) => row.id))];
  const localNames = ids.length
    ? await db
        .selectFrom('contributor_profiles')
        .select(['contributor_id', 'language', 'name'])
        .where('contributor_id', 'in', ids)
        .where('name', 'is not', null)
        .execute()
    : [];
  const languageOf = new Map(articles.map((a) => [a.id, a.language]));
  for (const row of rows) {
    const language = languageOf.get(row.article_id) ?? 'en';
    const base = language.split('-')[0];
    const local =
      localNames.find((p) => p.contributor_id === row.id && p.language === language) ??
      localNames.find((p) => p.contributor_id === row.id && p.language === base);
    result.get(row.article_id)?.push({
      contributorId: row.id,
      slug: row.slug,
      name: local?.name ?? row.name,
      kind: row.kind === 'organisation' ? 'organisation' : 'person',
      role: row.role as CreditRole,
    });
  }
  return result;
}

/**
 * Credits of many articles at once, in byline order, with names in each article's language:
 * one query for the credits, the contributors from the reader cache.
 */
export async function creditsOf(
  db: Executor,
  cache: ReaderCache,
  articles: { id: string; language: string }[],
  roles: CreditRole[] = ['author'],
): Promise<Map<string, CreditName[]>> {
  const result = new Map<string, CreditName[]>(articles.map((a) => [a.id, []]));
  if (articles.length === 0) return result;
  const rows = await articleCredits(db, { ids: articles.map((a) => a.id), roles });
  const contributors = await cache.contributors(rows.map((row) => row.contributor_id));
  const languageOf = new Map(articles.map((a) => [a.id, a.language]));
  for (const row of rows) {
    const contributor = contributors.get(row.contributor_id);
    if (!contributor) continue;
    const language = languageOf.get(row.article_id) ?? 'en';
    const base = language.split('-')[0] ?? language;
    result.get(row.article_id)?.push({
      contributorId: contributor.id,
      slug: contributor.slug,
      name:
        contributor.profiles[language]?.name ??
        contributor.profiles[base]?.name ??
        contributor.name,
      kind: contributor.kind,
      role: row.role as CreditRole,
    });
  }
  return result;
}

/** Read-only queries for lists of articles on the reader site. */
export class TeaserView {
  constructor(
    private readonly db: Executor,
    /** Contributors and images; a cache of its own, for one use, when none is given. */
    private readonly cache: ReaderCache = new ReaderCache(db),
  ) {}

  /**
   * Published articles of an edition matching the query, newest first (or in series order),
   * with their section, series, lead image and authors.
   */
  async list(query: TeaserQuery): Promise<Teaser[]> {
    const [teasers = []] = await this.complete([await this.listRows(query)]);
    return teasers;
  }

  /** The rows of `list`, for callers that complete several lists at once. */
  async listRows(query: TeaserQuery): Promise<TeaserRow[]> {
    return teaserList(this.db, {
      siteId: query.siteId,
      sectionId: query.sectionId,
      seriesId: query.seriesId,
      tagId: query.tagId,
      contributorId: query.contributorId,
      excludeIds: query.excludeIds ?? [],
      seriesOrder: query.seriesOrder === true,
      limit: query.limit,
      offset: query.offset ?? 0,
    });
  }

  /** Teasers of the given published articles, in the order asked; others are skipped. */
  async byIds(ids: string[]): Promise<Teaser[]> {
    const [teasers = []] = await this.complete([await this.rowsByIds(ids)]);
    const byId = new Map(teasers.map((teaser) => [teaser.id, teaser]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The rows of the given published articles, as the database returns them. */
  async rowsByIds(ids: string[]): Promise<TeaserRow[]> {
    if (ids.length === 0) return [];
    return teasersById(this.db, { ids });
  }

  /**
   * The first `limit` rows of each section's (or series') list, in one query: what as many
   * `listRows` calls would return, keyed by section (or series) id.
   */
  async firstOfEach(query: {
    siteId: string;
    by: 'section' | 'series';
    ids: string[];
    limit: number;
    excludeIds?: string[];
  }): Promise<Map<string, TeaserRow[]>> {
    const lists = new Map<string, TeaserRow[]>(query.ids.map((id) => [id, []]));
    if (query.ids.length === 0) return lists;
    const bySection = query.by === 'section';
    const rows = await firstTeasersOfEach(this.db, {
      siteId: query.siteId,
      ids: query.ids,
      excludeIds: query.excludeIds ?? [],
      bySection,
      limit: query.limit,
    });
    for (const row of rows) {
      const key = bySection ? row.section_id : row.series_id;
      if (key) lists.get(key)?.push(row);
    }
    return lists;
  }

  /**
   * Teasers of several lists at once (one query for all their credits). Each list's images
   * have their texts in the language of its first article.
   */
  async complete(lists: TeaserRow[][]): Promise<Teaser[][]> {
    const rows = lists.flat();
    if (rows.length === 0) return lists.map(() => []);
    const [credits, media, taxonomy] = await Promise.all([
      creditsOf(
        this.db,
        this.cache,
        rows.map((row) => ({ id: row.id, language: row.language })),
      ),
      this.cache.media(rows.map((row) => row.lead_media_id)),
      this.cache.taxonomyIndex(),
    ]);
    return teasersOf(lists, credits, media, taxonomy);
  }
}

/**
 * Teasers of lists of rows, with the authors and images already read. Each list's images have
 * their texts in the language of its first article.
 */
export function teasersOf(
  lists: TeaserRow[][],
  authors: Map<string, CreditName[]>,
  media: Map<string, MediaRowWithTexts>,
  taxonomy: TaxonomyIndex,
): Teaser[][] {
  return lists.map((list) => {
    const language = list[0]?.language ?? 'en';
    return list.map((row) => toTeaser(row, authors, media, taxonomy, language));
  });
}

function toTeaser(
  row: TeaserRow,
  credits: Map<string, CreditName[]>,
  media: Map<string, MediaRowWithTexts>,
  taxonomy: TaxonomyIndex,
  language: string,
): Teaser {
  const image = row.lead_media_id ? media.get(row.lead_media_id) : undefined;
  const section = row.section_id ? taxonomy.sections.get(row.section_id) : undefined;
  const series = row.series_id ? taxonomy.series.get(row.series_id) : undefined;
  return {
    id: row.id,
    siteId: row.site_id,
    storyId: row.story_id,
    slug: row.slug,
    language: row.language,
    kicker: row.kicker,
    headline: row.headline,
    dek: row.dek,
    publishedAt: row.published_at ?? '',
    section: section ? { slug: section.slug, name: section.name } : null,
    series: series
      ? { slug: series.slug, title: series.title, position: row.series_position }
      : null,
    image: image ? toImageRef(image, language) : null,
    authors: credits.get(row.id) ?? [],
  };
}

/** An article's columns a teaser is made of. */
export interface TeaserRow {
  id: string;
  site_id: string;
  story_id: string;
  slug: string;
  language: string;
  kicker: string;
  headline: string;
  dek: string;
  published_at: string | null;
  lead_media_id: string | null;
  series_position: number | null;
  section_id: string | null;
  series_id: string | null;
}
