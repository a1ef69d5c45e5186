import type { Selectable } from 'kysely';
import { displayName, profileFor } from '../contributors/contributor.ts';
import type { Executor } from '../db/database.ts';
import { preparedQuery } from '../db/prepared.ts';
import { type ImageRef, toImageRef } from '../media/image-ref.ts';
import { toArticle } from './article.repository.ts';
import type { ArticlesTable } from './article.table.ts';
import { type Article, type ArticleOrigin, CREDIT_ROLES } from './article.ts';
import type { Block } from './blocks.ts';
import { mediaIdsOf } from './blocks.ts';
import { originSteps, resolveOrigins } from './origin-chain.view.ts';
import { ReaderCache, type ReaderContributor } from './reader-cache.ts';
import { type CreditName, creditsOf, type Teaser, TeaserView, teasersOf } from './teaser.view.ts';

/** A contributor as an author box shows them. */
export interface ContributorCard {
  id: string;
  slug: string;
  kind: 'person' | 'organisation';
  name: string;
  title: string;
  bio: string;
  links: { label: string; url: string }[];
  photo: ImageRef | null;
}

/** Another published article of the same story. */
export interface StoryVersion {
  id: string;
  siteId: string;
  slug: string;
  language: string;
  headline: string;
  publishedAt: string;
  isRepublication: boolean;
}

/** One earlier article of a translation chain, as the credit lines name it. */
export interface OriginStep {
  articleId: string;
  siteId: string;
  slug: string;
  language: string;
  publishedAt: string;
  translators: CreditName[];
}

/** Where an article comes from, resolved for its credit lines. */
export type OriginCredit =
  | { kind: 'original' }
  /** `original` is the first article of the chain; `via` the translations in between. */
  | { kind: 'translation'; original: OriginStep | null; via: OriginStep[] }
  /** `original` is the article copied (a translation, if a translation was republished). */
  | { kind: 'republication'; original: OriginStep | null }
  | {
      kind: 'outside';
      publication: string;
      url: string;
      language: string;
      publishedOn: string;
      permission: string;
    };

/**
 * A correction note shown on an article: its own, or one of an article it was translated or
 * copied from (a correction of the original concerns every version of the story).
 */
export interface PageCorrection {
  id: string;
  /** The article that was corrected. */
  articleId: string;
  /** BCP 47: the note's language, which may differ from the page's. */
  language: string;
  note: string;
  correctedAt: string;
}

export interface ArticlePage {
  id: string;
  storyId: string;
  siteId: string;
  slug: string;
  language: string;
  kicker: string;
  headline: string;
  dek: string;
  body: Block[];
  publishedAt: string;
  updatedAt: string;
  socialTitle: string;
  socialDescription: string;
  section: { id: string; slug: string; name: string } | null;
  series: { slug: string; title: string; position: number | null } | null;
  tags: { slug: string; name: string }[];
  authors: ContributorCard[];
  translators: CreditName[];
  /** Everyone credited (authors, translators, photographers), in byline order. */
  credits: CreditName[];
  lead: ImageRef | null;
  images: Map<string, ImageRef>;
  origin: ArticleOrigin;
  originCredit: OriginCredit;
  /** Oldest first. */
  corrections: PageCorrection[];
  versions: StoryVersion[];
  related: Teaser[];
}

export type ArticleLookup =
  | { kind: 'published'; page: ArticlePage }
  /** It was published here once and is not any more: 410. */
  | { kind: 'gone' }
  | { kind: 'none' };

type ArticleRow = Selectable<ArticlesTable>;

/*
 * The queries of the article page, compiled once (db/prepared.ts): it runs them on every view.
 */
const articleBySlug = preparedQuery((db, v: { siteId: string; slug: string }) =>
  db.selectFrom('articles').selectAll().where('site_id', '=', v.siteId).where('slug', '=', v.slug),
);

const publishedArticles = preparedQuery((db, v: { ids: string[] }) =>
  db
    .selectFrom('articles')
    .selectAll()
    .where('id', 'in', v.ids)
    .where('status', '=', 'published')
    .where('deleted_at', 'is', null),
);

const articleTags = preparedQuery((db, v: { ids: string[] }) =>
  db
    .selectFrom('article_tags')
    .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
    .select(['article_tags.article_id', 'tags.slug', 'tags.name'])
    .where('article_tags.article_id', 'in', v.ids)
    .orderBy('article_tags.position'),
);

