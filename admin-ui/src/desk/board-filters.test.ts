import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  boardQuery,
  filtersFromQuery,
  isOverdue,
  localToday,
  NO_FILTERS,
  queryOfFilters,
  withFilter,
} from './board-filters.ts';

describe('the desk’s filters in the address', () => {
  it('read back what they wrote, so a shared link shows the same view', () => {
    const filters = {
      language: 'tr',
      sourceSiteId: 'site-lima',
      sectionId: 'sec-intl',
      priority: 'urgent' as const,
      dueBefore: '2026-12-01',
      mine: true,
    };
    const query = queryOfFilters(filters);
    expect(query).toBe(
      '?language=tr&sourceSiteId=site-lima&sectionId=sec-intl&priority=urgent&dueBefore=2026-12-01&mine=1',
    );
    expect(filtersFromQuery(new URLSearchParams(query.slice(1)))).toEqual(filters);
  });

  it('say nothing when nothing is filtered', () => {
    expect(queryOfFilters(NO_FILTERS)).toBe('');
    expect(filtersFromQuery(new URLSearchParams(''))).toEqual(NO_FILTERS);
    expect(activeFilters(NO_FILTERS)).toBe(0);
  });

  it('drop what an address gets wrong instead of sending it to the API', () => {
    const filters = filtersFromQuery(
      new URLSearchParams(
        'priority=soon&dueBefore=2026-13-45&language=not a tag&mine=yes&sourceSiteId=a/b',
      ),
    );
    expect(filters).toEqual(NO_FILTERS);
  });

  it('ask the API for the signed-in user’s tasks when “assigned to me” is ticked', () => {
    expect(boardQuery({ ...NO_FILTERS, mine: true, priority: 'high' }, 'user-7')).toEqual({
      assigneeId: 'user-7',
      priority: 'high',
    });
    expect(boardQuery(NO_FILTERS, 'user-7')).toEqual({});
    expect(activeFilters({ ...NO_FILTERS, mine: true, priority: 'high' })).toBe(2);
  });

  it('forget a section of the source edition left behind', () => {
    const sections = (siteId: string) => (siteId === 'lima' ? ['lima-intl'] : ['ba-intl']);
    const chosen = { ...NO_FILTERS, sourceSiteId: 'lima', sectionId: 'lima-intl' };
    expect(withFilter(chosen, { sourceSiteId: 'ba' }, sections).sectionId).toBe('');
    expect(withFilter(chosen, { priority: 'low' }, sections).sectionId).toBe('lima-intl');
    // Any source edition: the section names its edition by itself.
    expect(withFilter(chosen, { sourceSiteId: '' }, sections).sectionId).toBe('lima-intl');
  });
});

describe('due dates', () => {
  it('are late the day after they fall, not on the day', () => {
    expect(isOverdue('2026-03-09', '2026-03-10')).toBe(true);
    expect(isOverdue('2026-03-10', '2026-03-10')).toBe(false);
    expect(isOverdue(null, '2026-03-10')).toBe(false);
  });

  it('count from the user’s own calendar day', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
