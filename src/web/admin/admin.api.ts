import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env.ts';
import type { AdminEnv } from './admin-env.ts';
import { articleRoutes } from './articles.routes.ts';
import { authenticate } from './auth.ts';
import { contributorRoutes } from './contributors.routes.ts';
import { mediaRoutes, mediaUploadRoutes } from './media.routes.ts';
import { pageRoutes } from './pages.routes.ts';
import { problem } from './problem.ts';
import { ApiRegistry } from './registry.ts';
import { republicationRoutes } from './republication.routes.ts';
import { sessionRoutes } from './session.routes.ts';
import { siteRoutes } from './sites.routes.ts';
import { taxonomyRoutes } from './taxonomy.routes.ts';
import { tokenRoutes } from './tokens.routes.ts';
import { translationDeskRoutes } from './translation-desk.routes.ts';
import { translationMemoryRoutes } from './translation-memory.routes.ts';
import { userRoutes } from './users.routes.ts';
import { webhookRoutes } from './webhooks.routes.ts';

export const ADMIN_API_BASE = '/api/admin/v1';
/** JSON bodies larger than this are refused (uploads have their own limit). */
const JSON_LIMIT = 2 * 1024 * 1024;

/**
 * The Admin JSON API: what the newsroom, scripts and integrations use. Every route is described
 * in the OpenAPI document at /openapi.json, generated from the schemas that validate it.
 */
export function createAdminApi(): Hono<AppEnv> {
  const app = new Hono<AdminEnv>();
  app.use('*', async (c, next) => {
    // API answers are private and current.
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('*', authenticate());
  const api = new ApiRegistry(app);
  // Uploads answer before the JSON limit below can refuse them: they check their own.
  mediaUploadRoutes(api);
  app.use(
    '*',
    bodyLimit({
      maxSize: JSON_LIMIT,
      onError: (c) => problem(c, 'too-large'),
    }),
  );
  sessionRoutes(api);
  articleRoutes(api);
  republicationRoutes(api);
  siteRoutes(api);
  userRoutes(api);
  taxonomyRoutes(api);
  pageRoutes(api);
  contributorRoutes(api);
  mediaRoutes(api);
  tokenRoutes(api);
  webhookRoutes(api);
  translationDeskRoutes(api);
  translationMemoryRoutes(api);

  app.get('/openapi.json', (c) =>
    c.json(api.openApi({ title: 'Tribune Admin API', version: '1', serverUrl: ADMIN_API_BASE })),
  );
  // A mounted app's notFound handler is never called (the parent's is): a last route answers
  // unknown API paths as JSON rather than with the reader site's HTML 404 page.
  app.all('*', (c) => problem(c, 'not-found'));
  return app as unknown as Hono<AppEnv>;
}
