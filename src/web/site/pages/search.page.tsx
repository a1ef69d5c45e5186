/** @jsxImportSource #reader-jsx */
import { languageName } from '../../../core/locale.ts';
import type { MessageKey } from '../../../i18n/messages/en.ts';
import type { Highlighted } from '../../../search/highlight.ts';
import type { ContributorChoice } from '../../../search/search-page.view.ts';
import type { Site } from '../../../sites/site.ts';
import { DateText } from '../components/date.tsx';
import { EditionLayout } from '../layout.tsx';
import type { Reader } from '../reader.ts';
import type { FilterProblem, SearchForm } from '../search-request.ts';
import { searchQueryString } from '../search-request.ts';

/** One result as the page shows it. */
export interface SearchHitView {
  href: string;
  site: Site;
  language: string;
  publishedAt: string;
  headline: Highlighted;
  excerpt: Highlighted;
  contributors: string;
}

export interface SearchPageProps {
  reader: Reader;
  form: SearchForm;
  problems: FilterProblem[];
  /** Null when nothing was asked yet. */
  total: number | null;
  hits: SearchHitView[];
  page: number;
  pageSize: number;
  languages: string[];
  contributors: ContributorChoice[];
}

/** Text with its matching words in <mark>. */
function Marked(props: { parts: Highlighted }) {
  return <>{props.parts.map((part) => (part.match ? <mark>{part.text}</mark> : part.text))}</>;
}

const PROBLEM_MESSAGES: Record<FilterProblem['kind'], MessageKey> = {
  badDate: 'search.badDate',
  badRange: 'search.badRange',
  unknown: 'search.unknownFilter',
};

/** The field's message when its value could not be used. */
function Problem(props: {
  reader: Reader;
  problems: FilterProblem[];
  field: FilterProblem['field'];
}) {
  const problem = props.problems.find((candidate) => candidate.field === props.field);
  if (!problem) return null;
  return (
    <p class="field__error" id={`search-${props.field}-error`}>
      {props.reader.t(PROBLEM_MESSAGES[problem.kind], { value: problem.value ?? '' })}
    </p>
  );
}

/** A date field's value: what was typed, unless it is not a date (a date input cannot show that). */
function dateValue(value: string, problems: FilterProblem[], field: 'from' | 'to'): string {
  return problems.some((problem) => problem.field === field && problem.kind === 'badDate')
    ? ''
    : value;
}

function invalid(problems: FilterProblem[], field: FilterProblem['field']) {
  return problems.some((problem) => problem.field === field)
    ? { 'aria-invalid': 'true', 'aria-describedby': `search-${field}-error` }
    : {};
}

/**
 * The search page of an edition: a form that works without JavaScript (the edition or the whole
 * network, a language, a section, a contributor, dates) and ranked results with the matching
 * words marked.
 */
