/** @jsxImportSource #reader-jsx */
import type { Reader } from '../reader.ts';

/** Newer / older links of a paginated list; `?page=N`, page 1 without the parameter. */
export function Pagination(props: {
  reader: Reader;
  path: string;
  page: number;
  hasNext: boolean;
}) {
  const { reader, page } = props;
  if (page === 1 && !props.hasNext) return null;
  const href = (n: number) => (n === 1 ? props.path : `${props.path}?page=${n}`);
  return (
    <nav class="pagination" aria-label={reader.t('pagination.label')}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {reader.t('pagination.newer')}
        </a>
      ) : null}
      <span aria-current="page">{reader.t('pagination.page', { page })}</span>
      {props.hasNext ? (
        <a href={href(page + 1)} rel="next">
          {reader.t('pagination.older')}
        </a>
      ) : null}
    </nav>
  );
}
