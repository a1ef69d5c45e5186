import type { Executor } from '../db/database.ts';

/** A correction note: what readers are told was corrected, and when. */
export interface Correction {
  id: string;
  articleId: string;
  /** The revision of the article the correction was saved as. */
  revision: number;
  /** BCP 47: the note's language (the corrected article's). */
  language: string;
  note: string;
  createdBy: string | null;
  createdAt: string;
}

/** Reads and writes correction notes. */
export class CorrectionRepository {
  constructor(private readonly db: Executor) {}

  with(db: Executor): CorrectionRepository {
    return new CorrectionRepository(db);
  }

  async insert(correction: Correction): Promise<void> {
    await this.db
      .insertInto('article_corrections')
      .values({
        id: correction.id,
        article_id: correction.articleId,
        revision: correction.revision,
        language: correction.language,
        note: correction.note,
        created_by: correction.createdBy,
        created_at: correction.createdAt,
      })
      .execute();
  }

  /** The notes of these articles, oldest first. */
  async forArticles(articleIds: string[]): Promise<Correction[]> {
    if (articleIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('article_corrections')
      .selectAll()
      .where('article_id', 'in', articleIds)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      articleId: row.article_id,
      revision: row.revision,
      language: row.language,
      note: row.note,
      createdBy: row.created_by,
      createdAt: row.created_at,
    }));
  }
}
