import { z } from 'zod';
import { id, slug } from './query-params.ts';

/*
 * Cursors are opaque to callers: base64url of a small JSON object naming the last item of the
 * page they follow. Paging by "after this key" instead of by offset keeps a walk stable while
 * articles are published: new ones sort before the cursor and never shift the pages after it.
 */

/** The cursor for the page after `key`. */
export function encodeCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key in a cursor, if it is one of ours and has the shape `shape` expects. */
export function decodeCursor<T>(value: string, shape: z.ZodType<T>): T | null {
  if (!/^[A-Za-z0-9_-]{1,1000}$/.test(value)) return null;
  try {
    const parsed = shape.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A `cursor` query parameter that decodes to `shape`; anything else is an invalid parameter. */
export function cursorParam<T>(shape: z.ZodType<T>) {
  return z
    .string()
    .transform((value, ctx) => {
      const key = decodeCursor(value, shape);
      if (key === null) ctx.addIssue({ code: 'custom', message: 'issue.invalid' });
      return key as T;
    })
    .optional()
    .describe('Where the page starts: the `nextCursor` of the page before; opaque.');
}

/** The key of an article list: where the last article was in "newest first" order. */
export const articleCursor = z.object({ publishedAt: z.iso.datetime(), id });
export type ArticleCursor = z.infer<typeof articleCursor>;

/** The key of a contributor list, sorted by slug. */
export const contributorCursor = z.object({ slug });
export type ContributorCursor = z.infer<typeof contributorCursor>;