export function SearchPageView(props: SearchPageProps) {
  const { reader, form, problems } = props;
  const { t, urls, site } = reader;
  const asked = props.total !== null;
  const filtersOpen = Boolean(
    form.scope === 'network' ||
      form.lang ||
      form.section ||
      form.contributor ||
      form.from ||
      form.to,
  );
  const title = asked
    ? t('search.titleFor', { query: form.q.trim().slice(0, 100) })
    : t('search.title');
  const lastPage = props.total ? Math.ceil(props.total / props.pageSize) : 1;
  const pageHref = (n: number) => `${urls.path('/search')}?${searchQueryString(form, n)}`;
  return (
    <EditionLayout
      reader={reader}
      pageType="search"
      meta={{ title: `${title} — ${site.name}`, noindex: true }}
    >
      <header class="listing__header">
        <h1>{t('search.title')}</h1>
      </header>
      <search>
        <form class="search-form" action={urls.path('/search')} method="get">
          <p class="search-form__query">
            <label for="search-q">{t('search.label')}</label>
            <input id="search-q" type="search" name="q" value={form.q} maxlength={500} />
            <button type="submit">{t('search.submit')}</button>
          </p>
          <details class="search-form__filters" open={filtersOpen}>
            <summary>{t('search.filters')}</summary>
            <fieldset>
              <legend>{t('search.scope')}</legend>
              <label>
                <input
                  type="radio"
                  name="scope"
                  value="edition"
                  checked={form.scope === 'edition'}
                />{' '}
                {t('search.scopeEdition', { name: site.name })}
              </label>
              <label>
                <input
                  type="radio"
                  name="scope"
                  value="network"
                  checked={form.scope === 'network'}
                />{' '}
                {t('search.scopeNetwork')}
              </label>
            </fieldset>
            <div class="search-form__field">
              <label for="search-lang">{t('search.language')}</label>
              <select id="search-lang" name="lang" {...invalid(problems, 'lang')}>
                <option value="">{t('search.anyLanguage')}</option>
                {props.languages.map((language) => (
                  <option value={language} selected={form.lang === language}>
                    {languageName(language, reader.language)}
                  </option>
                ))}
              </select>
              <Problem reader={reader} problems={problems} field="lang" />
            </div>
            <div class="search-form__field">
              <label for="search-section">{t('search.section')}</label>
              <select id="search-section" name="section" {...invalid(problems, 'section')}>
                <option value="">{t('search.anySection')}</option>
                {reader.sections.map((section) => (
                  <option value={section.slug} selected={form.section === section.slug}>
                    {section.name}
                  </option>
                ))}
              </select>
              <Problem reader={reader} problems={problems} field="section" />
            </div>
            <div class="search-form__field">
              <label for="search-contributor">{t('search.contributor')}</label>
              <select
                id="search-contributor"
                name="contributor"
                {...invalid(problems, 'contributor')}
              >
                <option value="">{t('search.anyContributor')}</option>
                {props.contributors.map((contributor) => (
                  <option value={contributor.slug} selected={form.contributor === contributor.slug}>
                    {contributor.name}
                  </option>
                ))}
              </select>
              <Problem reader={reader} problems={problems} field="contributor" />
            </div>
            <div class="search-form__field">
              <label for="search-from">{t('search.from')}</label>
              <input
                id="search-from"
                type="date"
                name="from"
                value={dateValue(form.from, problems, 'from')}
                {...invalid(problems, 'from')}
              />
              <Problem reader={reader} problems={problems} field="from" />
            </div>
            <div class="search-form__field">
              <label for="search-to">{t('search.to')}</label>
              <input
                id="search-to"
                type="date"
                name="to"
                value={dateValue(form.to, problems, 'to')}
                {...invalid(problems, 'to')}
              />
              <Problem reader={reader} problems={problems} field="to" />
            </div>
          </details>
        </form>
      </search>
      {asked ? (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading" class="search-results__count">
            {props.total === 1
              ? t('search.resultsOne')
              : t('search.resultsMany', { count: props.total ?? 0 })}
          </h2>
          {props.total === 0 ? (
            <p>
              {t('search.none', { query: form.q.trim().slice(0, 100) })} {t('search.noneHint')}
            </p>
          ) : null}
          <ol class="search-results" start={(props.page - 1) * props.pageSize + 1}>
            {props.hits.map((hit) => (
              <li>
                <article lang={hit.language === site.language ? undefined : hit.language}>
                  <h3 class="teaser__title">
                    <a href={hit.href}>
                      <Marked parts={hit.headline} />
                    </a>
                  </h3>
                  <p class="meta">
                    {hit.site.id === site.id ? null : <>{hit.site.name} · </>}
                    <DateText reader={reader} iso={hit.publishedAt} />
                    {hit.contributors ? <> · {hit.contributors}</> : null}
                  </p>
                  <p class="search-results__excerpt">
                    <Marked parts={hit.excerpt} />
                  </p>
                </article>
              </li>
            ))}
          </ol>
          {lastPage > 1 ? (
            <nav class="pagination" aria-label={t('pagination.label')}>
              {props.page > 1 ? (
                <a href={pageHref(props.page - 1)} rel="prev">
                  {t('search.previous')}
                </a>
              ) : null}
              <span aria-current="page">
                {t('search.pageOf', { page: props.page, pages: lastPage })}
              </span>
              {props.page < lastPage ? (
                <a href={pageHref(props.page + 1)} rel="next">
                  {t('search.next')}
                </a>
              ) : null}
            </nav>
          ) : null}
        </section>
      ) : (
        <p>{t('search.prompt')}</p>
      )}
    </EditionLayout>
  );
}
