import { describe, expect, it } from 'vitest';
import { columnOf, sortCards, type TaskCard } from './desk-board.view.ts';

const card = (overrides: Partial<TaskCard>): TaskCard =>
  ({
    id: 'x',
    status: 'open',
    outdated: false,
    priority: 'normal',
    dueOn: null,
    createdAt: '2026-03-01T00:00:00.000Z',
    publishedAt: null,
    ...overrides,
  }) as TaskCard;

describe('the desk’s columns', () => {
  it('put published translations whose source changed in their own column', () => {
    expect(columnOf({ status: 'published', outdated: true })).toBe('outdated');
    expect(columnOf({ status: 'published', outdated: false })).toBe('published');
    // Work in progress stays in its column; the flag shows on the card.
    expect(columnOf({ status: 'claimed', outdated: true })).toBe('claimed');
    expect(columnOf({ status: 'declined', outdated: false })).toBeNull();
  });

  it('sort work by urgency, then due date (undated last), then age; publications newest first', () => {
    const cards = [
      card({ id: 'old-normal', createdAt: '2026-03-01T00:00:00.000Z' }),
      card({ id: 'new-normal', createdAt: '2026-03-05T00:00:00.000Z' }),
      card({ id: 'urgent-late', priority: 'urgent', dueOn: '2026-03-20' }),
      card({ id: 'urgent-soon', priority: 'urgent', dueOn: '2026-03-11' }),
      card({ id: 'urgent-undated', priority: 'urgent' }),
      card({ id: 'low', priority: 'low', dueOn: '2026-03-11' }),
      card({ id: 'high', priority: 'high' }),
    ];
    expect(sortCards('open', cards).map((c) => c.id)).toEqual([
      'urgent-soon',
      'urgent-late',
      'urgent-undated',
      'high',
      'old-normal',
      'new-normal',
      'low',
    ]);
    const published = [
      card({ id: 'a', publishedAt: '2026-03-01T00:00:00.000Z' }),
      card({ id: 'b', publishedAt: '2026-03-04T00:00:00.000Z' }),
    ];
    expect(sortCards('published', published).map((c) => c.id)).toEqual(['b', 'a']);
  });
});
