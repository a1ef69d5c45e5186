import type { Context } from 'hono';
import { SitemapView } from '../../articles/sitemap.view.ts';
import {
  newsLanguage,
  renderSitemapIndex,
  renderUrlSet,
  type SitemapUrl,
} from '../../feeds/sitemap.ts';
import type { AppEnv } from '../env.ts';
import { etagOf } from '../middleware/page-cache.ts';

/** Articles in the Google News sitemap: the last two days, at most a thousand. */
const NEWS_WINDOW_MS = 2 * 86_400_000;
const NEWS_LIMIT = 1000;

function xml(c: Context<AppEnv>, body: string): Response {
  const etag = etagOf(body);
  const headers = {
    'Content-Type': 'application/xml; charset=utf-8',
    'Cache-Control': 'public, max-age=600',
    ETag: etag,
  };
  if (c.req.header('If-None-Match') === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}

/** GET /sitemap.xml: the edition's sitemap index. */
export async function sitemapIndex(c: Context<AppEnv>): Promise<Response> {
  const { site, urls } = c.var.reader;
  const months = await new SitemapView(c.var.ctx.db).months(site.id);
  return xml(
    c,
    renderSitemapIndex([
      { loc: urls.absolute('/sitemaps/pages.xml'), lastmod: site.updatedAt },
      { loc: urls.absolute('/sitemaps/news.xml') },
      ...months.map((month) => ({
        loc: urls.absolute(`/sitemaps/articles-${month.month}.xml`),
        lastmod: month.lastmod,
      })),
    ]),
  );
}

/** GET /sitemaps/pages.xml: the front page, sections, tags, series, contributors, static pages. */
export async function pagesSitemap(c: Context<AppEnv>): Promise<Response> {
  const { site, urls } = c.var.reader;
  const listings = await new SitemapView(c.var.ctx.db).listings(site.id);
  const entries: SitemapUrl[] = [
    { loc: urls.absolute('/'), lastmod: site.updatedAt },
    ...listings.sections.map((row) => ({
      loc: urls.absolute(`/section/${row.slug}`),
      lastmod: row.updated_at,
    })),
    ...listings.tags.map((row) => ({
      loc: urls.absolute(`/tag/${row.slug}`),
      lastmod: row.updated_at,
    })),
    ...listings.series.map((row) => ({
      loc: urls.absolute(`/series/${row.slug}`),
      lastmod: row.updated_at,
    })),
    ...listings.contributors.map((row) => ({
      loc: urls.absolute(`/contributor/${row.slug}`),
      lastmod: row.updated_at,
    })),
    ...listings.pages.map((row) => ({
      loc: urls.absolute(`/${row.slug}`),
      lastmod: row.updated_at,
    })),
  ];
  return xml(c, renderUrlSet(entries));
}

/** The article entries of a sitemap, each with every language version as an alternate. */
function articleUrls(
  c: Context<AppEnv>,
  articles: Awaited<ReturnType<SitemapView['articles']>>,
  news: boolean,
): SitemapUrl[] {
  const { site, urls, sites } = c.var.reader;
  return articles.map((article) => {
    const self = urls.absolute(`/${article.slug}`);
    const others = article.versions.flatMap((version) => {
      const other = sites.find((candidate) => candidate.id === version.siteId);
      return other
        ? [{ hreflang: version.language, href: urls.absoluteFor(other, `/${version.slug}`) }]
        : [];
    });
    return {
      loc: self,
      lastmod: article.updatedAt,
      ...(others.length
        ? { alternates: [{ hreflang: article.language, href: self }, ...others] }
        : {}),
      ...(news
        ? {
            news: {
              publication: site.name,
              language: newsLanguage(article.language),
              publishedAt: article.publishedAt,
              title: article.headline,
            },
          }
        : {}),
    };
  });
}

/** GET /sitemaps/articles-YYYY-MM.xml: a month's articles. */
export async function monthSitemap(c: Context<AppEnv>, month: string): Promise<Response> {
  const articles = await new SitemapView(c.var.ctx.db).articles(c.var.site.id, { month });
  return articles.length
    ? xml(c, renderUrlSet(articleUrls(c, articles, false)))
    : c.text('Not found', 404);
}

/** GET /sitemaps/news.xml: the Google News sitemap. */
export async function newsSitemap(c: Context<AppEnv>): Promise<Response> {
  const since = new Date(c.var.ctx.clock.now().getTime() - NEWS_WINDOW_MS).toISOString();
  const articles = await new SitemapView(c.var.ctx.db).articles(c.var.site.id, {
    since,
    limit: NEWS_LIMIT,
  });
  return xml(c, renderUrlSet(articleUrls(c, articles, true)));
}
