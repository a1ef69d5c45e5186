import { useEffect, useState } from 'react';
import { api, query } from '../api/client.ts';
import type { Contributor } from '../api/types.ts';
import { useLoad } from '../components/use-load.ts';
import { useT } from '../i18n/i18n.tsx';
import { ContributorForm } from '../manage/contributor-form.tsx';
import { TextField } from '../manage/fields.tsx';
import { hasMore, itemsOf, type ListAnswer } from '../manage/list.ts';
import { LoadFailure } from '../manage/load-failure.tsx';
import { useEditionLanguage } from '../manage/media-picker.tsx';
import { Pager } from '../manage/pager.tsx';
import { useScreenQuery } from '../manage/screen-query.ts';
import { Link, navigate } from '../router.tsx';

const PAGE_SIZE = 25;

/** The network's shared roster of contributors: find, create and edit people and organisations. */
export function Contributors(props: { siteId: string }) {
  const params = useScreenQuery();
  const id = params.get('id');
  const kind = params.get('new');
  const base = `/sites/${props.siteId}/contributors`;
  // The editor that created a contributor stays mounted when the address gains its id, so its
  // focus, status message and input survive the switch from "new" to "edit".
  const [created, setCreated] = useState<{ id: string; key: string } | null>(null);
  if (id || kind === 'person' || kind === 'organisation') {
    const key = id ? (created?.id === id ? created.key : id) : `new-${kind}`;
    return (
      <ContributorEditor
        key={key}
        id={id}
        kind={kind === 'organisation' ? 'organisation' : 'person'}
        siteId={props.siteId}
        base={base}
        onCreated={(contributor) => {
          setCreated({ id: contributor.id, key });
          navigate(`${base}?id=${contributor.id}`, { replace: true });
        }}
      />
    );
  }
  return <ContributorList siteId={props.siteId} base={base} />;
}

function ContributorList(props: { siteId: string; base: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  // Search once typing pauses, not on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(text);
      setPage(1);
    }, 250);
    return () => clearTimeout(timer);
  }, [text]);
  const list = useLoad(
    () =>
      api<ListAnswer<Contributor>>('GET', `/contributors${query({ q, page, perPage: PAGE_SIZE })}`),
    [q, page],
  );
  const { items, total } = itemsOf(list.data);
  const more = list.data
    ? hasMore(list.data, (page - 1) * PAGE_SIZE + items.length, PAGE_SIZE)
    : false;
  const counted = list.data && !Array.isArray(list.data);
  return (
    <section className="manage">
      <div className="toolbar">
        <h1>{t('manage.contributors.title')}</h1>
        <div className="actions">
          <Link to={`${props.base}?new=person`} className="button primary">
            {t('manage.contributors.newPerson')}
          </Link>
          <Link to={`${props.base}?new=organisation`} className="button">
            {t('manage.contributors.newOrganisation')}
          </Link>
        </div>
      </div>
      <p className="lede">{t('manage.contributors.lede')}</p>
      <search>
        <TextField
          type="search"
          label={t('manage.contributors.search')}
          hint={t('manage.contributors.searchHint')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </search>
      <LoadFailure error={list.error} retry={list.reload} />
      <p className="count" role="status">
        {list.loading
          ? t('app.loading')
          : counted
            ? t('manage.contributors.count', { count: total })
            : ''}
      </p>
      {list.data && items.length === 0 ? <p>{t('manage.contributors.empty')}</p> : null}
      {items.length > 0 ? (
        <table>
          <caption className="visually-hidden">{t('manage.contributors.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manage.contributors.name')}</th>
              <th scope="col">{t('manage.contributors.kind')}</th>
              <th scope="col">{t('manage.slug')}</th>
              <th scope="col">{t('manage.contributors.email')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((contributor) => (
              <tr key={contributor.id}>
                <td>
                  <Link to={`${props.base}?id=${contributor.id}`}>{contributor.name}</Link>
                </td>
                <td>
                  {contributor.kind === 'organisation'
                    ? t('manage.contributors.organisation')
                    : t('manage.contributors.person')}
                </td>
                <td>
                  <code>{contributor.slug}</code>
                </td>
                <td>{contributor.email ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pager page={page} hasNext={more} onPage={setPage} />
    </section>
  );
}

/** One contributor, new or existing: loads it when opened by its address. */
function ContributorEditor(props: {
  id: string | null;
  kind: Contributor['kind'];
  siteId: string;
  base: string;
  onCreated(contributor: Contributor): void;
}) {
  const t = useT();
  const language = useEditionLanguage(props.siteId);
  const [current, setCurrent] = useState<Contributor | null>(null);
  const found = useLoad(
    () =>
      props.id && !current
        ? api<Contributor>('GET', `/contributors/${props.id}`)
        : Promise.resolve(null),
    [props.id],
  );
  const contributor = current ?? found.data;
  const title = contributor
    ? contributor.name
    : props.kind === 'organisation'
      ? t('manage.contributors.newOrganisation')
      : t('manage.contributors.newPerson');
  return (
    <section className="manage">
      <p className="breadcrumb">
        <Link to={props.base}>{t('manage.contributors.title')}</Link>
      </p>
      <h1>{title}</h1>
      <LoadFailure error={found.error} retry={found.reload} />
      {props.id && !contributor && found.loading ? <p>{t('app.loading')}</p> : null}
      {!props.id || contributor ? (
        <ContributorForm
          siteId={props.siteId}
          language={language}
          contributor={contributor}
          kind={props.kind}
          onSaved={(saved, created) => {
            setCurrent(saved);
            if (created) props.onCreated(saved);
          }}
          onCancel={() => navigate(props.base)}
        />
      ) : null}
    </section>
  );
}
