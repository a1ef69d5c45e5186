/** @jsxImportSource #reader-jsx */
import type { Child } from 'hono/jsx';
import type { Teaser } from '../../../articles/teaser.view.ts';
import { Pagination } from '../components/pagination.tsx';
import { TeaserCard } from '../components/teaser.tsx';
import { EditionLayout } from '../layout.tsx';
import type { Reader } from '../reader.ts';

/** A paginated list of articles: a section, a tag, a series. */
export function ListingPageView(props: {
  reader: Reader;
  pageType: 'section' | 'tag' | 'series';
  title: string;
  description: string;
  path: string;
  page: number;
  teasers: Teaser[];
  hasNext: boolean;
  current?: string;
  intro?: Child;
}) {
  const { reader } = props;
  const suffix = props.page > 1 ? ` — ${reader.t('pagination.page', { page: props.page })}` : '';
  const canonical = reader.urls.absolute(
    `${props.path.slice(reader.site.basePath.length)}${props.page > 1 ? `?page=${props.page}` : ''}`,
  );
  return (
    <EditionLayout
      reader={reader}
      pageType={props.pageType}
      current={props.current}
      meta={{
        title: `${props.title}${suffix} — ${reader.site.name}`,
        description: props.description || props.title,
        canonical,
        feed: {
          title: `${props.title} — ${reader.site.name}`,
          path: props.path.slice(reader.site.basePath.length),
        },
      }}
    >
      <header class="listing__header">
        <h1>{props.title}</h1>
        {props.description ? <p class="listing__description">{props.description}</p> : null}
        {props.intro}
      </header>
      {props.teasers.length === 0 ? <p>{reader.t('listing.empty')}</p> : null}
      <div class="list">
        {props.teasers.map((teaser, index) => (
          <TeaserCard
            reader={reader}
            teaser={teaser}
            level={2}
            priority={index === 0 && props.page === 1}
          />
        ))}
      </div>
      <Pagination reader={reader} path={props.path} page={props.page} hasNext={props.hasNext} />
    </EditionLayout>
  );
}