/** The correction notes of articles, oldest first. */
const articleCorrections = preparedQuery((db, v: { ids: string[] }) =>
  db
    .selectFrom('article_corrections')
    .select(['id', 'article_id', 'language', 'note', 'created_at'])
    .where('article_id', 'in', v.ids)
    .orderBy('created_at')
    .orderBy('id'),
);

/** The published articles of stories, by language (then id, for a stable order). */
const storyVersions = preparedQuery((db, v: { storyIds: string[] }) =>
  db
    .selectFrom('articles')
    .select([
      'id',
      'story_id',
      'site_id',
      'slug',
      'language',
      'headline',
      'published_at',
      'origin_type',
      'source_article_id',
    ])
    .where('story_id', 'in', v.storyIds)
    .where('status', '=', 'published')
    .where('deleted_at', 'is', null)
    .orderBy('language')
    .orderBy('id'),
);

/**
 * The read model of the article page: one published article with everything around it. Any
 * number of articles is read in a fixed number of queries (the Content API lists a hundred);
 * sections, series, contributors and images come from the reader cache.
 */
export class ArticlePageView {
  private readonly cache: ReaderCache;

  constructor(
    private readonly db: Executor,
    /** The app's reader cache; a cache of its own, for one use, when none is given. */
    cache?: ReaderCache,
  ) {
    this.cache = cache ?? new ReaderCache(db);
  }

  /** `related: false` skips the related articles, for feeds. */
  async bySlug(
    siteId: string,
    slug: string,
    options: { related?: boolean } = {},
  ): Promise<ArticleLookup> {
    const [row] = await articleBySlug(this.db, { siteId, slug });
    if (!row) return { kind: 'none' };
    if (row.status !== 'published' || row.deleted_at) {
      return row.published_at ? { kind: 'gone' } : { kind: 'none' };
    }
    const [page] = await this.build([row], options);
    return page ? { kind: 'published', page } : { kind: 'none' };
  }

  /**
   * The published, untrashed articles among `ids`, in the order asked, without related
   * articles: what the Content API shows.
   */
  async published(ids: string[]): Promise<ArticlePage[]> {
    if (ids.length === 0) return [];
    const rows = await publishedArticles(this.db, { ids });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const found = ids.flatMap((id) => byId.get(id) ?? []);
    return this.build(found, { related: false });
  }

  /** Any article as its page would show it, whatever its status: the newsroom's preview. */
  async preview(id: string): Promise<ArticlePage | undefined> {
    const row = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? (await this.build([row], { related: true }))[0] : undefined;
  }

