/** Row type of the correction notes published with corrections of articles. */
export interface ArticleCorrectionsTable {
  id: string;
  /** The article that was corrected; its note shows on it and on every version made from it. */
  article_id: string;
  /** The revision the correction was saved as. */
  revision: number;
  /** BCP 47: the language the note is written in (the corrected article's). */
  language: string;
  /** Plain text. */
  note: string;
  created_by: string | null;
  created_at: string;
}
