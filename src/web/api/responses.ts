import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { withBody } from '../middleware/page-cache.ts';
import { pathAndSearch } from '../request-url.ts';

/** Content API answers: anyone may keep them a minute (the ETag revalidates them after). */
export const CONTENT_CACHE_CONTROL = 'public, max-age=60';

/** A successful answer; the API's middleware adds the ETag and answers If-None-Match. */
export function contentJson(c: Context<AppEnv>, body: unknown): Response {
  // Serialised here, as c.json() would, so the ETag is computed from the text directly.
  const text = JSON.stringify(body);
  return withBody(
    c.body(text, 200, {
      'Content-Type': 'application/json',
      'Cache-Control': CONTENT_CACHE_CONTROL,
    }),
    text,
  );
}

/**
 * The address of the next page: this request's path and parameters with `name` set to
 * `value` (a cursor or a page number); null when there is no next page.
 */
export function nextPageLink(
  c: Context<AppEnv>,
  name: 'cursor' | 'page',
  value: string | null,
): string | null {
  if (value === null) return null;
  const { pathname, search } = pathAndSearch(c.req.url);
  const params = new URLSearchParams(search);
  params.set(name, value);
  return `${pathname}?${params.toString()}`;
}
