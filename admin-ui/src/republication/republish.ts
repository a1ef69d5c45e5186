import { ApiError, api } from '../api/client.ts';
import type { Article } from '../api/types.ts';

/** The edition's version of the story already there, as a refused republication names it (409). */
export interface Existing {
  id: string;
  siteId: string;
  headline: string;
}

/** Why a republication was refused, in the user's language, and the version in the way. */
export interface Refusal {
  message: string;
  existing: Existing | null;
}

/** Copies a published sister article to an edition in its language: a draft, or published. */
export function republishArticle(
  articleId: string,
  siteId: string,
  publish: boolean,
): Promise<Article> {
  return api<Article>('POST', `/articles/${articleId}/republish`, { siteId, publish });
}

/** What to tell the user of a failed republication; `unreachable` when no answer came. */
export function refusalOf(failure: unknown, unreachable: string): Refusal {
  if (!(failure instanceof ApiError)) return { message: unreachable, existing: null };
  const existing = failure.details.existing as Existing | undefined;
  return { message: failure.message, existing: existing ?? null };
}

/** The newsroom address of an article. */
export function articlePath(article: { siteId: string; id: string }): string {
  return `/sites/${article.siteId}/articles/${article.id}`;
}
