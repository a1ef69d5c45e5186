import { creditedOnPublishedWork } from '../contributors/contributor-directory.view.ts';
import type { Executor } from '../db/database.ts';

/** Where a search hit lives: its edition and address there. */
export interface HitPlace {
  siteId: string;
  slug: string;
}

/** A contributor a reader can narrow a search to. */
export interface ContributorChoice {
  id: string;
  slug: string;
  name: string;
}

/** What the search page reads besides the index: the hits' addresses and the filters' choices. */
export class SearchPageView {
  constructor(private readonly db: Executor) {}

  /** The edition and slug of each article, by id; articles no longer published are left out. */
  async places(articleIds: string[]): Promise<Map<string, HitPlace>> {
    if (articleIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('articles')
      .select(['id', 'site_id', 'slug'])
      .where('id', 'in', articleIds)
      .where('status', '=', 'published')
      .where('deleted_at', 'is', null)
      .execute();
    return new Map(rows.map((row) => [row.id, { siteId: row.site_id, slug: row.slug }]));
  }

  /** Contributors credited on published articles (of one edition, or of the network), by name. */
  async contributors(siteId: string | null): Promise<ContributorChoice[]> {
    let query = this.db
      .selectFrom('contributors')
      .select(['contributors.id', 'contributors.slug', 'contributors.name'])
      .where(creditedOnPublishedWork(siteId === null ? undefined : [siteId]))
      .orderBy('contributors.name')
      .orderBy('contributors.id');
    query = query.limit(500);
    return await query.execute();
  }
}
