import { useT } from '../i18n/i18n.tsx';

/** Previous and next page of a list, with the page's number; nothing when there is one page. */
export function Pager(props: { page: number; hasNext: boolean; onPage(page: number): void }) {
  const t = useT();
  if (props.page <= 1 && !props.hasNext) return null;
  return (
    <nav className="pager" aria-label={t('manage.pager')}>
      <button type="button" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
        {t('articles.previous')}
      </button>
      <span>{t('manage.pageNumber', { page: props.page })}</span>
      <button type="button" disabled={!props.hasNext} onClick={() => props.onPage(props.page + 1)}>
        {t('articles.next')}
      </button>
    </nav>
  );
}
