import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { Article } from '../api/types.ts';
import { StatusBadge } from '../components/status.tsx';
import { useLoad } from '../components/use-load.ts';
import { mayDo, rolesOn } from '../editor/permissions.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { CheckboxField, SelectField } from '../manage/fields.tsx';
import { languageName } from '../manage/languages.ts';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import {
  baseLanguage,
  contentApi,
  type PublishedArticle,
  useNetworkEditions,
} from './content-api.ts';
import { articlePath, refusalOf, republishArticle } from './republish.ts';
import type { ArticleCopy } from './types.ts';

/** The answer to show after a republication: done, or why not, with a link to the copy. */
type Outcome = { text: string; error: boolean; link?: { to: string; label: string } };

/**
 * "Republish on…" in the editor of a published article: the sister editions in its language
 * that already have a copy, and a copy made on another one the user writes for, as a draft or
 * published at once.
 */
export function RepublishPanel(props: { article: Article }) {
  const t = useT();
  const language = useLanguage();
  const { session, sites } = useSession();
  const editions = useNetworkEditions();
  const { article } = props;
  const copies = useLoad(
    () => api<ArticleCopy[]>('GET', `/articles/${article.id}/copies`),
    [article.id],
  );
  // Editions with a version of the story already: a copy of it, its original, a sibling copy.
  const story = useLoad(
    () => contentApi<PublishedArticle>(`/articles/${article.id}`, language).catch(() => null),
    [article.id, language],
  );
  const copied = new Set([
    ...(copies.data ?? []).map((copy) => copy.siteId),
    ...(story.data?.translations ?? []).map((version) => version.edition.id),
    ...(story.data?.origin.source?.edition ? [story.data.origin.source.edition.id] : []),
  ]);
  const candidates = sites.filter(
    (site) =>
      site.id !== article.siteId &&
      baseLanguage(site.language) === baseLanguage(article.language) &&
      !copied.has(site.id),
  );
  const ready = copies.data !== null && !story.loading;
  const [siteId, setSiteId] = useState('');
  const chosen = candidates.find((site) => site.id === siteId) ?? candidates[0] ?? null;
  const mayPublish = chosen
    ? mayDo(session, rolesOn(session, sites, chosen.id), 'publish', null)
    : false;
  const [publish, setPublish] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const nameOf = (id: string) =>
    editions.find((edition) => edition.id === id)?.name ??
    sites.find((site) => site.id === id)?.name ??
    id;

  const republish = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const copy = await republishArticle(article.id, chosen.id, publish && mayPublish);
      setOutcome({
        text: t(
          copy.status === 'published'
            ? 'republication.republish.donePublished'
            : 'republication.republish.doneDraft',
          { edition: chosen.name },
        ),
        error: false,
        link: {
          to: articlePath(copy),
          label: t('republication.republish.openCopy'),
        },
      });
      await copies.reload();
    } catch (failure) {
      const refusal = refusalOf(failure, t('manage.unreachable'));
      setOutcome({
        text: refusal.message,
        error: true,
        ...(refusal.existing
          ? {
              link: {
                to: articlePath(refusal.existing),
                label: t('republication.republish.openExisting', {
                  headline: refusal.existing.headline,
                }),
              },
            }
          : {}),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="side-section republish-panel" aria-labelledby="republish-title">
      <h2 id="republish-title">{t('republication.republish.title')}</h2>
      {copies.data && copies.data.length > 0 ? (
        <>
          <p>{t('republication.republish.copies', { count: copies.data.length })}</p>
          <ul className="plain-list copy-list">
            {copies.data.map((copy) => (
              <li key={copy.id}>
                {sites.some((site) => site.id === copy.siteId) ? (
                  <Link to={`/sites/${copy.siteId}/articles/${copy.id}`}>
                    {nameOf(copy.siteId)}
                  </Link>
                ) : (
                  nameOf(copy.siteId)
                )}{' '}
                <StatusBadge status={copy.status} />
                {copy.sourceRevision < article.revision ? (
                  <span className="hint"> {t('republication.republish.behind')}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : copies.data ? (
        <p className="hint">{t('republication.republish.noCopies')}</p>
      ) : null}
      {copies.error ? (
        <p className="error">{t('app.error', { message: copies.error.message })}</p>
      ) : null}
      {ready && chosen ? (
        <form onSubmit={republish} noValidate>
          <SelectField
            label={t('republication.republish.edition')}
            value={chosen.id}
            onChange={(event) => setSiteId(event.target.value)}
          >
            {candidates.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name} ({site.language})
              </option>
            ))}
          </SelectField>
          {mayPublish ? (
            <CheckboxField
              label={t('republication.republish.publishNow')}
              hint={t('republication.republish.publishHint')}
              checked={publish}
              onChange={(event) => setPublish(event.target.checked)}
            />
          ) : null}
          <button type="submit" aria-disabled={busy || undefined}>
            {t('republication.republish.submit', { edition: chosen.name })}
          </button>
        </form>
      ) : ready ? (
        <p className="hint">
          {t('republication.republish.nowhere', {
            language: languageName(baseLanguage(article.language), language),
          })}
        </p>
      ) : null}
      <div aria-live="polite" className="republish-outcome">
        {busy ? <p className="hint">{t('editor.publish.working')}</p> : null}
        {outcome ? (
          <p className={outcome.error ? 'error' : 'hint'}>
            {outcome.text}{' '}
            {outcome.link ? <Link to={outcome.link.to}>{outcome.link.label}</Link> : null}
          </p>
        ) : null}
      </div>
    </section>
  );
}
