import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { TranslationMemoryTable } from './memory.table.ts';
import { COMMON_TERM } from './memory-terms.ts';

type SegmentRow = Selectable<TranslationMemoryTable>;

/** A segment pair to store, with the terms it is found by. */
export interface NewSegment {
  row: Omit<SegmentRow, 'created_at' | 'updated_at'>;
  terms: string[];
}

/** A stored pair with where it was published: the translation's headline, edition and date. */
export interface StoredSegment extends SegmentRow {
  headline: string;
  site_name: string;
  published_at: string | null;
}

/** Rows per INSERT: well under both databases' limits on bound parameters. */
const BATCH = 500;

function* batches<T>(items: readonly T[], size = BATCH): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/**
 * Reads and writes the memory. Matches are read with the translation's article and edition
 * joined, like a view: only what other features' tables say, never written here.
 */
export class TranslationMemoryRepository {
  constructor(private readonly db: Db) {}

  /**
   * Replaces every pair taken from one translation with `segments`, in one transaction: a
   * republished translation leaves one pair per block, and a pair that keeps its block keeps
   * the time it was first recorded.
   */
  async replaceTranslation(
    targetArticleId: string,
    segments: NewSegment[],
    now: string,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('translation_memory')
        .select(['id', 'target_block_id', 'created_at'])
        .where('target_article_id', '=', targetArticleId)
        .execute();
      const firstSeen = new Map(existing.map((row) => [row.target_block_id, row.created_at]));
      const oldIds = existing.map((row) => row.id);
      for (const ids of batches(oldIds)) {
        await trx.deleteFrom('translation_memory_terms').where('segment_id', 'in', ids).execute();
        await trx.deleteFrom('translation_memory').where('id', 'in', ids).execute();
      }
      const rows = segments.map(({ row }) => ({
        ...row,
        created_at: firstSeen.get(row.target_block_id) ?? now,
        updated_at: now,
      }));
      for (const chunk of batches(rows)) {
        await trx.insertInto('translation_memory').values(chunk).execute();
      }
      const terms = segments.flatMap(({ row, terms: found }) =>
        found.map((term) => ({ language_pair: row.language_pair, term, segment_id: row.id })),
      );
      for (const chunk of batches(terms, 1000)) {
        await trx.insertInto('translation_memory_terms').values(chunk).execute();
      }
    });
  }

  /** The pairs taken from one translation, in no particular order. */
  ofTranslation(targetArticleId: string): Promise<SegmentRow[]> {
    return this.db
      .selectFrom('translation_memory')
      .selectAll()
      .where('target_article_id', '=', targetArticleId)
      .execute();
  }

  private matches() {
    return (
      this.db
        .selectFrom('translation_memory as m')
        .innerJoin('articles as a', 'a.id', 'm.target_article_id')
        .innerJoin('sites as s', 's.id', 'm.site_id')
        .selectAll('m')
        .select(['a.headline as headline', 's.name as site_name', 'a.published_at as published_at'])
        // A translation in the trash no longer vouches for its segments.
        .where('a.deleted_at', 'is', null)
    );
  }

  /** Stored pairs of the language pair whose source has one of `hashes` (exact matches). */
  async exact(languagePair: string, hashes: string[]): Promise<StoredSegment[]> {
    const found: StoredSegment[] = [];
    for (const chunk of batches([...new Set(hashes)])) {
      found.push(
        ...(await this.matches()
          .where('m.language_pair', '=', languagePair)
          .where('m.source_hash', 'in', chunk)
          .execute()),
      );
    }
    return found;
  }

  /**
   * How many segments of the language pair hold each term, counting no further than
   * COMMON_TERM: beyond that a term is common, and how common no longer matters.
   */
  async termFrequencies(languagePair: string, terms: string[]): Promise<Map<string, number>> {
    const counts = await Promise.all(
      terms.map(async (term) => {
        const rows = await this.db
          .selectFrom('translation_memory_terms')
          .select('segment_id')
          .where('language_pair', '=', languagePair)
          .where('term', '=', term)
          .limit(COMMON_TERM)
          .execute();
        return [term, rows.length] as const;
      }),
    );
    return new Map(counts);
  }

  /**
   * The stored pairs that share the most of `terms` with a segment, among those whose length
   * lets them reach the threshold at all; at most `limit`, the most shared first.
   */
  async candidates(
    languagePair: string,
    terms: string[],
    words: { min: number; max: number },
    limit: number,
  ): Promise<StoredSegment[]> {
    if (terms.length === 0) return [];
    const ranked = await this.db
      .selectFrom('translation_memory_terms as t')
      .innerJoin('translation_memory as m', 'm.id', 't.segment_id')
      .select(['t.segment_id'])
      .select((eb) => eb.fn.countAll<number>().as('shared'))
      .where('t.language_pair', '=', languagePair)
      .where('t.term', 'in', terms)
      .where('m.source_words', '>=', words.min)
      .where('m.source_words', '<=', words.max)
      .groupBy('t.segment_id')
      .orderBy('shared', 'desc')
      .orderBy('t.segment_id')
      .limit(limit)
      .execute();
    if (ranked.length === 0) return [];
    return this.matches()
      .where(
        'm.id',
        'in',
        ranked.map((row) => row.segment_id),
      )
      .execute();
  }
}
