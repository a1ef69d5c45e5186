/** The search index's documents (SQLite adds doc_id; PostgreSQL adds config and tsv). */
export interface SearchDocumentsTable {
  article_id: string;
  site_id: string;
  language: string;
  section_id: string | null;
  published_at: string;
  headline: string;
  dek: string;
  body_text: string;
  contributors_text: string;
  /** JSON: string[] */
  contributor_ids: string;
}
