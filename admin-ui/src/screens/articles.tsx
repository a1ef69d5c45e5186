import { useState } from 'react';
import { api, query } from '../api/client.ts';
import type { ArticleListItem, Section } from '../api/types.ts';
import { StatusBadge, When } from '../components/status.tsx';
import { useLoad } from '../components/use-load.ts';
import { ArticleRowActions } from '../desk/article-row-actions.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { VisuallyHidden } from '../manage/visually-hidden.tsx';
import { RepublicationActions } from '../republication/article-list-actions.tsx';
import { Link } from '../router.tsx';

const STATUSES = ['draft', 'pending', 'scheduled', 'published', 'unpublished', 'trash'] as const;
const PER_PAGE = 25;

/** The articles of an edition: filters, sorting, pages. */
export function ArticleList(props: { siteId: string }) {
  const t = useT();
  const language = useLanguage();
  const [filters, setFilters] = useState({
    status: '',
    sectionId: '',
    authorId: '',
    language: '',
    q: '',
    sort: 'updated',
    page: 1,
  });
  const sections = useLoad(
    () => api<Section[]>('GET', `/sites/${props.siteId}/sections`).catch(() => []),
    [props.siteId],
  );
  const list = useLoad(
    () =>
      api<{ total: number; items: ArticleListItem[] }>(
        'GET',
        `/sites/${props.siteId}/articles${query({ ...filters, perPage: PER_PAGE })}`,
      ),
    [props.siteId, JSON.stringify(filters)],
  );
  const set = (changes: Partial<typeof filters>) => setFilters({ ...filters, page: 1, ...changes });
  const authors = new Map<string, string>();
  for (const item of list.data?.items ?? [])
    for (const author of item.authors) authors.set(author.contributorId, author.name);
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PER_PAGE));
  return (
    <section>
      <div className="toolbar">
        <h1>{t('articles.title')}</h1>
        <Link to={`/sites/${props.siteId}/articles/new`} className="button primary">
          {t('articles.new')}
        </Link>
        <RepublicationActions siteId={props.siteId} />
      </div>
      <search>
        <form className="filters" onSubmit={(event) => event.preventDefault()}>
          <label>
            {t('articles.filterText')}
            <input
              type="search"
              value={filters.q}
              onChange={(event) => set({ q: event.target.value })}
            />
          </label>
          <label>
            {t('articles.filterStatus')}
            <select
              value={filters.status}
              onChange={(event) => set({ status: event.target.value })}
            >
              <option value="">{t('articles.any')}</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('articles.filterSection')}
            <select
              value={filters.sectionId}
              onChange={(event) => set({ sectionId: event.target.value })}
            >
              <option value="">{t('articles.any')}</option>
              {(sections.data ?? []).map((section) => (
                <option key={section.id} value={section.id}>
                  {section.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('articles.filterAuthor')}
            <select
              value={filters.authorId}
              onChange={(event) => set({ authorId: event.target.value })}
            >
              <option value="">{t('articles.any')}</option>
              {[...authors].map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('articles.filterLanguage')}
            <input
              value={filters.language}
              size={6}
              onChange={(event) => set({ language: event.target.value })}
            />
          </label>
          <label>
            {t('articles.sort')}
            <select value={filters.sort} onChange={(event) => set({ sort: event.target.value })}>
              <option value="updated">{t('articles.sortUpdated')}</option>
              <option value="published">{t('articles.sortPublished')}</option>
              <option value="headline">{t('articles.sortHeadline')}</option>
            </select>
          </label>
        </form>
      </search>
      {list.error ? <p role="alert">{t('app.error', { message: list.error.message })}</p> : null}
      {list.data ? (
        <>
          <p className="count" aria-live="polite">
            {t('articles.total', { count: list.data.total })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{t('articles.empty')}</p>
          ) : (
            <table className="articles">
              <thead>
                <tr>
                  <th scope="col">{t('articles.headline')}</th>
                  <th scope="col">{t('articles.status')}</th>
                  <th scope="col">{t('articles.section')}</th>
                  <th scope="col">{t('articles.authors')}</th>
                  <th scope="col">{t('articles.updated')}</th>
                  <th scope="col">
                    <VisuallyHidden>{t('manage.actions')}</VisuallyHidden>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <Link to={`/sites/${props.siteId}/articles/${item.id}`}>{item.headline}</Link>
                    </td>
                    <td>
                      <StatusBadge status={item.status} trashed={!!item.deletedAt} />
                    </td>
                    <td>{item.section?.name ?? ''}</td>
                    <td>{item.authors.map((author) => author.name).join(', ')}</td>
                    <td>
                      <When iso={item.updatedAt} language={language} />
                    </td>
                    <td>
                      <ArticleRowActions item={item} siteId={props.siteId} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {pages > 1 ? (
            <nav className="pager" aria-label={t('articles.title')}>
              <button
                type="button"
                disabled={filters.page <= 1}
                onClick={() => setFilters({ ...filters, page: filters.page - 1 })}
              >
                {t('articles.previous')}
              </button>
              <span>
                {filters.page} / {pages}
              </span>
              <button
                type="button"
                disabled={filters.page >= pages}
                onClick={() => setFilters({ ...filters, page: filters.page + 1 })}
              >
                {t('articles.next')}
              </button>
            </nav>
          ) : null}
        </>
      ) : list.loading ? (
        <p>{t('app.loading')}</p>
      ) : null}
    </section>
  );
}
