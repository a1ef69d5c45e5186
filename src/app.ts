import { Hono } from 'hono';
import type { AppContext } from './context.ts';
import { VariantService } from './media/variant.service.ts';
import { ADMIN_API_BASE, createAdminApi } from './web/admin/admin.api.ts';
import { CONTENT_API_BASE, createContentApi } from './web/api/content.api.ts';
import { Assets } from './web/assets.ts';
import type { AppEnv } from './web/env.ts';
import { notFoundPage, serverErrorPage } from './web/errors.tsx';
import { healthRoutes } from './web/health.ts';
import { mediaRoutes } from './web/media.routes.ts';
import { PageCache, pageCacheMiddleware } from './web/middleware/page-cache.ts';
import { networkRoutes } from './web/network/directory.page.tsx';
import { newsroomRoutes } from './web/newsroom.routes.tsx';
import { robotsRoutes } from './web/robots.ts';
import { EDITION_ROUTES, editionGetPath, matchOf, NETWORK_ROUTES } from './web/routing.ts';
import { editionRoutes } from './web/site/edition.routes.tsx';
import { EditionReaders } from './web/site/reader.ts';

/** Builds the HTTP app over a context: every edition, the network and its APIs. */
export function createApp(ctx: AppContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ getPath: editionGetPath(ctx.siteDirectory) });
  const assets = new Assets();
  const readers = new EditionReaders(ctx.siteDirectory, ctx.readerCache);

  app.use('*', async (c, next) => {
    c.set('ctx', ctx);
    c.set('assets', assets);
    c.set('readers', readers);
    await next();
  });

  app.route('/', healthRoutes);
  app.route('/', assets.routes());
  app.route('/', mediaRoutes(new VariantService(ctx.db, ctx.storage)));
  app.route(ADMIN_API_BASE, createAdminApi());
  app.route(CONTENT_API_BASE, createContentApi(ctx));
  app.route('/', newsroomRoutes());
  app.route('/', robotsRoutes);
  const pageCache = new PageCache(ctx.events, ctx.config.pageCacheSeconds * 1000);
  // '/~edition/*' also matches '/~edition' itself, an edition's front page.
  app.use(`${EDITION_ROUTES}/*`, pageCacheMiddleware(pageCache));
  app.use(`${NETWORK_ROUTES}/*`, pageCacheMiddleware(pageCache));
  app.route(EDITION_ROUTES, editionRoutes);
  app.route(NETWORK_ROUTES, networkRoutes);

  app.notFound((c) => {
    const match = matchOf(c.req.raw);
    return match?.kind === 'edition'
      ? notFoundPage(c, match.site.language, `${match.site.basePath}/`)
      : notFoundPage(c);
  });

  app.onError((error, c) => {
    ctx.logger.error('request failed', { method: c.req.method, url: c.req.url, error });
    const match = matchOf(c.req.raw);
    return serverErrorPage(c, match?.kind === 'edition' ? match.site.language : 'en');
  });

  return app;
}
