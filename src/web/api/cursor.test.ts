import { describe, expect, it } from 'vitest';
import { articleCursor, contributorCursor, decodeCursor, encodeCursor } from './cursor.ts';

describe('cursors', () => {
  it('carry the key of the last item to the next page, in URL-safe text', () => {
    const key = {
      publishedAt: '2026-11-20T08:00:00.000Z',
      id: '01a21988-52c4-730f-9595-dd462ffe9886',
    };
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, articleCursor)).toEqual(key);
  });

  it('refuse what is not one of ours, or not of the list asked', () => {
    for (const value of ['', '%%%', 'bm90LWpzb24', '!!', 'a'.repeat(1001)]) {
      expect(decodeCursor(value, articleCursor), value).toBeNull();
    }
    const contributorCursorValue = encodeCursor({ slug: 'ana-quispe' });
    expect(decodeCursor(contributorCursorValue, contributorCursor)).toEqual({ slug: 'ana-quispe' });
    expect(decodeCursor(contributorCursorValue, articleCursor)).toBeNull();
    expect(
      decodeCursor(encodeCursor({ publishedAt: '2026-11-20', id: 'x' }), articleCursor),
    ).toBeNull();
    expect(
      decodeCursor(
        encodeCursor({ publishedAt: '2026-11-20T08:00:00.000Z', id: "1' OR '1'='1" }),
        articleCursor,
      ),
    ).toBeNull();
  });
});
