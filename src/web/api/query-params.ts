import { z } from 'zod';
import { canonicalLanguageTag } from '../../core/locale.ts';
import { isSlug } from '../../core/slug.ts';

/*
 * Query parameters the Content API's routes share. Each validates what callers type and says
 * what is wrong with a field issue code (core/validation.ts); the same schemas describe the
 * parameters in the OpenAPI document.
 */

/** How many items a page holds. */
export function limitParam(max: number, byDefault: number) {
  return z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .default(byDefault)
    .describe(`How many items per page, 1 to ${max}.`);
}

/** A page number, for the search (which ranks, so it pages by number). */
export const pageParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(500)
  .default(1)
  .describe('The page of results, from 1.');

/** A slug as editions, sections, tags, articles and contributors have them. */
export const slug = z.string().max(200).refine(isSlug, 'issue.slug');

/** An id as we make them (UUIDs); nothing else, no control character, can reach a query. */
export const id = z.string().regex(/^[0-9A-Za-z-]{1,64}$/, 'issue.format');

/** One slug. */
export function slugParam(description: string) {
  return slug.optional().describe(description);
}

/** Edition slugs: a comma list, or the parameter repeated. */
export const editionsParam = z
  .string()
  .max(2000)
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(slug).min(1).max(50))
  .optional()
  .describe('Edition slugs, comma-separated or repeated (edition=en&edition=fr).');

/** A BCP 47 language subtag ('es') or tag ('es-PE'), in canonical case. */
export const languageParam = z
  .string()
  .max(35)
  .transform((value, ctx) => {
    const tag = canonicalLanguageTag(value);
    if (!tag) ctx.addIssue({ code: 'custom', message: 'issue.languageTag' });
    return tag ?? value;
  })
  .optional()
  .describe('A language subtag (es: every Spanish edition) or a whole tag (es-PE).');

const ISO_TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** An ISO 8601 date or timestamp with its offset, as UTC with milliseconds (how we store them). */
export const timestampParam = z
  .string()
  .max(40)
  .transform((value, ctx) => {
    const date = ISO_TIMESTAMP.test(value) ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()) || !sameCalendarDay(value, date)) {
      ctx.addIssue({ code: 'custom', message: 'issue.format' });
      return value;
    }
    return date.toISOString();
  });

/** A calendar day, 'YYYY-MM-DD', that exists. */
export const dateParam = z
  .string()
  .max(10)
  .refine((value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    return sameCalendarDay(value, new Date(`${value}T00:00:00Z`));
  }, 'issue.date');

/** False for dates JavaScript rolls over ('2026-02-31' → March 3): they were never real. */
function sameCalendarDay(value: string, date: Date): boolean {
  if (Number.isNaN(date.getTime())) return false;
  const day = value.slice(0, 10);
  // An offset can move the UTC day, never the month's day count: check the typed day exists.
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return probe.getUTCDate() === dayOfMonth && probe.getUTCMonth() === month - 1;
}
