import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { ArticlePageView } from '../articles/article-page.view.ts';
import { TaxonomyRepository } from '../taxonomy/taxonomy.repository.ts';
import { can } from '../users/permissions.ts';
import { SESSION_COOKIE } from './admin/auth.ts';
import type { AppEnv } from './env.ts';
import { notFoundPage } from './errors.tsx';
import { ArticlePageView as ArticlePage } from './site/pages/article.page.tsx';
import { createReader } from './site/reader.ts';

/** Where `npm run build` puts the newsroom app. */
export const NEWSROOM_DIST = join(import.meta.dirname, '..', '..', 'admin-ui', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

async function file(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch {
    return null;
  }
}

/**
 * The newsroom app at /newsroom/ (its built files; hashed assets are cached forever), and the
 * preview of any article at /newsroom/preview/<id>: exactly the reader page, for signed-in staff.
 */
export function newsroomRoutes(distFolder = NEWSROOM_DIST): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/newsroom', (c) => c.redirect('/newsroom/', 301))
    .get('/newsroom/preview/:id', async (c) => {
      const { ctx } = c.var;
      const token = getCookie(c, SESSION_COOKIE);
      const session = token ? await ctx.sessions.resolve(token) : null;
      if (!session) return c.redirect('/newsroom/', 302);
      const page = await new ArticlePageView(ctx.db).preview(c.req.param('id'));
      const site = page && ctx.siteDirectory.get(page.siteId);
      const actor = await ctx.sessions.actorFor(session.user);
      if (!page || !site || !can(actor, 'article.read', { siteId: site.id }))
        return notFoundPage(c);
      const reader = createReader(site, {
        publicUrl: ctx.config.publicUrl,
        sites: ctx.siteDirectory.list(),
        sections: await new TaxonomyRepository(ctx.db).sections(site.id),
        assets: c.var.assets.urls,
      });
      c.header('Cache-Control', 'no-store');
      c.header('X-Robots-Tag', 'noindex');
      return c.html(<ArticlePage reader={reader} page={page} />);
    })
    .get('/newsroom/assets/:file', async (c) => {
      const name = normalize(c.req.param('file'));
      if (name.includes('/') || name.startsWith('.')) return c.text('Not found', 404);
      const body = await file(join(distFolder, 'assets', name));
      if (!body) return c.text('Not found', 404);
      c.header('Content-Type', TYPES[extname(name)] ?? 'application/octet-stream');
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
      return c.body(new Uint8Array(body));
    })
    .get('/newsroom/*', async (c) => {
      const index = await file(join(distFolder, 'index.html'));
      c.header('Cache-Control', 'no-cache');
      if (!index) {
        return c.text(
          'The newsroom app has not been built: run `npm run build` (npm install does it).',
          503,
        );
      }
      return c.html(index.toString('utf8'));
    })
    .all('/newsroom/*', (c) => notFoundPage(c));
}
