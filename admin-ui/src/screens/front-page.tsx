import { useEffect, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { Article, FrontPageSlots } from '../api/types.ts';
import { When } from '../components/status.tsx';
import { useLoad } from '../components/use-load.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { FailureMessage, SaveState, StatusLine } from '../manage/feedback.tsx';
import { FrontPageCandidates, type Slot } from '../manage/front-page-candidates.tsx';
import { type Keyed, keyed, rowKey, unkeyed } from '../manage/keyed.ts';
import { LoadFailure } from '../manage/load-failure.tsx';
import { ReorderableRows } from '../manage/reorderable-rows.tsx';
import { useUnsavedGuard } from '../manage/unsaved.ts';
import { useSubmit } from '../manage/use-submit.ts';
import { VisuallyHidden } from '../manage/visually-hidden.tsx';

const MAX_FEATURED = 8;

/** The article behind an id, or a stand-in when it is gone. */
async function slotFor(id: string): Promise<Slot> {
  try {
    const article = await api<Article>('GET', `/articles/${id}`);
    return { id, headline: article.headline, publishedAt: article.publishedAt, found: true };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404)
      return { id, headline: '', publishedAt: null, found: false };
    throw error;
  }
}

interface Layout {
  lead: Slot | null;
  featured: Keyed<Slot>[];
}

const idsOf = (layout: Layout): FrontPageSlots => ({
  leadId: layout.lead?.id ?? null,
  featuredIds: unkeyed(layout.featured).map((slot) => slot.id),
});