  /** The pages of `rows`, every read shared between them. */
  private async build(rows: ArticleRow[], options: { related?: boolean }): Promise<ArticlePage[]> {
    if (rows.length === 0) return [];
    const articles = rows.map((row) => toArticle(row));
    const teasers = new TeaserView(this.db, this.cache);
    const [tags, versions, origins, related] = await Promise.all([
      this.tags(articles.map((article) => article.id)),
      this.versions(articles),
      resolveOrigins(this.db, articles),
      options.related === false
        ? articles.map(() => [])
        : Promise.all(
            articles.map((article) =>
              teasers.listRows({
                siteId: article.siteId,
                ...(article.sectionId ? { sectionId: article.sectionId } : {}),
                excludeIds: [article.id],
                limit: 4,
              }),
            ),
          ),
    ]);
    const steps = [...origins.values()].flatMap((origin) => originSteps(origin.credit));
    // Every credit of the articles, their chains' translators and related articles' authors.
    const credited = new Map<string, { id: string; language: string }>();
    for (const article of articles) credited.set(article.id, article);
    for (const step of steps) credited.set(step.articleId, { id: step.articleId, ...step });
    for (const row of related.flat()) credited.set(row.id, row);
    const [credits, corrections, taxonomy] = await Promise.all([
      creditsOf(this.db, this.cache, [...credited.values()], [...CREDIT_ROLES]),
      articleCorrections(this.db, {
        ids: [
          ...new Set(
            articles.flatMap((article) => [article.id, ...(origins.get(article.id)?.chain ?? [])]),
          ),
        ],
      }),
      this.cache.taxonomyIndex(),
    ]);
    for (const step of steps)
      step.translators = withRole(credits.get(step.articleId), 'translator');
    const authors = await this.cache.contributors(
      articles.flatMap((article) =>
        withRole(credits.get(article.id), 'author').map((credit) => credit.contributorId),
      ),
    );
    const media = await this.cache.media([
      ...articles.flatMap((article) => [article.leadMediaId, ...mediaIdsOf(article.body)]),
      ...[...authors.values()].map((author) => author.photoMediaId),
      ...related.flat().map((row) => row.lead_media_id),
    ]);
    return articles.map((article, index) => {
      const language = article.language;
      const images = new Map<string, ImageRef>();
      for (const id of [article.leadMediaId, ...mediaIdsOf(article.body)]) {
        const row = id ? media.get(id) : undefined;
        if (row && !images.has(row.id)) images.set(row.id, toImageRef(row, language));
      }
      const relatedRows = related[index] ?? [];
      const origin = origins.get(article.id) ?? { credit: { kind: 'original' }, chain: [] };
      const chain = new Set([article.id, ...origin.chain]);
      const section = article.sectionId ? taxonomy.sections.get(article.sectionId) : undefined;
      const series = article.seriesId ? taxonomy.series.get(article.seriesId) : undefined;
      const credited = credits.get(article.id) ?? [];
      return {
        id: article.id,
        storyId: article.storyId,
        siteId: article.siteId,
        slug: article.slug,
        language,
        kicker: article.kicker,
        headline: article.headline,
        dek: article.dek,
        body: article.body,
        publishedAt: article.publishedAt ?? article.scheduledAt ?? article.updatedAt,
        updatedAt: article.updatedAt,
        socialTitle: article.socialTitle,
        socialDescription: article.socialDescription,
        section: section ? { id: section.id, slug: section.slug, name: section.name } : null,
        series: series
          ? { slug: series.slug, title: series.title, position: article.seriesPosition }
          : null,
        tags: tags.get(article.id) ?? [],
        authors: withRole(credited, 'author').flatMap((credit) => {
          const author = authors.get(credit.contributorId);
          return author ? [authorCard(author, language, media)] : [];
        }),
        translators: withRole(credited, 'translator'),
        credits: credited,
        lead: article.leadMediaId ? (images.get(article.leadMediaId) ?? null) : null,
        images,
        origin: article.origin,
        originCredit: origin.credit,
        corrections: corrections
          .filter((correction) => chain.has(correction.article_id))
          .map((correction) => ({
            id: correction.id,
            articleId: correction.article_id,
            language: correction.language,
            note: correction.note,
            correctedAt: correction.created_at,
          })),
        versions: (versions.get(article.storyId) ?? []).filter(
          (version) => version.id !== article.id,
        ),
        related:
          teasersOf(
            [relatedRows],
            new Map(relatedRows.map((row) => [row.id, withRole(credits.get(row.id), 'author')])),
            media,
            taxonomy,
          )[0] ?? [],
      };
    });
  }

  /** Each article's tags, in their order. */
  private async tags(ids: string[]): Promise<Map<string, { slug: string; name: string }[]>> {
    const rows = await articleTags(this.db, { ids });
    const tags = new Map<string, { slug: string; name: string }[]>();
    for (const row of rows) {
      const list = tags.get(row.article_id) ?? [];
      list.push({ slug: row.slug, name: row.name });
      tags.set(row.article_id, list);
    }
    return tags;
  }

  /** The published articles of the articles' stories, every edition, by story. */
  private async versions(articles: Article[]): Promise<Map<string, StoryVersion[]>> {
    const rows = await storyVersions(this.db, {
      storyIds: [...new Set(articles.map((article) => article.storyId))],
    });
    const versions = new Map<string, StoryVersion[]>();
    for (const row of rows) {
      const list = versions.get(row.story_id) ?? [];
      list.push({
        id: row.id,
        siteId: row.site_id,
        slug: row.slug,
        language: row.language,
        headline: row.headline,
        publishedAt: row.published_at ?? '',
        isRepublication: row.origin_type === 'republication' && row.source_article_id !== null,
      });
      versions.set(row.story_id, list);
    }
    return versions;
  }
}

function withRole(credits: CreditName[] | undefined, role: CreditName['role']): CreditName[] {
  return (credits ?? []).filter((credit) => credit.role === role);
}

/** An author with photo, bio and links in the article's language. */
function authorCard(
  author: ReaderContributor,
  language: string,
  media: Map<string, Parameters<typeof toImageRef>[0]>,
): ContributorCard {
  const profile = profileFor(author, language);
  const photo = author.photoMediaId ? media.get(author.photoMediaId) : undefined;
  return {
    id: author.id,
    slug: author.slug,
    kind: author.kind,
    name: displayName(author, language),
    title: profile?.title ?? '',
    bio: profile?.bio ?? '',
    links: author.links,
    photo: photo ? toImageRef(photo, language) : null,
  };
}
