import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import { preparedQuery } from '../db/prepared.ts';

/** The columns a teaser is made of. */
const TEASER_COLUMNS = [
  'articles.id',
  'articles.site_id',
  'articles.story_id',
  'articles.slug',
  'articles.language',
  'articles.kicker',
  'articles.headline',
  'articles.dek',
  'articles.published_at',
  'articles.lead_media_id',
  'articles.series_position',
  // Named from the reader cache: no join for every row.
  'articles.section_id',
  'articles.series_id',
] as const;

/** Published, not trashed articles with the columns a teaser needs. */
function publishedTeasers(db: Executor) {
  return db
    .selectFrom('articles')
    .select(TEASER_COLUMNS)
    .where('articles.status', '=', 'published')
    .where('articles.deleted_at', 'is', null);
}

/*
 * The queries of lists of articles, compiled once (db/prepared.ts): every reader page runs
 * some of them.
 */
export const teaserList = preparedQuery(
  (
    db,
    v: {
      siteId: string;
      sectionId: string | undefined;
      seriesId: string | undefined;
      tagId: string | undefined;
      contributorId: string | undefined;
      excludeIds: string[];
      seriesOrder: boolean;
      limit: number;
      offset: number;
    },
  ) => {
    let select = publishedTeasers(db).where('articles.site_id', '=', v.siteId);
    if (v.sectionId) select = select.where('articles.section_id', '=', v.sectionId);
    if (v.seriesId) select = select.where('articles.series_id', '=', v.seriesId);
    if (v.excludeIds.length) select = select.where('articles.id', 'not in', v.excludeIds);
    const { tagId, contributorId } = v;
    if (tagId) {
      select = select.where((eb) =>
        eb.exists(
          eb
            .selectFrom('article_tags')
            .select('article_tags.article_id')
            .whereRef('article_tags.article_id', '=', 'articles.id')
            .where('article_tags.tag_id', '=', tagId),
        ),
      );
    }
    if (contributorId) {
      select = select.where((eb) =>
        eb.exists(
          eb
            .selectFrom('article_credits')
            .select('article_credits.article_id')
            .whereRef('article_credits.article_id', '=', 'articles.id')
            .where('article_credits.contributor_id', '=', contributorId),
        ),
      );
    }
    select = v.seriesOrder
      ? select.orderBy('articles.series_position').orderBy('articles.published_at')
      : select.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc');
    return select.limit(sql.lit(v.limit)).offset(v.offset);
  },
  { inline: ['limit'] },
);

export const teasersById = preparedQuery((db, v: { ids: string[] }) =>
  publishedTeasers(db).where('articles.id', 'in', v.ids),
);

/** The first `limit` of each section's list (or series', in reading order), ranked. */
export const firstTeasersOfEach = preparedQuery(
  (
    db,
    v: { siteId: string; ids: string[]; excludeIds: string[]; bySection: boolean; limit: number },
  ) => {
    const column = v.bySection ? 'articles.section_id' : 'articles.series_id';
    // Ranked on the few columns the order needs; the teasers' columns are read for the
    // winners only.
    const ranked = db
      .selectFrom('articles')
      .select('articles.id as ranked_id')
      .select((eb) =>
        eb.fn
          .agg<number>('row_number')
          .over((over) =>
            v.bySection
              ? over
                  .partitionBy(column)
                  .orderBy('articles.published_at', 'desc')
                  .orderBy('articles.id', 'desc')
              : over
                  .partitionBy(column)
                  .orderBy('articles.series_position')
                  .orderBy('articles.published_at'),
          )
          .as('place'),
      )
      .where('articles.status', '=', 'published')
      .where('articles.deleted_at', 'is', null)
      .where('articles.site_id', '=', v.siteId)
      .where(column, 'in', v.ids)
      .$if(v.excludeIds.length > 0, (select) =>
        select.where('articles.id', 'not in', v.excludeIds),
      );
    return db
      .selectFrom(ranked.as('ranked'))
      .innerJoin('articles', 'articles.id', 'ranked.ranked_id')
      .select(TEASER_COLUMNS)
      .where('ranked.place', '<=', sql.lit(v.limit))
      .orderBy('ranked.place');
  },
  { inline: ['limit'] },
);

export const articleCredits = preparedQuery((db, v: { ids: string[]; roles: string[] }) =>
  db
    .selectFrom('article_credits')
    .select(['article_id', 'role', 'contributor_id'])
    .where('article_id', 'in', v.ids)
    .where('role', 'in', v.roles)
    .orderBy('position'),
);