/** The front page's curation: a lead story and up to eight featured articles, in order. */
export function FrontPage(props: { siteId: string }) {
  const t = useT();
  const language = useLanguage();
  const form = useSubmit();
  const loaded = useLoad(async () => {
    const slots = await api<FrontPageSlots>('GET', `/sites/${props.siteId}/front-page`);
    const [lead, ...featured] = await Promise.all(
      [slots.leadId, ...slots.featuredIds].map((id) => (id ? slotFor(id) : null)),
    );
    return { lead: lead ?? null, featured: keyed(featured.filter((slot) => slot !== null)) };
  }, [props.siteId]);
  const [layout, setLayout] = useState<Layout>({ lead: null, featured: [] });
  const [saved, setSaved] = useState('');
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (loaded.data) {
      setLayout(loaded.data);
      setSaved(JSON.stringify(idsOf(loaded.data)));
    }
  }, [loaded.data]);
  const dirty = loaded.data !== null && JSON.stringify(idsOf(layout)) !== saved;
  const guard = useUnsavedGuard(dirty);

  const headline = (slot: Slot) => (slot.found ? slot.headline : t('manage.front.missing'));
  const placed = (id: string): string | null => {
    if (layout.lead?.id === id) return t('manage.front.isLead');
    const index = layout.featured.findIndex((row) => row.value.id === id);
    return index === -1 ? null : t('manage.front.isFeatured', { position: index + 1 });
  };

  const setLead = (slot: Slot) => {
    const previous = layout.lead;
    const featured = layout.featured.filter((row) => row.value.id !== slot.id);
    // The story it replaces stays on the front page, first among the featured, if there is room.
    if (previous && featured.length < MAX_FEATURED) {
      featured.unshift({ key: rowKey(), value: previous });
    }
    setLayout({ lead: slot, featured });
    setAnnouncement(
      previous
        ? t('manage.front.leadReplaced', { headline: headline(slot), previous: headline(previous) })
        : t('manage.front.leadSet', { headline: headline(slot) }),
    );
  };

  const feature = (slot: Slot) => {
    if (layout.featured.length >= MAX_FEATURED) return;
    const featured = [...layout.featured, { key: rowKey(), value: slot }];
    setLayout({ ...layout, featured });
    setAnnouncement(
      t('manage.front.featuredAdded', {
        headline: headline(slot),
        position: featured.length,
        count: MAX_FEATURED,
      }),
    );
  };

  const save = async () => {
    const ids = idsOf(layout);
    await form.run(async () => {
      await api<FrontPageSlots>('PUT', `/sites/${props.siteId}/front-page`, ids);
      setSaved(JSON.stringify(ids));
      guard.release();
    }, t('manage.front.saved'));
  };

  return (
    <section className="manage">
      <h1>{t('manage.front.title')}</h1>
      <p className="lede">{t('manage.front.lede')}</p>
      <LoadFailure error={loaded.error} retry={loaded.reload} />
      {loaded.loading && !loaded.data ? <p>{t('app.loading')}</p> : null}
      {loaded.data ? (
        <div className="front-page">
          <div className="front-page__layout">
            <FailureMessage form={form} shown={['leadId', 'featuredIds']} />
            <section aria-labelledby="lead-title" className="manage-block">
              <h2 id="lead-title" tabIndex={-1}>
                {t('manage.front.lead')}
              </h2>
              {layout.lead ? (
                <div className="slot slot--lead" id="lead-slot">
                  <p className="slot__headline">{headline(layout.lead)}</p>
                  <p className="hint">
                    <When iso={layout.lead.publishedAt} language={language} />
                  </p>
                  {form.issue('leadId') ? <p className="error">{form.issue('leadId')}</p> : null}
                  <button
                    type="button"
                    className="small"
                    onClick={() => {
                      const lead = layout.lead;
                      setLayout({ ...layout, lead: null });
                      if (lead)
                        setAnnouncement(
                          t('manage.front.leadRemoved', { headline: headline(lead) }),
                        );
                      document.getElementById('lead-title')?.focus();
                    }}
                  >
                    {t('manage.rows.remove')}
                    <VisuallyHidden>: {headline(layout.lead)}</VisuallyHidden>
                  </button>
                </div>
              ) : (
                <p className="empty-slot">{t('manage.front.noLead')}</p>
              )}
            </section>
            <section aria-labelledby="featured-title" className="manage-block">
              <h2 id="featured-title" tabIndex={-1}>
                {t('manage.front.featured', {
                  count: layout.featured.length,
                  max: MAX_FEATURED,
                })}
              </h2>
              {layout.featured.length === 0 ? (
                <p className="empty-slot">{t('manage.front.noFeatured')}</p>
              ) : null}
              <ReorderableRows
                label={t('manage.front.featuredList')}
                rows={layout.featured}
                onChange={(featured) => setLayout({ ...layout, featured })}
                emptyFocus="#featured-title"
                describe={(slot) => headline(slot)}
                render={(row, index) => (
                  <div className="slot">
                    <p className="slot__headline">
                      <span className="slot__number">{index + 1}.</span> {headline(row.value)}
                    </p>
                    <p className="hint">
                      <When iso={row.value.publishedAt} language={language} />
                    </p>
                    {form.issue(`featuredIds.${index}`) ? (
                      <p className="error">{form.issue(`featuredIds.${index}`)}</p>
                    ) : null}
                    <button
                      type="button"
                      className="small"
                      onClick={() => {
                        setLead(row.value);
                        // Its row is gone: follow the article to where it went.
                        requestAnimationFrame(() => document.getElementById('lead-title')?.focus());
                      }}
                    >
                      {t('manage.front.makeLead')}
                      <VisuallyHidden>: {headline(row.value)}</VisuallyHidden>
                    </button>
                  </div>
                )}
              />
              <p className="hint">{t('manage.front.fallback')}</p>
            </section>
            <div className="actions sticky-actions">
              <button
                type="button"
                className="primary"
                aria-disabled={form.busy || undefined}
                onClick={() => void save()}
              >
                {t('manage.front.save')}
              </button>
              <SaveState form={form} dirty={dirty} />
            </div>
            <StatusLine message={announcement} />
          </div>
          <FrontPageCandidates
            siteId={props.siteId}
            placed={placed}
            full={layout.featured.length >= MAX_FEATURED}
            onLead={setLead}
            onFeature={feature}
          />
        </div>
      ) : null}
    </section>
  );
}
