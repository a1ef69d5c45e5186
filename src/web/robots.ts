import { Hono } from 'hono';
import { siteHomeUrl } from '../sites/site.ts';
import { hostName } from '../sites/site-router.ts';
import type { AppEnv } from './env.ts';

/**
 * GET /robots.txt for whatever host asks: the sitemaps of the editions on that host, and the
 * newsroom and Admin API kept out of search engines.
 */
export const robotsRoutes = new Hono<AppEnv>().get('/robots.txt', (c) => {
  const { ctx } = c.var;
  const host = hostName(c.req.header('host') ?? '');
  const sites = ctx.siteDirectory.list();
  const here = sites.filter((site) => site.host === host);
  const editions = here.length ? here : sites.filter((site) => site.host === '');
  const origin = here.length ? `https://${host}` : ctx.config.publicUrl;
  const lines = [
    'User-agent: *',
    'Disallow: /newsroom/',
    'Disallow: /api/admin/',
    '',
    ...editions.map((site) => `Sitemap: ${siteHomeUrl(site, origin)}sitemap.xml`),
  ];
  c.header('Cache-Control', 'public, max-age=3600');
  return c.text(`${lines.join('\n')}\n`);
});
