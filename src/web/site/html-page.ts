import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../env.ts';
import { withBody } from '../middleware/page-cache.ts';

/**
 * Answers with a rendered reader page. Reader components render to text at once
 * (jsx/jsx-runtime.ts); the page cache takes that text as it is.
 */
export function htmlPage(
  c: Context<AppEnv>,
  page: JSX.Element,
  status?: ContentfulStatusCode,
): Response {
  if (page instanceof Promise) throw new Error('A reader page rendered asynchronously.');
  const body = String(page);
  return withBody(c.html(body, status), body);
}
