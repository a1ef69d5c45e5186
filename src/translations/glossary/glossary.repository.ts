import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import { baseLanguage } from '../../core/locale.ts';
import type { Db } from '../../db/database.ts';
import { fold } from '../../search/stemming.ts';
import { languagePairKey } from '../language-pair.ts';
import type { GlossaryTermsTable } from './glossary.table.ts';
import { type GlossaryTerm, termKey } from './glossary.ts';

type Row = Selectable<GlossaryTermsTable>;

function termOf(row: Row): GlossaryTerm {
  return {
    id: row.id,
    sourceLanguage: row.source_language,
    targetLanguage: row.target_language,
    sourceTerm: row.source_term,
    targetTerm: row.target_term,
    note: row.note,
    caseSensitive: row.case_sensitive === 1,
    doNotTranslate: row.do_not_translate === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function rowOf(term: GlossaryTerm): Row {
  return {
    id: term.id,
    language_pair: languagePairKey(term.sourceLanguage, term.targetLanguage),
    source_language: term.sourceLanguage,
    target_language: term.targetLanguage,
    source_term: term.sourceTerm,
    target_term: term.targetTerm,
    note: term.note,
    term_key: termKey(term.sourceTerm),
    search_text: fold([term.sourceTerm, term.targetTerm, term.note].join(' ')),
    case_sensitive: term.caseSensitive ? 1 : 0,
    do_not_translate: term.doNotTranslate ? 1 : 0,
    created_by: term.createdBy,
    created_at: term.createdAt,
    updated_at: term.updatedAt,
  };
}

/** A LIKE pattern that finds `text` anywhere, with LIKE's own wildcards taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export interface GlossaryFilter {
  /** A language or tag: entries of that primary language ('es' finds es-AR entries too). */
  sourceLanguage?: string;
  targetLanguage?: string;
  /** Words in the term, its translation or its note; case and accents ignored. */
  text?: string;
}

/** Reads and writes glossary entries. */
export class GlossaryRepository {
  constructor(private readonly db: Db) {}

  async insert(term: GlossaryTerm): Promise<void> {
    await this.db.insertInto('glossary_terms').values(rowOf(term)).execute();
  }

  async update(term: GlossaryTerm): Promise<void> {
    const { id, created_at: _createdAt, created_by: _createdBy, ...changes } = rowOf(term);
    await this.db.updateTable('glossary_terms').set(changes).where('id', '=', id).execute();
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('glossary_terms')
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async find(id: string): Promise<GlossaryTerm | undefined> {
    const row = await this.db
      .selectFrom('glossary_terms')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? termOf(row) : undefined;
  }

  /** One page of entries matching the filter, by source term, with the total. */
  async list(
    filter: GlossaryFilter,
    page: { limit: number; offset: number },
  ): Promise<{ total: number; items: GlossaryTerm[] }> {
    let query = this.db.selectFrom('glossary_terms');
    if (filter.sourceLanguage) {
      query = query.where('language_pair', 'like', `${baseLanguage(filter.sourceLanguage)}>%`);
    }
    if (filter.targetLanguage) {
      query = query.where('language_pair', 'like', `%>${baseLanguage(filter.targetLanguage)}`);
    }
    const text = filter.text ? fold(filter.text).trim() : '';
    if (text)
      query = query.where('search_text', 'like', sql<string>`${containing(text)} escape '\\'`);
    const [counted, rows] = await Promise.all([
      query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst(),
      query
        .selectAll()
        .orderBy('term_key')
        .orderBy('language_pair')
        .orderBy('id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
    ]);
    return { total: Number(counted?.total ?? 0), items: rows.map(termOf) };
  }

  /** Every entry of a language pair (by primary subtags), to check texts against. */
  async ofPair(sourceLanguage: string, targetLanguage: string): Promise<GlossaryTerm[]> {
    const rows = await this.db
      .selectFrom('glossary_terms')
      .selectAll()
      .where('language_pair', '=', languagePairKey(sourceLanguage, targetLanguage))
      .orderBy('term_key')
      .execute();
    return rows.map(termOf);
  }
}
