import type { Executor } from '../db/database.ts';
import { type Teaser, TeaserView } from './teaser.view.ts';

export interface HomePage {
  lead: Teaser | null;
  featured: Teaser[];
  latest: Teaser[];
  sections: { slug: string; name: string; teasers: Teaser[] }[];
  series: { slug: string; title: string; teasers: Teaser[] }[];
}

const FEATURED = 4;
const LATEST = 10;
const PER_SECTION = 4;
const PER_SERIES = 3;

/**
 * The front page of an edition: the curated lead and featured slots (the latest articles fill
 * whatever the editors left empty), the latest articles, then a block per section and series.
 */
export class HomeView {
  private readonly teasers: TeaserView;

  constructor(private readonly db: Executor) {
    this.teasers = new TeaserView(db);
  }

  async load(siteId: string): Promise<HomePage> {
    const slots = await this.db
      .selectFrom('front_page_slots')
      .select(['position', 'article_id'])
      .where('site_id', '=', siteId)
      .orderBy('position')
      .execute();
    const curated = await this.teasers.byIds(slots.map((slot) => slot.article_id));
    const curatedLead =
      slots[0]?.position === 0 ? curated.find((t) => t.id === slots[0]?.article_id) : undefined;
    const curatedFeatured = curated.filter((teaser) => teaser.id !== curatedLead?.id);

    const recent = await this.teasers.list({
      siteId,
      excludeIds: curated.map((teaser) => teaser.id),
      limit: LATEST + FEATURED + 1,
    });
    const lead = curatedLead ?? recent.shift() ?? null;
    const featured = [
      ...curatedFeatured,
      ...recent.splice(0, Math.max(0, FEATURED - curatedFeatured.length)),
    ];
    const latest = recent.slice(0, LATEST);
    // Section blocks skip what the top of the page shows, but may repeat the short latest list.
    const shown = new Set([lead?.id, ...featured.map((t) => t.id)]);

    const [sectionRows, seriesRows] = await Promise.all([
      this.db
        .selectFrom('sections')
        .select(['id', 'slug', 'name'])
        .where('site_id', '=', siteId)
        .orderBy('position')
        .execute(),
      this.db
        .selectFrom('series')
        .select(['id', 'slug', 'title'])
        .where('site_id', '=', siteId)
        .orderBy('title')
        .execute(),
    ]);
    const sections = await Promise.all(
      sectionRows.map(async (section) => ({
        slug: section.slug,
        name: section.name,
        teasers: await this.teasers.list({
          siteId,
          sectionId: section.id,
          excludeIds: [...shown].filter((id): id is string => !!id),
          limit: PER_SECTION,
        }),
      })),
    );
    const series = await Promise.all(
      seriesRows.map(async (row) => ({
        slug: row.slug,
        title: row.title,
        teasers: await this.teasers.list({
          siteId,
          seriesId: row.id,
          limit: PER_SERIES,
          seriesOrder: true,
        }),
      })),
    );
    return {
      lead,
      featured,
      latest,
      sections: sections.filter((section) => section.teasers.length > 0),
      series: series.filter((entry) => entry.teasers.length > 0),
    };
  }
}
