/** @jsxImportSource #reader-jsx */
import { type Context, Hono } from 'hono';
import { ArticlePageView as ArticleLookupView } from '../../articles/article-page.view.ts';
import { mediaIdsOf } from '../../articles/blocks.ts';
import { HomeView } from '../../articles/home.view.ts';
import { TeaserView } from '../../articles/teaser.view.ts';
import { ContributorPageView } from '../../contributors/contributor-page.view.ts';
import { isSlug } from '../../core/slug.ts';
import { loadImageRefs } from '../../media/media.view.ts';
import { PageRepository } from '../../pages/page.repository.ts';
import { TaxonomyRepository } from '../../taxonomy/taxonomy.repository.ts';
import type { AppEnv } from '../env.ts';
import { pathAndSearch } from '../request-url.ts';
import { matchOf } from '../routing.ts';
import { buildFeed, FEED_SIZE, type FeedFile, feedResponse } from './feeds.ts';
import { htmlPage } from './html-page.ts';
import { ArticlePageView } from './pages/article.page.tsx';
import { ContributorPage } from './pages/contributor.page.tsx';
import { EditionErrorPage } from './pages/error.page.tsx';
import { HomePageView } from './pages/home.page.tsx';
import { ListingPageView } from './pages/listing.page.tsx';
import { StaticPageView } from './pages/static.page.tsx';
import { searchPage } from './search.handler.tsx';
import { monthSitemap, newsSitemap, pagesSitemap, sitemapIndex } from './sitemaps.ts';

/** Articles per page of a section, tag, series or contributor. */
export const PAGE_SIZE = 20;

type EditionContext = Context<AppEnv>;

/** The page number of `?page=N`: 1 when absent, null when it is not a page number. */
function pageNumber(c: EditionContext): number | null {
  const value = c.req.query('page');
  if (value === undefined) return 1;
  return /^[1-9]\d{0,4}$/.test(value) ? Number(value) : null;
}

function notFound(c: EditionContext) {
  return htmlPage(c, <EditionErrorPage reader={c.var.reader} kind="not-found" />, 404);
}

/** One page of a list: its teasers and whether there is a next page, or null past the end. */
async function listPage(
  c: EditionContext,
  query: Omit<Parameters<TeaserView['list']>[0], 'limit' | 'offset' | 'siteId'>,
) {
  const page = pageNumber(c);
  if (page === null) return null;
  const { ctx } = c.var;
  const teasers = await new TeaserView(ctx.db, ctx.readerCache).list({
    siteId: c.var.site.id,
    ...query,
    limit: PAGE_SIZE + 1,
    offset: (page - 1) * PAGE_SIZE,
  });
  if (page > 1 && teasers.length === 0) return null;
  return { page, teasers: teasers.slice(0, PAGE_SIZE), hasNext: teasers.length > PAGE_SIZE };
}

const FEED_FILE = '{(?:(?:rss|atom)\\.xml|feed\\.json)}';

/** One of a page's feeds: the same articles as the page's first page of list. */
async function feed(
  c: EditionContext,
  scope: { title: string; description: string; path: string },
  query: Omit<Parameters<TeaserView['list']>[0], 'limit' | 'offset' | 'siteId'>,
) {
  const { ctx } = c.var;
  const teasers = await new TeaserView(ctx.db, ctx.readerCache).list({
    siteId: c.var.site.id,
    ...query,
    limit: FEED_SIZE,
  });
  const document = await buildFeed(c, scope, teasers);
  return feedResponse(c, document, c.req.param('file') as FeedFile);
}

