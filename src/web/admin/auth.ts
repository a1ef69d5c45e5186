import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AdminEnv } from './admin-env.ts';
import { acceptedLanguage, problem } from './problem.ts';

export const SESSION_COOKIE = 'tribune_session';
export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when the request came over HTTPS, directly or through a proxy that says so. */
function isHttps(c: Context): boolean {
  return c.req.url.startsWith('https:') || c.req.header('X-Forwarded-Proto') === 'https';
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure behind HTTPS. */
export function setSessionCookie(c: Context, token: string, expiresAt: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
}

/**
 * Finds who is calling: a Bearer API token, or the session cookie. A cookie-authenticated
 * request that changes something must carry the session's CSRF token in X-CSRF-Token — a form
 * posted from another site cannot. Unknown or expired credentials count as none; routes that
 * need a user answer 401.
 */
export function authenticate(): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const { ctx } = c.var;
    c.set('language', acceptedLanguage(c.req.header('Accept-Language')));
    const authorization = c.req.header('Authorization');
    if (authorization) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      const user = token ? await ctx.apiTokens.resolve(token) : null;
      if (!user) return problem(c, 'unauthorized');
      c.set('user', user);
      c.set('actor', await ctx.sessions.actorFor(user));
      c.set('authenticatedBy', 'token');
      c.set('csrfToken', null);
      c.set('language', user.locale);
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    const session = cookie ? await ctx.sessions.resolve(cookie) : null;
    if (session) {
      if (!SAFE_METHODS.has(c.req.method) && c.req.header(CSRF_HEADER) !== session.csrfToken) {
        c.set('language', session.user.locale);
        return problem(c, 'csrf');
      }
      c.set('user', session.user);
      c.set('actor', await ctx.sessions.actorFor(session.user));
      c.set('authenticatedBy', 'session');
      c.set('csrfToken', session.csrfToken);
      c.set('language', session.user.locale);
    }
    return next();
  };
}
