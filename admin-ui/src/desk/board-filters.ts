import { PRIORITIES, type Priority } from './desk-types.ts';

/*
 * The desk's filters live in the address ('#/sites/x/desk?priority=urgent&mine=1'), so a link
 * shares the view and Back returns to it. Anything unknown or malformed in an address is
 * dropped rather than sent to the API.
 */

export interface BoardFilters {
  /** The target language (an edition may translate into more than one). */
  language: string;
  sourceSiteId: string;
  /** A section of the source edition. */
  sectionId: string;
  priority: Priority | '';
  /** 'YYYY-MM-DD': due on or before. */
  dueBefore: string;
  /** Only the tasks assigned to the signed-in user. */
  mine: boolean;
}

export const NO_FILTERS: BoardFilters = {
  language: '',
  sourceSiteId: '',
  sectionId: '',
  priority: '',
  dueBefore: '',
  mine: false,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const ID = /^[\w-]{1,64}$/;

function valid(value: string | null, pattern: RegExp): string {
  return value && pattern.test(value) ? value : '';
}

/** The filters an address's query names. */
export function filtersFromQuery(params: URLSearchParams): BoardFilters {
  const priority = params.get('priority') ?? '';
  const dueBefore = valid(params.get('dueBefore'), DAY);
  return {
    language: valid(params.get('language'), TAG),
    sourceSiteId: valid(params.get('sourceSiteId'), ID),
    sectionId: valid(params.get('sectionId'), ID),
    priority: (PRIORITIES as readonly string[]).includes(priority) ? (priority as Priority) : '',
    dueBefore: dueBefore && !Number.isNaN(Date.parse(dueBefore)) ? dueBefore : '',
    mine: params.get('mine') === '1',
  };
}

/** The query of an address that names these filters ('' when none is set), in a fixed order. */
export function queryOfFilters(filters: BoardFilters): string {
  const params = new URLSearchParams();
  if (filters.language) params.set('language', filters.language);
  if (filters.sourceSiteId) params.set('sourceSiteId', filters.sourceSiteId);
  if (filters.sectionId) params.set('sectionId', filters.sectionId);
  if (filters.priority) params.set('priority', filters.priority);
  if (filters.dueBefore) params.set('dueBefore', filters.dueBefore);
  if (filters.mine) params.set('mine', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The board's API query for these filters: "mine" is the signed-in user's id. */
export function boardQuery(filters: BoardFilters, userId: string): Record<string, string> {
  const values: Record<string, string> = {};
  if (filters.language) values.language = filters.language;
  if (filters.sourceSiteId) values.sourceSiteId = filters.sourceSiteId;
  if (filters.sectionId) values.sectionId = filters.sectionId;
  if (filters.priority) values.priority = filters.priority;
  if (filters.dueBefore) values.dueBefore = filters.dueBefore;
  if (filters.mine) values.assigneeId = userId;
  return values;
}

/** How many filters are set. */
export function activeFilters(filters: BoardFilters): number {
  return (Object.keys(NO_FILTERS) as (keyof BoardFilters)[]).filter(
    (key) => filters[key] !== NO_FILTERS[key],
  ).length;
}

/** Changing the source edition drops a section that belonged to the one before. */
export function withFilter(
  filters: BoardFilters,
  change: Partial<BoardFilters>,
  sectionsOf: (siteId: string) => string[],
): BoardFilters {
  const next = { ...filters, ...change };
  if (
    change.sourceSiteId !== undefined &&
    next.sectionId &&
    next.sourceSiteId &&
    !sectionsOf(next.sourceSiteId).includes(next.sectionId)
  ) {
    next.sectionId = '';
  }
  return next;
}

/** Today's date where the user is, 'YYYY-MM-DD' (due dates are days, not moments). */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Whether a task due on `dueOn` is late on `today` (both 'YYYY-MM-DD'). */
export function isOverdue(dueOn: string | null, today: string): boolean {
  return dueOn !== null && dueOn < today;
}
