import { getPath as defaultGetPath } from 'hono/utils/url';
import type { SiteDirectory } from '../sites/site-directory.ts';
import type { SiteMatch } from '../sites/site-router.ts';

/** Paths the network answers on every host, before any edition is looked up. */
const NETWORK_PATHS = [
  '/healthz',
  '/favicon.ico',
  '/robots.txt',
  '/api/',
  '/newsroom',
  '/assets/',
  '/media/',
  '/.well-known/',
];

/** Internal route prefixes the router rewrites requests to; never reachable from outside. */
export const EDITION_ROUTES = '/~edition';
export const NETWORK_ROUTES = '/~network';

const matches = new WeakMap<Request, SiteMatch>();

/**
 * Hono's `getPath`: serves editions by host and by path prefix from one route table. A request
 * for an edition is routed as `/~edition/<path below its base>`; one for the shared origin as
 * `/~network/<path>`; network paths (/healthz, /api/…) as they are. The match is kept for the
 * request so handlers can read the edition without resolving it again.
 */
export function editionGetPath(directory: SiteDirectory) {
  return (request: Request): string => {
    const path = defaultGetPath(request);
    if (
      NETWORK_PATHS.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix))
    ) {
      return path;
    }
    const match = directory.router().resolve(request.headers.get('host') ?? '', path);
    matches.set(request, match);
    // Sub-apps' '/' is their prefix itself: '/~edition', not '/~edition/'.
    switch (match.kind) {
      case 'edition':
        return match.path === '/' ? EDITION_ROUTES : `${EDITION_ROUTES}${match.path}`;
      case 'network':
        return match.path === '/' ? NETWORK_ROUTES : `${NETWORK_ROUTES}${match.path}`;
      case 'none':
      case 'unknown-host':
        return `${NETWORK_ROUTES}/~none${path}`;
    }
  };
}

/** The edition match `editionGetPath` found for this request. */
export function matchOf(request: Request): SiteMatch | undefined {
  return matches.get(request);
}
