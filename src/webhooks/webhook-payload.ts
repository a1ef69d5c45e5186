import type { Article, ArticleStatus } from '../articles/article.ts';
import { type Site, siteHomeUrl } from '../sites/site.ts';
import type { TranslationTaskRef } from '../translations/translation.events.ts';
import type { DeliveredEvent } from './webhook.ts';

/** An article as deliveries describe it: enough to fetch or link it, nothing unpublished. */
export interface ArticleData {
  id: string;
  slug: string;
  headline: string;
  language: string;
  /** Its address on its edition. */
  url: string;
  status: ArticleStatus;
  publishedAt: string | null;
  updatedAt: string;
}

/** The JSON body of every delivery. */
export interface WebhookBody {
  /** The event's id: the same in every endpoint's delivery of it. */
  id: string;
  event: DeliveredEvent;
  createdAt: string;
  /** The edition whose endpoint receives it. */
  site: { id: string; slug: string };
  data: Record<string, unknown>;
}

/** An article's fields for a delivery; `site` is its own edition. */
export function articleData(
  article: Article,
  site: Pick<Site, 'host' | 'basePath'>,
  publicUrl: string,
): ArticleData {
  return {
    id: article.id,
    slug: article.slug,
    headline: article.headline,
    language: article.language,
    url: `${siteHomeUrl(site, publicUrl)}${article.slug}`,
    status: article.status,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
  };
}

/** The data of a translation event: the task and both articles (the translation once it exists). */
export function translationData(
  task: TranslationTaskRef,
  sourceArticle: ArticleData,
  targetArticle: ArticleData | null,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    task: {
      id: task.id,
      targetSiteId: task.targetSiteId,
      targetLanguage: task.targetLanguage,
    },
    sourceArticle,
    targetArticle,
    ...extra,
  };
}
