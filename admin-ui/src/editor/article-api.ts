import { type ApiError, api } from '../api/client.ts';
import type { Article } from '../api/types.ts';
import { type ArticleFields, fieldsOf } from './article-fields.ts';

/* Small helpers around the article endpoints' answers. */

/** Field messages of a refused save, by the field's path ('headline', 'body.3.url'). */
export type FieldErrors = Record<string, string>;

/** Whether an API answer (a conflict's `current`, say) is an article. */
export function isArticle(value: unknown): value is Article {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Article).id === 'string' &&
    typeof (value as Article).revision === 'number'
  );
}

/** The first message for each field of a refused save. */
export function fieldErrorsOf(error: ApiError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[issue.path || ''] ??= issue.message;
  return errors;
}

/** The fields of an earlier revision, or null when it cannot be read. */
export async function revisionFields(
  articleId: string,
  revision: number,
): Promise<ArticleFields | null> {
  try {
    const found = await api<{ snapshot: Article }>(
      'GET',
      `/articles/${articleId}/revisions/${revision}`,
    );
    return fieldsOf(found.snapshot);
  } catch {
    return null;
  }
}