/** An edition's reader pages, written relative to the edition whatever its address. */
export const editionRoutes = new Hono<AppEnv>()
  .use('*', async (c, next) => {
    const match = matchOf(c.req.raw);
    if (match?.kind !== 'edition') return c.notFound();
    const { site } = match;
    const url = pathAndSearch(c.req.url);
    // '/en' → '/en/': one address per page.
    if (site.basePath && url.pathname === site.basePath)
      return c.redirect(`${site.basePath}/${url.search}`, 301);
    // '/en/article/' → '/en/article'.
    if (url.pathname.length > site.basePath.length + 1 && url.pathname.endsWith('/')) {
      // Leading slashes collapsed: '//evil.example/' must not become a link to another host.
      const path = `/${url.pathname.replace(/^\/+|\/+$/g, '')}`;
      return c.redirect(`${path}${url.search}`, 301);
    }
    const { ctx } = c.var;
    c.set('site', site);
    c.set('reader', await c.var.readers.of(site, ctx.config.publicUrl, c.var.assets.urls));
    await next();
  })
  .get('/', async (c) => {
    const { ctx } = c.var;
    const home = await new HomeView(ctx.db, ctx.readerCache).load(c.var.site.id);
    return htmlPage(c, <HomePageView reader={c.var.reader} home={home} />);
  })
  .get('/sitemap.xml', (c) => sitemapIndex(c))
  .get('/sitemaps/pages.xml', (c) => pagesSitemap(c))
  .get('/sitemaps/news.xml', (c) => newsSitemap(c))
  .get('/sitemaps/:file{articles-[0-9]{4}-[0-9]{2}\\.xml}', (c) =>
    monthSitemap(c, c.req.param('file').slice(9, 16)),
  )
  .get(`/:file${FEED_FILE}`, (c) =>
    feed(c, { title: c.var.site.name, description: c.var.site.tagline, path: '/' }, {}),
  )
  .get(`/section/:slug/:file${FEED_FILE}`, async (c) => {
    const section = await new TaxonomyRepository(c.var.ctx.db).findSection(
      c.var.site.id,
      c.req.param('slug'),
    );
    if (!section) return notFound(c);
    const title = `${section.name} — ${c.var.site.name}`;
    return feed(
      c,
      { title, description: section.description, path: `/section/${section.slug}` },
      { sectionId: section.id },
    );
  })
  .get(`/tag/:slug/:file${FEED_FILE}`, async (c) => {
    const tag = await new TaxonomyRepository(c.var.ctx.db).findTag(
      c.var.site.id,
      c.req.param('slug'),
    );
    if (!tag) return notFound(c);
    const title = `${tag.name} — ${c.var.site.name}`;
    return feed(
      c,
      { title, description: tag.description, path: `/tag/${tag.slug}` },
      { tagId: tag.id },
    );
  })
  .get(`/series/:slug/:file${FEED_FILE}`, async (c) => {
    const series = await new TaxonomyRepository(c.var.ctx.db).findSeries(
      c.var.site.id,
      c.req.param('slug'),
    );
    if (!series) return notFound(c);
    const title = `${series.title} — ${c.var.site.name}`;
    return feed(
      c,
      { title, description: series.description, path: `/series/${series.slug}` },
      { seriesId: series.id },
    );
  })
  .get(`/contributor/:slug/:file${FEED_FILE}`, async (c) => {
    const contributor = await new ContributorPageView(c.var.ctx.db).bySlug(
      c.req.param('slug'),
      c.var.reader.language,
    );
    if (!contributor) return notFound(c);
    const title = `${contributor.name} — ${c.var.site.name}`;
    return feed(
      c,
      { title, description: contributor.title, path: `/contributor/${contributor.slug}` },
      { contributorId: contributor.id },
    );
  })
  .get('/section/:slug', async (c) => {
    const section = await new TaxonomyRepository(c.var.ctx.db).findSection(
      c.var.site.id,
      c.req.param('slug'),
    );
    if (!section) return notFound(c);
    const list = await listPage(c, { sectionId: section.id });
    if (!list) return notFound(c);
    return htmlPage(
      c,
      <ListingPageView
        reader={c.var.reader}
        pageType="section"
        title={section.name}
        description={section.description}
        path={c.var.reader.urls.section(section.slug)}
        current={`section:${section.slug}`}
        {...list}
      />,
    );
  })
  .get('/tag/:slug', async (c) => {
    const tag = await new TaxonomyRepository(c.var.ctx.db).findTag(
      c.var.site.id,
      c.req.param('slug'),
    );
    if (!tag) return notFound(c);
    const list = await listPage(c, { tagId: tag.id });
    if (!list) return notFound(c);
    return htmlPage(
      c,
      <ListingPageView
        reader={c.var.reader}
        pageType="tag"
        title={c.var.reader.t('listing.tag', { name: tag.name })}
        description={tag.description}
        path={c.var.reader.urls.tag(tag.slug)}
        {...list}
      />,
    );
  })
  .get('/series/:slug', async (c) => {
    const series = await new TaxonomyRepository(c.var.ctx.db).findSeries(
      c.var.site.id,
      c.req.param('slug'),
    );
    if (!series) return notFound(c);
    const list = await listPage(c, { seriesId: series.id, seriesOrder: true });
    if (!list) return notFound(c);
    return htmlPage(
      c,
      <ListingPageView
        reader={c.var.reader}
        pageType="series"
        title={c.var.reader.t('listing.series', { title: series.title })}
        description={series.description}
        path={c.var.reader.urls.series(series.slug)}
        {...list}
      />,
    );
  })
  .get('/contributor/:slug', async (c) => {
    const { reader, ctx } = c.var;
    const contributor = await new ContributorPageView(ctx.db).bySlug(
      c.req.param('slug'),
      reader.language,
    );
    if (!contributor) return notFound(c);
    const list = await listPage(c, { contributorId: contributor.id });
    if (!list) return notFound(c);
    return htmlPage(c, <ContributorPage reader={reader} contributor={contributor} {...list} />);
  })
  .get('/search', (c) => searchPage(c))
  .get('/:slug', async (c) => {
    const slug = c.req.param('slug');
    if (!isSlug(slug)) return notFound(c);
    const { reader, ctx, site } = c.var;
    const found = await new ArticleLookupView(ctx.db, ctx.readerCache).bySlug(site.id, slug);
    if (found.kind === 'published')
      return htmlPage(c, <ArticlePageView reader={reader} page={found.page} />);
    if (found.kind === 'gone')
      return htmlPage(c, <EditionErrorPage reader={reader} kind="gone" />, 410);
    const page = await new PageRepository(ctx.db).findBySlug(site.id, slug);
    if (!page?.published) return notFound(c);
    const images = await loadImageRefs(ctx.db, mediaIdsOf(page.body), reader.language);
    return htmlPage(c, <StaticPageView reader={reader} page={page} images={images} />);
  })
  .all('*', (c) => notFound(c));
