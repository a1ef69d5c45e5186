/** The network's glossary: agreed translations of terms, per language pair. */
export interface GlossaryTermsTable {
  id: string;
  /** 'es>en' (language-pair.ts) */
  language_pair: string;
  /** BCP 47: a bare language ('es') or a regional variant ('es-AR') for terms of one region. */
  source_language: string;
  target_language: string;
  source_term: string;
  /** The agreed translation; the source term itself when it must not be translated. */
  target_term: string;
  note: string;
  /** The source term folded (glossary.ts): one entry per term and language pair. */
  term_key: string;
  /** Source term, translation and note folded, for the newsroom's filter. */
  search_text: string;
  case_sensitive: number;
  do_not_translate: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
