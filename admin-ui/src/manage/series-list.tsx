import { useState } from 'react';
import { api } from '../api/client.ts';
import type { Series } from '../api/types.ts';
import { useLoad } from '../components/use-load.ts';
import { useT } from '../i18n/i18n.tsx';
import { StatusLine } from './feedback.tsx';
import { LoadFailure } from './load-failure.tsx';
import { TaxonomyForm, taxonomyBody } from './taxonomy-form.tsx';
import { VisuallyHidden } from './visually-hidden.tsx';

const focusLater = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

/** The series of an edition (a multi-part investigation, a column): create, retitle, describe. */
export function SeriesList(props: { siteId: string }) {
  const t = useT();
  const list = useLoad(() => api<Series[]>('GET', `/sites/${props.siteId}/series`), [props.siteId]);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const items = list.data ?? [];
  const replace = (saved: Series) =>
    list.setData(
      items.some((item) => item.id === saved.id)
        ? items.map((item) => (item.id === saved.id ? saved : item))
        : [...items, saved],
    );
  const close = (id: string) => {
    setEditing(null);
    focusLater(`[data-edit-series="${id}"]`);
  };
  return (
    <section aria-labelledby="series-title" className="manage-block">
      <h2 id="series-title">{t('manage.taxonomy.series')}</h2>
      <p className="hint">{t('manage.taxonomy.seriesHint')}</p>
      <LoadFailure error={list.error} retry={list.reload} />
      {list.loading && !list.data ? <p>{t('app.loading')}</p> : null}
      {list.data && items.length === 0 ? <p>{t('manage.taxonomy.noSeries')}</p> : null}
      {items.length > 0 ? (
        <ul className="plain-list">
          {items.map((series) => (
            <li key={series.id} className="plain-list__item">
              {editing === series.id ? (
                <TaxonomyForm
                  id={`series-edit-${series.id}`}
                  nameField="title"
                  nameLabel={t('manage.taxonomy.seriesTitle')}
                  initial={{
                    name: series.title,
                    slug: series.slug,
                    description: series.description,
                  }}
                  submitLabel={t('common.save')}
                  success={t('common.saved')}
                  onCancel={() => close(series.id)}
                  onSubmit={async (fields) => {
                    const saved = await api<Series>(
                      'PATCH',
                      `/series/${series.id}`,
                      taxonomyBody(fields, 'title'),
                    );
                    replace(saved);
                    setMessage(t('manage.taxonomy.seriesSaved', { name: saved.title }));
                    close(series.id);
                  }}
                />
              ) : (
                <div className="item-summary">
                  <p className="item-summary__title">
                    {series.title} <code>/{series.slug}</code>
                  </p>
                  {series.description ? (
                    <p className="item-summary__text">{series.description}</p>
                  ) : null}
                  <button
                    type="button"
                    className="small"
                    data-edit-series={series.id}
                    onClick={() => {
                      setEditing(series.id);
                      setMessage('');
                      focusLater(`#series-edit-${series.id} input`);
                    }}
                  >
                    {t('common.edit')}
                    <VisuallyHidden>: {series.title}</VisuallyHidden>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <StatusLine message={message} />
      <div className="create-panel">
        <h3>{t('manage.taxonomy.newSeries')}</h3>
        <TaxonomyForm
          nameField="title"
          nameLabel={t('manage.taxonomy.seriesTitle')}
          initial={{ name: '', slug: '', description: '' }}
          submitLabel={t('manage.taxonomy.createSeries')}
          success={t('manage.taxonomy.seriesCreated')}
          clearOnSuccess
          onSubmit={async (fields) => {
            replace(
              await api<Series>(
                'POST',
                `/sites/${props.siteId}/series`,
                taxonomyBody(fields, 'title'),
              ),
            );
          }}
        />
      </div>
    </section>
  );
}
