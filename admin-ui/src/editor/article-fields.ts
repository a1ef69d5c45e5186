import type { Article, Block, Credit } from '../api/types.ts';
import { blockContent } from './block-conversion.ts';

/** What an editor changes in an article: everything a save sends. */
export interface ArticleFields {
  kicker: string;
  headline: string;
  dek: string;
  slug: string;
  body: Block[];
  leadMediaId: string | null;
  sectionId: string | null;
  seriesId: string | null;
  seriesPosition: number | null;
  tagIds: string[];
  credits: Credit[];
  socialTitle: string;
  socialDescription: string;
}

export type FieldName = keyof ArticleFields;

/** The fields in the order the editor shows them (and the merge dialog lists them). */
export const FIELD_NAMES: FieldName[] = [
  'kicker',
  'headline',
  'dek',
  'slug',
  'credits',
  'sectionId',
  'tagIds',
  'seriesId',
  'seriesPosition',
  'leadMediaId',
  'socialTitle',
  'socialDescription',
  'body',
];

export const EMPTY_FIELDS: ArticleFields = {
  kicker: '',
  headline: '',
  dek: '',
  slug: '',
  body: [],
  leadMediaId: null,
  sectionId: null,
  seriesId: null,
  seriesPosition: null,
  tagIds: [],
  credits: [],
  socialTitle: '',
  socialDescription: '',
};

/** The editable fields of a saved article. */
export function fieldsOf(article: Article): ArticleFields {
  return {
    kicker: article.kicker,
    headline: article.headline,
    dek: article.dek,
    slug: article.slug,
    body: article.body,
    leadMediaId: article.leadMediaId,
    sectionId: article.sectionId,
    seriesId: article.seriesId,
    seriesPosition: article.seriesPosition,
    tagIds: article.tagIds,
    credits: article.credits,
    socialTitle: article.socialTitle,
    socialDescription: article.socialDescription,
  };
}

/** Two bodies are the same when they hold the same blocks, with the same ids, in order. */
export function sameBody(a: Block[], b: Block[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((block, index) => {
    const other = b[index] as Block;
    return (
      block === other || (block.id === other.id && blockContent(block) === blockContent(other))
    );
  });
}

/** Whether one field has the same value in both. */
export function sameField<K extends FieldName>(
  name: K,
  a: ArticleFields,
  b: ArticleFields,
): boolean {
  if (name === 'body') return sameBody(a.body, b.body);
  return JSON.stringify(a[name]) === JSON.stringify(b[name]);
}

/** Whether two versions of the fields are the same. */
export function sameFields(a: ArticleFields, b: ArticleFields): boolean {
  return FIELD_NAMES.every((name) => sameField(name, a, b));
}

/** The body of a save or a create: the fields, an empty slug left for the server to make. */
export function payloadOf(fields: ArticleFields): Partial<ArticleFields> {
  const { slug, ...rest } = fields;
  return slug.trim() ? { ...rest, slug: slug.trim() } : rest;
}
