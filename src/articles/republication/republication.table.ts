/**
 * Row type of a copy's "not now" to its source's changes: the source's revision up to which
 * the copy's editors dismissed them. A later save of the source is offered again.
 */
export interface SourceUpdateDismissalsTable {
  /** The copy (a same-language republication of a sister article). */
  article_id: string;
  source_revision: number;
  dismissed_by: string | null;
  dismissed_at: string;
}
