/** Segment pairs of the translation memory, and the terms they are found by. */

export interface TranslationMemoryTable {
  id: string;
  /** 'es>en': primary subtags of source and target (language-pair.ts). */
  language_pair: string;
  /** BCP 47 tags of the two articles. */
  source_language: string;
  target_language: string;
  /** Plain text, for display and scoring. */
  source_text: string;
  /** Inline HTML as the blocks hold it, so a suggestion keeps its links and emphasis. */
  source_html: string;
  target_text: string;
  target_html: string;
  /** SHA-256 of the source's exact key (segment-text.ts): exact matches by index. */
  source_hash: string;
  /** How many words the source has, to skip candidates too long or short to match. */
  source_words: number;
  source_article_id: string;
  /** A block id, `<block id>:<n>` for a list item, or `:headline`, `:dek`, `:kicker`. */
  source_block_id: string;
  target_article_id: string;
  target_block_id: string;
  /** The edition that published the translation. */
  site_id: string;
  /** The user who made the translation's article, when known. */
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** One stem of a segment's source (memory-terms.ts). */
export interface TranslationMemoryTermsTable {
  language_pair: string;
  term: string;
  segment_id: string;
}
