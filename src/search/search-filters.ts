import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { SearchFilters } from './search-index.ts';

/** The WHERE conditions of the filters, the same on both databases. */
export function filterConditions(
  eb: ExpressionBuilder<Database, 'search_documents'>,
  filters: SearchFilters,
) {
  const conditions = [];
  if (filters.siteIds) {
    conditions.push(
      filters.siteIds.length
        ? eb('search_documents.site_id', 'in', filters.siteIds)
        : sql<boolean>`1 = 0`,
    );
  }
  if (filters.language) {
    const language = filters.language;
    conditions.push(
      eb.or([
        eb('search_documents.language', '=', language),
        eb('search_documents.language', 'like', `${language.replace(/[%_\\]/g, '')}-%`),
      ]),
    );
  }
  if (filters.sectionId) conditions.push(eb('search_documents.section_id', '=', filters.sectionId));
  if (filters.contributorId) {
    conditions.push(
      eb(
        'search_documents.contributor_ids',
        'like',
        `%"${filters.contributorId.replace(/[%_"\\]/g, '')}"%`,
      ),
    );
  }
  if (filters.from) conditions.push(eb('search_documents.published_at', '>=', filters.from));
  if (filters.to) {
    // A date includes its whole day: before the next day begins.
    if (/^\d{4}-\d{2}-\d{2}$/.test(filters.to)) {
      const next = new Date(`${filters.to}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      conditions.push(eb('search_documents.published_at', '<', next.toISOString()));
    } else conditions.push(eb('search_documents.published_at', '<=', filters.to));
  }
  return conditions;
}
