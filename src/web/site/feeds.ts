import type { Context } from 'hono';
import { ArticlePageView } from '../../articles/article-page.view.ts';
import type { Teaser } from '../../articles/teaser.view.ts';
import { renderAtom } from '../../feeds/atom.ts';
import type { FeedDocument, FeedItem } from '../../feeds/feed.ts';
import { bodyToFeedHtml, creditLinesHtml } from '../../feeds/feed-html.ts';
import { renderJsonFeed } from '../../feeds/json-feed.ts';
import { renderRss } from '../../feeds/rss.ts';
import { fallbackFormat, variantUrl, variantWidths } from '../../media/variants.ts';
import { creditLines } from '../../translations/credit-lines.ts';
import type { AppEnv } from '../env.ts';
import { etagOf } from '../middleware/page-cache.ts';
import { creditOriginOf } from './components/credits.tsx';
import type { Reader } from './reader.ts';

export const FEED_FORMATS = {
  'rss.xml': { type: 'application/rss+xml; charset=utf-8', render: renderRss },
  'atom.xml': { type: 'application/atom+xml; charset=utf-8', render: renderAtom },
  'feed.json': { type: 'application/feed+json; charset=utf-8', render: renderJsonFeed },
} as const;
export type FeedFile = keyof typeof FEED_FORMATS;

/** Items in a feed. */
export const FEED_SIZE = 20;

/** The feeds of a page (an edition, a section…), by format: paths within the edition. */
export function feedPaths(base: string): Record<'rss' | 'atom' | 'json', string> {
  const prefix = base === '/' ? '' : base;
  return { rss: `${prefix}/rss.xml`, atom: `${prefix}/atom.xml`, json: `${prefix}/feed.json` };
}

/** Builds the feed of a list of teasers: full text and credit lines, or summaries, per edition. */
export async function buildFeed(
  c: Context<AppEnv>,
  scope: { title: string; description: string; path: string },
  teasers: Teaser[],
): Promise<FeedDocument> {
  const reader: Reader = c.var.reader;
  const { site, urls } = reader;
  const full = site.settings.feedContent === 'full';
  const absolute = (href: string) => (/^https?:/.test(href) ? href : urls.absoluteOnHost(href));
  const { ctx } = c.var;
  // Every article of a full-text feed read at once.
  const pages = full
    ? await new ArticlePageView(ctx.db, ctx.readerCache).published(
        teasers.map((teaser) => teaser.id),
      )
    : [];
  const pageById = new Map(pages.map((page) => [page.id, page]));
  const items: FeedItem[] = [];
  for (const teaser of teasers) {
    const page = pageById.get(teaser.id);
    const imageOf = teaser.image;
    let contentHtml: string | null = null;
    if (page) {
      const credits = creditLines(creditOriginOf(reader, page), {
        language: page.language,
        timeZone: site.timezone,
        publishedAt: page.publishedAt,
      });
      contentHtml = [
        bodyToFeedHtml(page.body, {
          images: page.images,
          imageUrl: (image, width) =>
            urls.absoluteOnHost(
              variantUrl(
                image.id,
                nearestWidth(image.width, width),
                fallbackFormat(image.mimeType),
              ),
            ),
          photoCredit: (credit) => reader.t('article.photo', { credit }),
          absolute,
        }),
        creditLinesHtml(credits, absolute),
      ]
        .filter(Boolean)
        .join('\n');
    }
    items.push({
      id: urls.absolute(`/${teaser.slug}`),
      url: urls.absolute(`/${teaser.slug}`),
      title: teaser.headline,
      summary: teaser.dek,
      contentHtml,
      published: teaser.publishedAt,
      updated:
        page?.updatedAt && page.updatedAt > teaser.publishedAt
          ? page.updatedAt
          : teaser.publishedAt,
      authors: teaser.authors.map((author) => ({
        name: author.name,
        url: urls.absolute(`/contributor/${author.slug}`),
      })),
      categories: [teaser.section?.name, teaser.series?.title].filter(
        (name): name is string => !!name,
      ),
      image: imageOf
        ? {
            url: urls.absoluteOnHost(
              variantUrl(
                imageOf.id,
                nearestWidth(imageOf.width, 1280),
                fallbackFormat(imageOf.mimeType),
              ),
            ),
            type: fallbackFormat(imageOf.mimeType) === 'png' ? 'image/png' : 'image/jpeg',
            width: nearestWidth(imageOf.width, 1280),
            height: Math.round(
              (imageOf.height * nearestWidth(imageOf.width, 1280)) / imageOf.width,
            ),
          }
        : null,
    });
  }
  const paths = feedPaths(scope.path);
  // ISO timestamps sort as text: the last is the latest change.
  const updated =
    [site.updatedAt, ...items.map((item) => item.updated)].sort().at(-1) ?? site.updatedAt;
  return {
    title: scope.title,
    description: scope.description,
    language: site.language,
    homeUrl: urls.absolute(scope.path),
    urls: {
      rss: urls.absolute(paths.rss),
      atom: urls.absolute(paths.atom),
      json: urls.absolute(paths.json),
    },
    id: urls.absolute(scope.path),
    updated,
    icon: urls.absoluteOnHost(reader.assets.favicon),
    publisher: site.name,
    items,
  };
}

/** The widest offered width not above `wanted` (or the smallest there is). */
export function nearestWidth(original: number, wanted: number): number {
  const widths = variantWidths(original);
  return widths.filter((width) => width <= wanted).at(-1) ?? widths[0] ?? original;
}

/** Answers a feed with its ETag and Last-Modified; 304 when the reader already has it. */
export function feedResponse(c: Context<AppEnv>, feed: FeedDocument, file: FeedFile): Response {
  const format = FEED_FORMATS[file];
  const body = format.render(feed);
  const etag = etagOf(body);
  const lastModified = new Date(feed.updated).toUTCString();
  const headers = {
    'Content-Type': format.type,
    ETag: etag,
    'Last-Modified': lastModified,
    'Cache-Control': 'public, max-age=300',
  };
  const ifNoneMatch = c.req.header('If-None-Match');
  const ifModifiedSince = c.req.header('If-Modified-Since');
  const notModified = ifNoneMatch
    ? ifNoneMatch
        .split(',')
        .some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''))
    : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= Date.parse(lastModified);
  if (notModified) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
