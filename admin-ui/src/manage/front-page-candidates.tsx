import { useEffect, useState } from 'react';
import { api, query } from '../api/client.ts';
import type { ArticleListItem } from '../api/types.ts';
import { When } from '../components/status.tsx';
import { useLoad } from '../components/use-load.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { TextField } from './fields.tsx';
import { LoadFailure } from './load-failure.tsx';
import { VisuallyHidden } from './visually-hidden.tsx';

/** An article as the front page shows it. */
export interface Slot {
  id: string;
  headline: string;
  publishedAt: string | null;
  /** False when the article could not be found any more (deleted since). */
  found: boolean;
}

/** A slot for an article of the list. */
function slotOf(item: ArticleListItem): Slot {
  return { id: item.id, headline: item.headline, publishedAt: item.publishedAt, found: true };
}

/**
 * The edition's published articles to choose from, searched by text, each with "Set as lead"
 * and "Add to featured". Articles already placed say so; their buttons stay focusable but do
 * nothing, so focus is not lost when an article is placed.
 */
export function FrontPageCandidates(props: {
  siteId: string;
  placed(id: string): string | null;
  full: boolean;
  onLead(slot: Slot): void;
  onFeature(slot: Slot): void;
}) {
  const t = useT();
  const language = useLanguage();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const list = useLoad(
    () =>
      api<{ total: number; items: ArticleListItem[] }>(
        'GET',
        `/sites/${props.siteId}/articles${query({ status: 'published', q, sort: 'published', perPage: 20 })}`,
      ),
    [props.siteId, q],
  );
  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby="candidates-title" className="manage-block">
      <h2 id="candidates-title">{t('manage.front.candidates')}</h2>
      <search>
        <TextField
          type="search"
          label={t('manage.front.search')}
          hint={t('manage.front.searchHint')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </search>
      <LoadFailure error={list.error} retry={list.reload} />
      <p className="count" role="status">
        {list.loading
          ? t('app.loading')
          : t('manage.front.candidateCount', { count: list.data?.total ?? 0 })}
      </p>
      {props.full ? <p className="hint">{t('manage.front.full')}</p> : null}
      <ul className="candidates">
        {items.map((item) => {
          const placed = props.placed(item.id);
          const slot = slotOf(item);
          return (
            <li key={item.id} className="candidate">
              <div>
                <p className="candidate__headline">{item.headline}</p>
                <p className="hint">
                  <When iso={item.publishedAt} language={language} />
                  {item.section ? ` · ${item.section.name}` : ''}
                  {item.authors.length ? ` · ${item.authors.map((a) => a.name).join(', ')}` : ''}
                </p>
                {placed ? <p className="placed-note">✓ {placed}</p> : null}
              </div>
              <div className="actions">
                <button
                  type="button"
                  className="small"
                  aria-disabled={placed ? true : undefined}
                  onClick={() => placed || props.onLead(slot)}
                >
                  {t('manage.front.setLead')}
                  <VisuallyHidden>: {item.headline}</VisuallyHidden>
                </button>
                <button
                  type="button"
                  className="small"
                  aria-disabled={placed || props.full ? true : undefined}
                  onClick={() => placed || props.full || props.onFeature(slot)}
                >
                  {t('manage.front.addFeatured')}
                  <VisuallyHidden>: {item.headline}</VisuallyHidden>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
