import { useT } from '../i18n/i18n.tsx';
import { SectionList } from '../manage/section-list.tsx';
import { SeriesList } from '../manage/series-list.tsx';
import { TagList } from '../manage/tag-list.tsx';

/** The edition's sections, series and tags, on one page. */
export function Taxonomy(props: { siteId: string }) {
  const t = useT();
  return (
    <section className="manage">
      <h1>{t('manage.taxonomy.title')}</h1>
      <SectionList siteId={props.siteId} />
      <SeriesList siteId={props.siteId} />
      <TagList siteId={props.siteId} />
    </section>
  );
}
