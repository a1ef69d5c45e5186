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
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => JSON_ESCAPES[char] ?? char,
  );
  return raw(`<script type="application/ld+json">${json}</script>`) as HtmlEscapedString;
}

const JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};
