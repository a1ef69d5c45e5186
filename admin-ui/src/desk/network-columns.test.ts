import { describe, expect, it } from 'vitest';
import type { NetworkEdition, StoryCoverage } from './desk-types.ts';
import { coverageColumns, stateIn } from './network-columns.ts';
import { notReady } from './statement.ts';

const editions: NetworkEdition[] = [
  { id: 'ny', slug: 'en', name: 'Meridian', language: 'en-US', sections: [] },
  { id: 'berlin', slug: 'de', name: 'Meridian Deutschland', language: 'de', sections: [] },
];

const story: StoryCoverage = {
  storyId: 's1',
  original: {
    articleId: 'a1',
    siteId: 'berlin',
    language: 'de',
    headline: 'Mieten',
    publishedAt: '2026-03-01T10:00:00.000Z',
  },
  editions: [
    { siteId: 'ny', language: 'en-US', state: 'task-open', articleId: null, taskId: 't1' },
    { siteId: 'berlin', language: 'de', state: 'original', articleId: 'a1', taskId: null },
    { siteId: 'berlin', language: 'tr', state: 'task-claimed', articleId: null, taskId: 't2' },
  ],
  publishedCount: 1,
};

describe('the network view’s columns', () => {
  it('are the editions in directory order, then other languages a story reached', () => {
    expect(
      coverageColumns(editions, [story]).map((column) => [
        column.name,
        column.language,
        column.extra,
      ]),
    ).toEqual([
      ['Meridian', 'en-US', false],
      ['Meridian Deutschland', 'de', false],
      ['Meridian Deutschland', 'tr', true],
    ]);
  });

  it('say "none" where the view says nothing of an edition', () => {
    const columns = coverageColumns(editions, [story]);
    expect(stateIn(story, columns[2] as (typeof columns)[number]).state).toBe('task-claimed');
    const later = { ...story, editions: [] };
    expect(stateIn(later, columns[0] as (typeof columns)[number])).toMatchObject({
      state: 'none',
      taskId: null,
    });
  });
});

describe('a joint statement’s editions that are not ready', () => {
  it('are named with their language; declined ones are not waited for', () => {
    const names: Record<string, string> = {
      ny: 'Meridian',
      rio: 'Meridiano Brasil',
      paris: 'Méridien',
    };
    expect(
      notReady(
        {
          editions: [
            {
              siteId: 'ny',
              language: 'en-US',
              taskId: 'a',
              status: 'approved',
              ready: true,
              articleId: 'x',
            },
            {
              siteId: 'rio',
              language: 'pt-BR',
              taskId: 'b',
              status: 'claimed',
              ready: false,
              articleId: 'y',
            },
            {
              siteId: 'paris',
              language: 'fr',
              taskId: 'c',
              status: 'declined',
              ready: false,
              articleId: null,
            },
          ],
        } as never,
        (id) => names[id] ?? id,
      ),
    ).toEqual(['Meridiano Brasil (pt-BR)']);
  });
});
