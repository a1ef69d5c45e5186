import type { Executor } from '../db/database.ts';
import { preparedQuery } from '../db/prepared.ts';
import { ReaderCache } from './reader-cache.ts';
import { type Teaser, type TeaserRow, TeaserView } from './teaser.view.ts';

export interface HomePage {
  lead: Teaser | null;
  featured: Teaser[];
  latest: Teaser[];
  sections: { slug: string; name: string; teasers: Teaser[] }[];
  series: { slug: string; title: string; teasers: Teaser[] }[];
}

/** The editors' choices for the front page, compiled once (db/prepared.ts). */
const frontPageSlots = preparedQuery((db, v: { siteId: string }) =>
  db
    .selectFrom('front_page_slots')
    .select(['position', 'article_id'])
    .where('site_id', '=', v.siteId)
    .orderBy('position'),
);

const FEATURED = 4;
const LATEST = 10;
const PER_SECTION = 4;
const PER_SERIES = 3;

/**
 * The front page of an edition: the curated lead and featured slots (the latest articles fill
 * whatever the editors left empty), the latest articles, then a block per section and series.
 * Six queries whatever the number of sections and series: the blocks are read together, and
 * their credits all at once.
 */
export class HomeView {
  private readonly teasers: TeaserView;
  private readonly cache: ReaderCache;

  constructor(
    private readonly db: Executor,
    /** The app's reader cache; a cache of its own, for one use, when none is given. */
    cache?: ReaderCache,
  ) {
    this.cache = cache ?? new ReaderCache(db);
    this.teasers = new TeaserView(db, this.cache);
  }

  async load(siteId: string): Promise<HomePage> {
    const slots = await frontPageSlots(this.db, { siteId });
    const curatedRows = await this.teasers.rowsByIds(slots.map((slot) => slot.article_id));
    const curatedById = new Map(curatedRows.map((row) => [row.id, row]));
    const curated = slots.flatMap((slot) => curatedById.get(slot.article_id) ?? []);
    const curatedLead =
      slots[0]?.position === 0 ? curated.find((row) => row.id === slots[0]?.article_id) : undefined;
    const curatedFeatured = curated.filter((row) => row.id !== curatedLead?.id);

    const recentRows = await this.teasers.listRows({
      siteId,
      excludeIds: curated.map((row) => row.id),
      limit: LATEST + FEATURED + 1,
    });
    const recent = [...recentRows];
    const lead = curatedLead ?? recent.shift() ?? null;
    const featured = [
      ...curatedFeatured,
      ...recent.splice(0, Math.max(0, FEATURED - curatedFeatured.length)),
    ];
    const latest = recent.slice(0, LATEST);
    // Section blocks skip what the top of the page shows, but may repeat the short latest list.
    const shown = [lead?.id, ...featured.map((row) => row.id)].filter((id): id is string => !!id);

    const taxonomy = await this.cache.taxonomy(siteId);
    const [bySection, bySeries] = await Promise.all([
      this.teasers.firstOfEach({
        siteId,
        by: 'section',
        ids: taxonomy.sections.map((section) => section.id),
        excludeIds: [...new Set(shown)],
        limit: PER_SECTION,
      }),
      this.teasers.firstOfEach({
        siteId,
        by: 'series',
        ids: taxonomy.series.map((series) => series.id),
        limit: PER_SERIES,
      }),
    ]);
    const sectionRows = taxonomy.sections.map((section) => bySection.get(section.id) ?? []);
    const seriesRows = taxonomy.series.map((series) => bySeries.get(series.id) ?? []);

    // Teasers keep their images' language from the list they were read in: the curated ones
    // from theirs (in the database's order), the others from the latest articles.
    const [curatedTeasers = [], recentTeasers = [], ...blocks] = await this.teasers.complete([
      curatedRows,
      recentRows,
      ...sectionRows,
      ...seriesRows,
    ]);
    const teaserOf = (row: TeaserRow): Teaser | undefined =>
      (curatedById.has(row.id) ? curatedTeasers : recentTeasers).find(
        (teaser) => teaser.id === row.id,
      );
    const sections = taxonomy.sections.map((section, index) => ({
      slug: section.slug,
      name: section.name,
      teasers: blocks[index] ?? [],
    }));
    const series = taxonomy.series.map((entry, index) => ({
      slug: entry.slug,
      title: entry.title,
      teasers: blocks[taxonomy.sections.length + index] ?? [],
    }));
    return {
      lead: lead ? (teaserOf(lead) ?? null) : null,
      featured: featured.flatMap((row) => teaserOf(row) ?? []),
      latest: latest.flatMap((row) => teaserOf(row) ?? []),
      sections: sections.filter((section) => section.teasers.length > 0),
      series: series.filter((entry) => entry.teasers.length > 0),
    };
  }
}
