import type { ParsedQuery } from './query-parser.ts';

/** One published article as the search index keeps it. */
export interface SearchDocument {
  articleId: string;
  siteId: string;
  /** BCP 47 */
  language: string;
  sectionId: string | null;
  publishedAt: string;
  headline: string;
  dek: string;
  bodyText: string;
  /** Bylines and translators, names joined. */
  contributorsText: string;
  contributorIds: string[];
}

export interface SearchFilters {
  /** Editions to search; null or omitted: the whole network. */
  siteIds?: string[] | null;
  /** A language subtag ('es') or tag ('es-PE'). */
  language?: string;
  sectionId?: string;
  contributorId?: string;
  /** Published on or after / before (ISO dates or timestamps). */
  from?: string;
  to?: string;
}

export interface SearchRequest extends SearchFilters {
  query: ParsedQuery;
  limit: number;
  offset: number;
}

export interface SearchResult {
  total: number;
  hits: { document: SearchDocument; score: number }[];
}

/**
 * The search port. Two adapters, one per database: SQLite FTS5 (words reduced to Snowball stems
 * before they are stored) and PostgreSQL full text (each language's text-search configuration).
 * Both pass the same conformance suite.
 */
export interface SearchIndex {
  readonly name: string;
  upsert(document: SearchDocument): Promise<void>;
  remove(articleId: string): Promise<void>;
  clear(): Promise<void>;
  /** Ranked matches; never throws for what a reader typed (the query is already parsed). */
  search(request: SearchRequest): Promise<SearchResult>;
}

/** Languages the index stems; a language filter narrows the stems tried. */
export const SEARCH_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'ca', 'tr'] as const;

/** The row of search_documents that both adapters share, from and to a document. */
export function documentRow(document: SearchDocument) {
  return {
    article_id: document.articleId,
    site_id: document.siteId,
    language: document.language,
    section_id: document.sectionId,
    published_at: document.publishedAt,
    headline: document.headline,
    dek: document.dek,
    body_text: document.bodyText,
    contributors_text: document.contributorsText,
    contributor_ids: JSON.stringify(document.contributorIds),
  };
}

export function documentOf(row: ReturnType<typeof documentRow>): SearchDocument {
  let contributorIds: string[] = [];
  try {
    contributorIds = JSON.parse(row.contributor_ids);
  } catch {
    contributorIds = [];
  }
  return {
    articleId: row.article_id,
    siteId: row.site_id,
    language: row.language,
    sectionId: row.section_id,
    publishedAt: row.published_at,
    headline: row.headline,
    dek: row.dek,
    bodyText: row.body_text,
    contributorsText: row.contributors_text,
    contributorIds,
  };
}
