import { query } from '../api/client.ts';
import {
  contentApi,
  type NetworkEdition,
  type PublishedArticle,
  type SearchHit,
} from './content-api.ts';

/** How many sister articles a page of the picker shows. */
export const PAGE_SIZE = 20;

/** One article the picker offers: the same whether it came from the list or a search. */
export interface SisterArticle {
  id: string;
  editionId: string;
  editionName: string;
  language: string;
  url: string;
  headline: string;
  text: string;
  publishedAt: string;
  byline: string;
  /** The edition's own version of the story, when the list says it has one. */
  hereId: string | null;
}

/** A page of sister articles, and how to ask for the next. */
export interface SisterPage {
  items: SisterArticle[];
  /** The next page's cursor (list) or number (search); null on the last. */
  next: string | null;
  /** How many match in all, when the answer says (searches do). */
  total: number | null;
}

/**
 * The published articles of the given sister editions, newest first, or those matching `text`
 * best first; `after` continues from an earlier page.
 */
export async function sisterArticles(options: {
  editions: NetworkEdition[];
  siteId: string;
  text: string;
  after: string | null;
  language: string;
}): Promise<SisterPage> {
  const edition = options.editions.map((found) => found.slug).join(',');
  const text = options.text.trim();
  if (text) {
    const answer = await contentApi<{ total: number; page: number; results: SearchHit[] }>(
      `/search${query({ q: text, edition, limit: PAGE_SIZE, page: options.after ?? undefined })}`,
      options.language,
    );
    const more = answer.page * PAGE_SIZE < answer.total;
    return {
      items: answer.results.map((hit) => ({
        id: hit.id,
        editionId: hit.edition.id,
        editionName: hit.edition.name,
        language: hit.language,
        url: hit.url,
        headline: hit.headline.text,
        text: hit.excerpt.text,
        publishedAt: hit.publishedAt,
        byline: hit.contributors,
        hereId: null,
      })),
      next: more ? String(answer.page + 1) : null,
      total: answer.total,
    };
  }
  const answer = await contentApi<{
    items: (PublishedArticle & { credits: { name: string; role: string }[] })[];
    nextCursor: string | null;
  }>(
    `/articles${query({ edition, limit: PAGE_SIZE, cursor: options.after ?? undefined })}`,
    options.language,
  );
  return {
    items: answer.items.map((article) => ({
      id: article.id,
      editionId: article.edition.id,
      editionName: article.edition.name,
      language: article.language,
      url: article.url,
      headline: article.headline,
      text: article.dek,
      publishedAt: article.publishedAt,
      byline: article.credits
        .filter((credit) => credit.role === 'author')
        .map((credit) => credit.name)
        .join(', '),
      hereId:
        article.translations.find((version) => version.edition.id === options.siteId)?.id ?? null,
    })),
    next: answer.nextCursor,
    total: null,
  };
}
