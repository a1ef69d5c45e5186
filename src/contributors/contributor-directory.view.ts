import type { ExpressionBuilder } from 'kysely';
import type { Database, Executor } from '../db/database.ts';
import type { ImageRef } from '../media/image-ref.ts';
import { loadImageRefs } from '../media/media.view.ts';
import type { ContributorLink, ContributorProfile } from './contributor.ts';

/**
 * A contributor as the public sees them. Built from named columns only: e-mail addresses and
 * newsroom accounts never leave the database through here.
 */
export interface PublicContributor {
  id: string;
  slug: string;
  kind: 'person' | 'organisation';
  name: string;
  links: ContributorLink[];
  /** With the network's texts (English, or the first there is): it is shown on every edition. */
  photo: ImageRef | null;
  /** By language subtag or tag. */
  profiles: Record<string, ContributorProfile>;
  /** The editions where they are credited on published work, by id. */
  siteIds: string[];
}

/** The columns of a contributor anyone may see: never the e-mail address or the account. */
export const PUBLIC_CONTRIBUTOR_COLUMNS = [
  'contributors.id',
  'contributors.slug',
  'contributors.kind',
  'contributors.name',
  'contributors.links',
  'contributors.photo_media_id',
] as const;

/** A condition on contributors: credited on a published, untrashed article (of these editions). */
export function creditedOnPublishedWork(siteIds?: string[]) {
  return ({ exists, selectFrom }: ExpressionBuilder<Database, 'contributors'>) =>
    exists(
      selectFrom('article_credits')
        .innerJoin('articles', 'articles.id', 'article_credits.article_id')
        .select('article_credits.article_id')
        .whereRef('article_credits.contributor_id', '=', 'contributors.id')
        .where('articles.status', '=', 'published')
        .where('articles.deleted_at', 'is', null)
        .$if(!!siteIds, (q) => q.where('articles.site_id', 'in', siteIds ?? [])),
    );
}

/** The network's contributors credited on published work: only they are public. */
export class ContributorDirectoryView {
  constructor(private readonly db: Executor) {}

  /** A page of contributors by slug, after `afterSlug`; `siteIds` narrows to those editions. */
  async list(options: {
    siteIds?: string[];
    afterSlug?: string;
    limit: number;
  }): Promise<{ contributors: PublicContributor[]; nextSlug: string | null }> {
    if (options.siteIds?.length === 0) return { contributors: [], nextSlug: null };
    const rows = await this.credited(options.siteIds)
      .$if(!!options.afterSlug, (q) => q.where('contributors.slug', '>', options.afterSlug ?? ''))
      .orderBy('contributors.slug')
      .limit(options.limit + 1)
      .execute();
    const page = rows.slice(0, options.limit);
    return {
      contributors: await this.complete(page),
      nextSlug: rows.length > options.limit ? (page.at(-1)?.slug ?? null) : null,
    };
  }

  /** A contributor credited on published work, by slug. */
  async bySlug(slug: string): Promise<PublicContributor | undefined> {
    const row = await this.credited().where('contributors.slug', '=', slug).executeTakeFirst();
    return row ? (await this.complete([row]))[0] : undefined;
  }

  /** Contributors with at least one credit on a published, untrashed article. */
  private credited(siteIds?: string[]) {
    return this.db
      .selectFrom('contributors')
      .select(PUBLIC_CONTRIBUTOR_COLUMNS)
      .where(creditedOnPublishedWork(siteIds));
  }

  private async complete(rows: ContributorRow[]): Promise<PublicContributor[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [profiles, places, photos] = await Promise.all([
      this.db
        .selectFrom('contributor_profiles')
        .select(['contributor_id', 'language', 'name', 'title', 'bio'])
        .where('contributor_id', 'in', ids)
        .orderBy('language')
        .execute(),
      this.db
        .selectFrom('article_credits')
        .innerJoin('articles', 'articles.id', 'article_credits.article_id')
        .select(['article_credits.contributor_id', 'articles.site_id'])
        .distinct()
        .where('article_credits.contributor_id', 'in', ids)
        .where('articles.status', '=', 'published')
        .where('articles.deleted_at', 'is', null)
        .execute(),
      loadImageRefs(
        this.db,
        rows.map((row) => row.photo_media_id),
        'en',
      ),
    ]);
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      kind: row.kind === 'organisation' ? 'organisation' : 'person',
      name: row.name,
      links: parseLinks(row.links),
      photo: row.photo_media_id ? (photos.get(row.photo_media_id) ?? null) : null,
      profiles: Object.fromEntries(
        profiles
          .filter((profile) => profile.contributor_id === row.id)
          .map((profile) => [
            profile.language,
            { name: profile.name, title: profile.title, bio: profile.bio },
          ]),
      ),
      siteIds: places
        .filter((place) => place.contributor_id === row.id)
        .map((place) => place.site_id)
        .sort(),
    }));
  }
}

interface ContributorRow {
  id: string;
  slug: string;
  kind: string;
  name: string;
  links: string;
  photo_media_id: string | null;
}

function parseLinks(json: string): ContributorLink[] {
  try {
    const links = JSON.parse(json);
    return Array.isArray(links) ? links : [];
  } catch {
    return [];
  }
}
