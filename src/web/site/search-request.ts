import type { SearchFilters } from '../../search/search-index.ts';
import type { ContributorChoice } from '../../search/search-page.view.ts';
import type { Section } from '../../taxonomy/taxonomy.ts';

/** What a reader asked the search page, as typed (to fill the form back in). */
export interface SearchForm {
  q: string;
  scope: 'edition' | 'network';
  lang: string;
  section: string;
  contributor: string;
  from: string;
  to: string;
}

/** A filter the page could not use, and why; the search runs without it. */
export interface FilterProblem {
  field: 'lang' | 'section' | 'contributor' | 'from' | 'to';
  kind: 'badDate' | 'badRange' | 'unknown';
  /** What was typed, for the message (a date field cannot show a value that is not a date). */
  value?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Reads `?q=…&scope=…` leniently: anything unusable is reported and left out, never an error. */
export function readSearchForm(query: (name: string) => string | undefined): SearchForm {
  const text = (name: string, max: number) => (query(name) ?? '').trim().slice(0, max);
  return {
    q: (query('q') ?? '').slice(0, 10_000),
    scope: query('scope') === 'network' ? 'network' : 'edition',
    lang: text('lang', 35),
    section: text('section', 200),
    contributor: text('contributor', 200),
    from: text('from', 10),
    to: text('to', 10),
  };
}

/** The page number of `?page=N`: 1 when absent or not a page number. */
export function readPage(value: string | undefined): number {
  return value && /^[1-9]\d{0,3}$/.test(value) ? Number(value) : 1;
}

/** The index filters of a form, given the edition's choices, and the filters it had to drop. */
export function searchFilters(
  form: SearchForm,
  choices: {
    siteId: string;
    languages: string[];
    sections: Section[];
    contributors: ContributorChoice[];
  },
): { filters: SearchFilters; problems: FilterProblem[] } {
  const problems: FilterProblem[] = [];
  const filters: SearchFilters = { siteIds: form.scope === 'network' ? null : [choices.siteId] };
  if (form.lang) {
    if (choices.languages.includes(form.lang)) filters.language = form.lang;
    else problems.push({ field: 'lang', kind: 'unknown' });
  }
  if (form.section) {
    const section = choices.sections.find((candidate) => candidate.slug === form.section);
    if (section) filters.sectionId = section.id;
    else problems.push({ field: 'section', kind: 'unknown' });
  }
  if (form.contributor) {
    const contributor = choices.contributors.find(
      (candidate) => candidate.slug === form.contributor,
    );
    if (contributor) filters.contributorId = contributor.id;
    else problems.push({ field: 'contributor', kind: 'unknown' });
  }
  const from = form.from && isDate(form.from) ? form.from : undefined;
  const to = form.to && isDate(form.to) ? form.to : undefined;
  if (form.from && !from) problems.push({ field: 'from', kind: 'badDate', value: form.from });
  if (form.to && !to) problems.push({ field: 'to', kind: 'badDate', value: form.to });
  if (from && to && from > to) problems.push({ field: 'from', kind: 'badRange' });
  else {
    if (from) filters.from = from;
    if (to) filters.to = to;
  }
  return { filters, problems };
}

/** The query string of a form for another page of results; empty fields left out. */
export function searchQueryString(form: SearchForm, page: number): string {
  const params = new URLSearchParams();
  params.set('q', form.q);
  if (form.scope === 'network') params.set('scope', 'network');
  for (const name of ['lang', 'section', 'contributor', 'from', 'to'] as const) {
    if (form[name]) params.set(name, form[name]);
  }
  if (page > 1) params.set('page', String(page));
  return params.toString();
}
