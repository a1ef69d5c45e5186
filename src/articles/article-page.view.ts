import type { Selectable } from 'kysely';
import { displayName, profileFor } from '../contributors/contributor.ts';
import { PUBLIC_CONTRIBUTOR_COLUMNS } from '../contributors/contributor-directory.view.ts';
import type { Executor } from '../db/database.ts';
import type { ImageRef } from '../media/image-ref.ts';
import { loadImageRefs } from '../media/media.view.ts';
import { originOf, toArticle } from './article.repository.ts';
import type { ArticlesTable } from './article.table.ts';
import type { ArticleOrigin } from './article.ts';
import type { Block } from './blocks.ts';
import { mediaIdsOf } from './blocks.ts';
import { CorrectionRepository } from './correction.repository.ts';
import { type CreditName, loadCredits, type Teaser, TeaserView } from './teaser.view.ts';

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

const MAX_CHAIN = 10;

/** The read model of the article page: one published article with everything around it. */
export class ArticlePageView {
  constructor(private readonly db: Executor) {}

  /** `related: false` skips the related articles, for feeds. */
  async bySlug(
    siteId: string,
    slug: string,
    options: { related?: boolean } = {},
  ): Promise<ArticleLookup> {
    const row = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('slug', '=', slug)
      .executeTakeFirst();
    if (!row) return { kind: 'none' };
    if (row.status !== 'published' || row.deleted_at) {
      return row.published_at ? { kind: 'gone' } : { kind: 'none' };
    }
    return { kind: 'published', page: await this.build(row, options) };
  }

  /**
   * The published, untrashed articles among `ids`, in the order asked, without related
   * articles: what the Content API shows.
   */
  async published(ids: string[]): Promise<ArticlePage[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('id', 'in', ids)
      .where('status', '=', 'published')
      .where('deleted_at', 'is', null)
      .execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    const found = ids.flatMap((id) => byId.get(id) ?? []);
    return Promise.all(found.map((row) => this.build(row, { related: false })));
  }

  /** Any article as its page would show it, whatever its status: the newsroom's preview. */
  async preview(id: string): Promise<ArticlePage | undefined> {
    const row = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? this.build(row, { related: true }) : undefined;
  }

  private async build(
    row: Selectable<ArticlesTable>,
    options: { related?: boolean },
  ): Promise<ArticlePage> {
    const siteId = row.site_id;
    const article = toArticle(row);
    const language = article.language;
    const [section, series, tags, credits, images, cards, origin, versions] = await Promise.all([
      article.sectionId
        ? this.db
            .selectFrom('sections')
            .select(['id', 'slug', 'name'])
            .where('id', '=', article.sectionId)
            .executeTakeFirst()
        : undefined,
      article.seriesId
        ? this.db
            .selectFrom('series')
            .select(['slug', 'title'])
            .where('id', '=', article.seriesId)
            .executeTakeFirst()
        : undefined,
      this.db
        .selectFrom('article_tags')
        .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
        .select(['tags.slug', 'tags.name'])
        .where('article_tags.article_id', '=', article.id)
        .orderBy('article_tags.position')
        .execute(),
      loadCredits(
        this.db,
        [{ id: article.id, language }],
        ['author', 'translator', 'photographer'],
      ),
      loadImageRefs(this.db, [article.leadMediaId, ...mediaIdsOf(article.body)], language),
      this.authorCards(article.id, language),
      this.originCredit(article.origin, article.id),
      this.versions(article.storyId, article.id),
    ]);
    const corrections = await new CorrectionRepository(this.db).forArticles([
      article.id,
      ...origin.chain,
    ]);
    const related =
      options.related === false
        ? []
        : await new TeaserView(this.db).list({
            siteId,
            ...(article.sectionId ? { sectionId: article.sectionId } : {}),
            excludeIds: [article.id],
            limit: 4,
          });
    const credited = credits.get(article.id) ?? [];
    return {
      id: article.id,
      storyId: article.storyId,
      siteId,
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
      section: section ?? null,
      series: series ? { ...series, position: article.seriesPosition } : null,
      tags,
      authors: cards,
      translators: credited.filter((credit) => credit.role === 'translator'),
      credits: credited,
      lead: article.leadMediaId ? (images.get(article.leadMediaId) ?? null) : null,
      images,
      origin: article.origin,
      originCredit: origin.credit,
      corrections: corrections.map((correction) => ({
        id: correction.id,
        articleId: correction.articleId,
        language: correction.language,
        note: correction.note,
        correctedAt: correction.createdAt,
      })),
      versions,
      related,
    };
  }

