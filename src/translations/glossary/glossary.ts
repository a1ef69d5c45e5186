import { z } from 'zod';
import { fold } from '../../search/stemming.ts';
import { knownLanguageTag } from '../language-pair.ts';

/** An agreed translation of a term between two languages, for the whole network. */
export interface GlossaryTerm {
  id: string;
  /** BCP 47: 'es' for every Spanish, or 'es-AR' for a term of one region. */
  sourceLanguage: string;
  targetLanguage: string;
  sourceTerm: string;
  /** The agreed translation; the source term itself when it is not to be translated. */
  targetTerm: string;
  /** Why, or how to use it: shown to translators next to the term. */
  note: string;
  /** Match the term only as written ('Podemos' the party, not 'podemos' the verb). */
  caseSensitive: boolean;
  /** A name or slogan that stays as it is in every language. */
  doNotTranslate: boolean;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The key that makes two entries of a language pair the same term: folded, spaces collapsed. */
export function termKey(term: string): string {
  return fold(term).replace(/\s+/g, ' ').trim();
}

/** A language tag the runtime knows, made canonical; refused with 'issue.languageTag'. */
export const knownLanguage = z
  .string()
  .trim()
  .max(35)
  .refine((value) => knownLanguageTag(value) !== null, 'issue.languageTag')
  .transform((value) => knownLanguageTag(value) ?? value);

const term = z.string().trim().min(1, 'issue.required').max(200);

const termFields = {
  sourceTerm: term,
  targetTerm: z.string().trim().max(200),
  note: z.string().trim().max(1000),
  caseSensitive: z.boolean(),
  doNotTranslate: z.boolean(),
};

/** A glossary entry as the newsroom enters it. */
export const glossaryInputSchema = z
  .object({
    sourceLanguage: knownLanguage,
    targetLanguage: knownLanguage,
    sourceTerm: termFields.sourceTerm,
    targetTerm: termFields.targetTerm.default(''),
    note: termFields.note.default(''),
    caseSensitive: termFields.caseSensitive.default(false),
    doNotTranslate: termFields.doNotTranslate.default(false),
  })
  .strict();
export type GlossaryInput = z.input<typeof glossaryInputSchema>;

/** A change to an entry: any of its fields, the others stay. */
export const glossaryChangesSchema = z
  .object({
    sourceLanguage: knownLanguage.optional(),
    targetLanguage: knownLanguage.optional(),
    sourceTerm: termFields.sourceTerm.optional(),
    targetTerm: termFields.targetTerm.optional(),
    note: termFields.note.optional(),
    caseSensitive: termFields.caseSensitive.optional(),
    doNotTranslate: termFields.doNotTranslate.optional(),
  })
  .strict();
export type GlossaryChanges = z.input<typeof glossaryChangesSchema>;

/** The fields an entry must have once merged with its changes; null when they are consistent. */
export function glossaryIssue(
  entry: Pick<GlossaryTerm, 'sourceLanguage' | 'targetLanguage' | 'targetTerm' | 'doNotTranslate'>,
): { path: string; code: string } | null {
  const base = (tag: string) => tag.split('-')[0]?.toLowerCase();
  if (base(entry.sourceLanguage) === base(entry.targetLanguage)) {
    return { path: 'targetLanguage', code: 'issue.sameLanguage' };
  }
  if (!entry.doNotTranslate && !entry.targetTerm)
    return { path: 'targetTerm', code: 'issue.required' };
  return null;
}
