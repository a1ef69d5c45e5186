import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';
import type { useMediaSearch } from './media-search.ts';

/** The state of a media search around its grid: count, errors, nothing found, "show more". */
export function MediaSearchResults(props: {
  search: ReturnType<typeof useMediaSearch>;
  children: ReactNode;
}) {
  const t = useT();
  const { search } = props;
  return (
    <div className="media-results">
      <p className="count" role="status">
        {search.loading
          ? t('app.loading')
          : search.total !== null
            ? t('manage.media.count', { count: search.total })
            : ''}
      </p>
      {search.error ? (
        <div role="alert" className="form-error">
          <p>{t('app.error', { message: search.error.message })}</p>
          <button type="button" onClick={() => void search.retry()}>
            {t('app.retry')}
          </button>
        </div>
      ) : null}
      {!search.loading && !search.error && search.items.length === 0 ? (
        <p>{search.text ? t('manage.media.noMatch') : t('manage.media.empty')}</p>
      ) : null}
      {props.children}
      {search.more ? (
        <button type="button" disabled={search.loading} onClick={() => void search.showMore()}>
          {t('manage.showMore')}
        </button>
      ) : null}
    </div>
  );
}
