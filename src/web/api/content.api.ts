import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AppContext } from '../../context.ts';
import type { AppEnv } from '../env.ts';
import { PageCache, pageCacheMiddleware } from '../middleware/page-cache.ts';
import { articleRoutes } from './articles.routes.ts';
import { ContentApiRegistry } from './content-registry.ts';
import { contributorRoutes } from './contributors.routes.ts';
import { editionRoutes } from './editions.routes.ts';
import { problemJson } from './problem-json.ts';
import { contentJson } from './responses.ts';
import { searchRoutes } from './search.routes.ts';

export const CONTENT_API_BASE = '/api/content/v1';

const DESCRIPTION =
  'The published content of every edition of the network, read-only and public: articles ' +
  'with their credits, origins and translations, editions and their sections, contributors, ' +
  'and search. Only published articles are ever visible. Answers carry an ETag (send ' +
  'If-None-Match for a 304) and may be kept for a minute; any origin may call it (CORS).';

/**
 * The public Content API: JSON for other sites, apps and scripts. Every route is described in
 * the OpenAPI document at /openapi.json, generated from the schemas that validate it.
 */
export function createContentApi(ctx: AppContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Public and without credentials: any page may read it.
  app.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      allowHeaders: ['If-None-Match'],
      exposeHeaders: ['ETag'],
      maxAge: 86_400,
    }),
  );
  // The same treatment as reader pages: kept in memory until the next domain event, with
  // ETags, 304s and gzip (ADR 0006).
  const cache = new PageCache(ctx.events, ctx.config.pageCacheSeconds * 1000);
  app.use('*', pageCacheMiddleware(cache, 'application/json'));

  const api = new ContentApiRegistry(app);
  articleRoutes(api);
  editionRoutes(api);
  contributorRoutes(api);
  searchRoutes(api);
  const document = api.openApi({
    title: 'Tribune Content API',
    version: '1',
    description: DESCRIPTION,
    serverUrl: CONTENT_API_BASE,
  });
  app.get('/openapi.json', (c) => contentJson(c, document));

  // Last, so it answers only what no route did (a sub-app's notFound would never be asked).
  app.all('*', (c) =>
    problemJson(c, ['GET', 'HEAD'].includes(c.req.method) ? 'not-found' : 'method-not-allowed'),
  );
  app.onError((error, c) => {
    ctx.logger.error('content api request failed', { url: c.req.url, error });
    return problemJson(c, 'server-error');
  });
  return app;
}