  /** The authors, each with photo, bio and links in the article's language. */
  private async authorCards(articleId: string, language: string): Promise<ContributorCard[]> {
    const rows = await this.db
      .selectFrom('article_credits')
      .innerJoin('contributors', 'contributors.id', 'article_credits.contributor_id')
      .select(PUBLIC_CONTRIBUTOR_COLUMNS)
      .where('article_credits.article_id', '=', articleId)
      .where('article_credits.role', '=', 'author')
      .orderBy('article_credits.position')
      .execute();
    if (rows.length === 0) return [];
    const [profiles, photos] = await Promise.all([
      this.db
        .selectFrom('contributor_profiles')
        .selectAll()
        .where(
          'contributor_id',
          'in',
          rows.map((row) => row.id),
        )
        .execute(),
      loadImageRefs(
        this.db,
        rows.map((row) => row.photo_media_id),
        language,
      ),
    ]);
    return rows.map((row) => {
      const own: Record<string, { name: string | null; title: string; bio: string }> = {};
      for (const profile of profiles.filter((p) => p.contributor_id === row.id)) {
        own[profile.language] = { name: profile.name, title: profile.title, bio: profile.bio };
      }
      const profile = profileFor({ profiles: own }, language);
      let links: { label: string; url: string }[] = [];
      try {
        links = JSON.parse(row.links);
      } catch {
        links = [];
      }
      return {
        id: row.id,
        slug: row.slug,
        kind: row.kind === 'organisation' ? 'organisation' : 'person',
        name: displayName({ name: row.name, profiles: own }, language),
        title: profile?.title ?? '',
        bio: profile?.bio ?? '',
        links,
        photo: row.photo_media_id ? (photos.get(row.photo_media_id) ?? null) : null,
      };
    });
  }

  /**
   * Follows the origin back to the first article of the chain (or the outside source); `chain`
   * names the articles passed on the way, nearest first.
   */
  private async originCredit(
    origin: ArticleOrigin,
    selfId: string,
  ): Promise<{ credit: OriginCredit; chain: string[] }> {
    if (origin.type === 'original') return { credit: { kind: 'original' }, chain: [] };
    if (origin.type === 'republication' && origin.source.kind === 'outside') {
      const { publication, url, language, publishedOn, permission } = origin.source;
      return {
        credit: { kind: 'outside', publication, url, language, publishedOn, permission },
        chain: [],
      };
    }
    const steps: OriginStep[] = [];
    let sourceId: string | null =
      origin.type === 'translation'
        ? origin.sourceArticleId
        : origin.source.kind === 'article'
          ? origin.source.articleId
          : null;
    let outside: OriginCredit | null = null;
    const seen = new Set([selfId]);
    while (sourceId && steps.length < MAX_CHAIN && !seen.has(sourceId)) {
      seen.add(sourceId);
      const row = await this.db
        .selectFrom('articles')
        .selectAll()
        .where('id', '=', sourceId)
        .executeTakeFirst();
      if (!row) break;
      const credits = await loadCredits(
        this.db,
        [{ id: row.id, language: row.language }],
        ['translator'],
      );
      steps.push({
        articleId: row.id,
        siteId: row.site_id,
        slug: row.slug,
        language: row.language,
        publishedAt: row.published_at ?? row.created_at,
        translators: credits.get(row.id) ?? [],
      });
      const next = originOf(row);
      if (next.type === 'translation') sourceId = next.sourceArticleId;
      else if (next.type === 'republication' && next.source.kind === 'article')
        sourceId = next.source.articleId;
      else {
        if (next.type === 'republication' && next.source.kind === 'outside') {
          const { publication, url, language, publishedOn, permission } = next.source;
          outside = { kind: 'outside', publication, url, language, publishedOn, permission };
        }
        sourceId = null;
      }
    }
    const chain = steps.map((step) => step.articleId);
    // A copy says where the text it copies appeared; its canonical address is that one.
    if (origin.type === 'republication')
      return { credit: { kind: 'republication', original: steps[0] ?? null }, chain };
    if (outside && steps.length === 0) return { credit: outside, chain };
    return {
      credit: { kind: 'translation', original: steps.at(-1) ?? null, via: steps.slice(0, -1) },
      chain,
    };
  }

  /** The story's other published articles, every edition. */
  private async versions(storyId: string, selfId: string): Promise<StoryVersion[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select([
        'id',
        'site_id',
        'slug',
        'language',
        'headline',
        'published_at',
        'origin_type',
        'source_article_id',
      ])
      .where('story_id', '=', storyId)
      .where('id', '!=', selfId)
      .where('status', '=', 'published')
      .where('deleted_at', 'is', null)
      .orderBy('language')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      siteId: row.site_id,
      slug: row.slug,
      language: row.language,
      headline: row.headline,
      publishedAt: row.published_at ?? '',
      isRepublication: row.origin_type === 'republication' && row.source_article_id !== null,
    }));
  }
}
