import { useState } from 'react';
import { api } from '../api/client.ts';
import type { Page } from '../api/types.ts';
import { When } from '../components/status.tsx';
import { useLoad } from '../components/use-load.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { itemsOf, type ListAnswer } from '../manage/list.ts';
import { LoadFailure } from '../manage/load-failure.tsx';
import { PageForm } from '../manage/page-form.tsx';
import { useScreenQuery } from '../manage/screen-query.ts';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';

/** The address of a page on the reader site. */
function usePublicUrl(siteId: string): (slug: string) => string {
  const site = useSession().sites.find((candidate) => candidate.id === siteId);
  const origin = site?.host ? `https://${site.host}` : '';
  return (slug) => `${origin}${site?.basePath ?? ''}/${slug}`;
}

/** The edition's static pages (About, Support…): the list, and one page open for editing. */
export function Pages(props: { siteId: string }) {
  const params = useScreenQuery();
  const id = params.get('id');
  const creating = params.has('new');
  const base = `/sites/${props.siteId}/pages`;
  // The editor that created a page stays mounted when the address gains its id (see Contributors).
  const [created, setCreated] = useState<{ id: string; key: string } | null>(null);
  if (id || creating) {
    const key = id ? (created?.id === id ? created.key : id) : 'new';
    return (
      <PageEditor
        key={key}
        id={id}
        siteId={props.siteId}
        base={base}
        onCreated={(page) => {
          setCreated({ id: page.id, key });
          navigate(`${base}?id=${page.id}`, { replace: true });
        }}
      />
    );
  }
  return <PageList siteId={props.siteId} base={base} />;
}

function PageList(props: { siteId: string; base: string }) {
  const t = useT();
  const language = useLanguage();
  const publicUrl = usePublicUrl(props.siteId);
  const list = useLoad(
    () => api<ListAnswer<Page>>('GET', `/sites/${props.siteId}/pages`),
    [props.siteId],
  );
  const { items } = itemsOf(list.data);
  return (
    <section className="manage">
      <div className="toolbar">
        <h1>{t('manage.pages.title')}</h1>
        <Link to={`${props.base}?new`} className="button primary">
          {t('manage.pages.new')}
        </Link>
      </div>
      <p className="lede">{t('manage.pages.lede')}</p>
      <LoadFailure error={list.error} retry={list.reload} />
      {list.loading && !list.data ? <p>{t('app.loading')}</p> : null}
      {list.data && items.length === 0 ? <p>{t('manage.pages.empty')}</p> : null}
      {items.length > 0 ? (
        <table>
          <caption className="visually-hidden">{t('manage.pages.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manage.pages.pageTitle')}</th>
              <th scope="col">{t('manage.pages.address')}</th>
              <th scope="col">{t('manage.pages.state')}</th>
              <th scope="col">{t('articles.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((page) => (
              <tr key={page.id}>
                <td>
                  <Link to={`${props.base}?id=${page.id}`}>{page.title}</Link>
                </td>
                <td>
                  <code>{publicUrl(page.slug).replace(/^https?:\/\/[^/]+/, '')}</code>
                </td>
                <td>
                  <span className={`badge badge--${page.published ? 'published' : 'draft'}`}>
                    {page.published ? t('manage.pages.isPublished') : t('manage.pages.isHidden')}
                  </span>
                </td>
                <td>
                  <When iso={page.updatedAt} language={language} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function PageEditor(props: {
  id: string | null;
  siteId: string;
  base: string;
  onCreated(page: Page): void;
}) {
  const t = useT();
  const { sites } = useSession();
  const ui = useLanguage();
  const language = sites.find((site) => site.id === props.siteId)?.language ?? ui;
  const publicUrl = usePublicUrl(props.siteId);
  const [current, setCurrent] = useState<Page | null>(null);
  const found = useLoad(
    () => (props.id && !current ? api<Page>('GET', `/pages/${props.id}`) : Promise.resolve(null)),
    [props.id],
  );
  const page = current ?? found.data;
  return (
    <section className="manage">
      <p className="breadcrumb">
        <Link to={props.base}>{t('manage.pages.title')}</Link>
      </p>
      <h1>{page ? page.title : t('manage.pages.new')}</h1>
      <LoadFailure error={found.error} retry={found.reload} />
      {props.id && !page && found.loading ? <p>{t('app.loading')}</p> : null}
      {!props.id || page ? (
        <PageForm
          siteId={props.siteId}
          language={language}
          page={page}
          publicUrl={publicUrl}
          onSaved={(saved, created) => {
            setCurrent(saved);
            if (created) props.onCreated(saved);
          }}
          onBack={() => navigate(props.base)}
        />
      ) : null}
    </section>
  );
}
