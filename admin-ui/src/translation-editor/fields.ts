import type { Article } from '../api/types.ts';
import { type ArticleFields, EMPTY_FIELDS, sameBody } from '../editor/article-fields.ts';
import { savedBody } from './rows.ts';
import type { SourceSnapshot, TaskDetail, TranslationFields } from './types.ts';

/** The translation's text fields besides the body, in the order the editor shows them. */
export const TEXT_FIELDS = [
  'kicker',
  'headline',
  'dek',
  'socialTitle',
  'socialDescription',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const NO_FIELDS: TranslationFields = {
  kicker: '',
  headline: '',
  dek: '',
  body: [],
  socialTitle: '',
  socialDescription: '',
};

/** The translation being worked on (the working copy in an update), as the detail gives it. */
export function translationOf(detail: TaskDetail): TranslationFields {
  const found = detail.translation;
  if (!found) return NO_FIELDS;
  return {
    kicker: found.kicker ?? '',
    headline: found.headline ?? '',
    dek: found.dek ?? '',
    body: found.body ?? [],
    socialTitle: found.socialTitle ?? '',
    socialDescription: found.socialDescription ?? '',
  };
}

/** The source the translator works from: the working copy's revision in an update. */
export function sourceOf(detail: TaskDetail): SourceSnapshot | null {
  return detail.source.working ?? detail.source.pinned;
}

/** What a save sends (the server trims texts and does not keep empty blocks). */
export function payloadOf(fields: TranslationFields): TranslationFields {
  return {
    kicker: fields.kicker.trim(),
    headline: fields.headline.trim(),
    dek: fields.dek.trim(),
    body: savedBody(fields.body),
    socialTitle: fields.socialTitle.trim(),
    socialDescription: fields.socialDescription.trim(),
  };
}

/** Whether two versions would save the same. */
export function sameTranslation(a: TranslationFields, b: TranslationFields): boolean {
  const left = payloadOf(a);
  const right = payloadOf(b);
  return TEXT_FIELDS.every((name) => left[name] === right[name]) && sameBody(left.body, right.body);
}

/** The translation as an article's fields (for the merge dialog the article editor has). */
export function asArticleFields(fields: TranslationFields, around: Article | null): ArticleFields {
  const base: ArticleFields = around
    ? { ...EMPTY_FIELDS, slug: around.slug, credits: around.credits, tagIds: around.tagIds }
    : EMPTY_FIELDS;
  return { ...base, ...payloadOf(fields) };
}

/** The translation fields of an article's fields (after a merge). */
export function fromArticleFields(fields: ArticleFields): TranslationFields {
  return {
    kicker: fields.kicker,
    headline: fields.headline,
    dek: fields.dek,
    body: fields.body,
    socialTitle: fields.socialTitle,
    socialDescription: fields.socialDescription,
  };
}
