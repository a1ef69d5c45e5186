import { raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/**
 * The one way to put markup into a page unescaped. Only for inline HTML that went through
 * `sanitizeInline` (core/html.ts) on its way into the database, i.e. block text; everything
 * else is text, which hono/jsx escapes.
 */
export function sanitisedHtml(html: string): HtmlEscapedString {
  return raw(html) as HtmlEscapedString;
}

/**
 * A JSON-LD script element. The JSON is escaped so that no value can close the script element
 * or start markup: '<', '>' and '&' become \u escapes, as do the line separators JavaScript
 * forbids in strings.
 */
export function jsonLdScript(data: unknown): HtmlEscapedString {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return raw(`<script type="application/ld+json">${json}</script>`) as HtmlEscapedString;
}
