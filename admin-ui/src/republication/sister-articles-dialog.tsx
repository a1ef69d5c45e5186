import { useEffect, useState } from 'react';
import { When } from '../components/status.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { Dialog } from '../manage/dialog.tsx';
import { SelectField } from '../manage/fields.tsx';
import { languageName } from '../manage/languages.ts';
import { LoadFailure } from '../manage/load-failure.tsx';
import { RowButton } from '../manage/table-parts.tsx';
import { VisuallyHidden } from '../manage/visually-hidden.tsx';
import { Link, navigate } from '../router.tsx';
import { baseLanguage, useNetworkEditions } from './content-api.ts';
import { articlePath, type Refusal, refusalOf, republishArticle } from './republish.ts';
import { type SisterArticle, type SisterPage, sisterArticles } from './sister-articles.ts';

/** How long typing pauses before the search runs. */
const TYPING_PAUSE_MS = 300;

/**
 * The published articles of the sister editions that write in this edition's language, newest
 * first or searched, each with "Republish here": the copy is made as a draft and opens in the
 * editor, crediting the original.
 */
export function SisterArticlesDialog(props: { siteId: string; language: string; onClose(): void }) {
  const t = useT();
  const language = useLanguage();
  const editions = useNetworkEditions();
  const sisters = editions.filter(
    (edition) =>
      edition.id !== props.siteId &&
      baseLanguage(edition.language) === baseLanguage(props.language),
  );
  const [text, setText] = useState('');
  const [searched, setSearched] = useState('');
  const [editionId, setEditionId] = useState('');
  const [pages, setPages] = useState<SisterPage[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [asked, setAsked] = useState(0);
  const [working, setWorking] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const chosen = editionId ? sisters.filter((edition) => edition.id === editionId) : sisters;
  const key = chosen.map((edition) => edition.slug).join(',');

  useEffect(() => {
    const timer = window.setTimeout(() => setSearched(text), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  // The first page again whenever the search or the edition changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: key names the editions chosen; asked asks again.
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    setLoading(true);
    setError(null);
    sisterArticles({
      editions: chosen,
      siteId: props.siteId,
      text: searched,
      after: null,
      language,
    }).then(
      (page) => {
        if (cancelled) return;
        setPages([page]);
        setLoading(false);
      },
      (failure: unknown) => {
        if (cancelled) return;
        setError(failure instanceof Error ? failure : new Error(String(failure)));
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, searched, asked]);

  const more = async () => {
    const last = pages.at(-1);
    if (!last?.next || loading) return;
    setLoading(true);
    try {
      const page = await sisterArticles({
        editions: chosen,
        siteId: props.siteId,
        text: searched,
        after: last.next,
        language,
      });
      setPages([...pages, page]);
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setLoading(false);
    }
  };

  const republish = async (article: SisterArticle) => {
    if (working) return;
    setWorking(article.id);
    setRefusal(null);
    try {
      navigate(articlePath(await republishArticle(article.id, props.siteId, false)));
    } catch (failure) {
      setRefusal(refusalOf(failure, t('manage.unreachable')));
      setWorking(null);
    }
  };

  const items = pages.flatMap((page) => page.items);
  const total = pages[0]?.total ?? null;
  const languageLabel = languageName(baseLanguage(props.language), language);
  return (
    <Dialog title={t('republication.sisters.title')} onClose={props.onClose} size="wide">
      <div className="sister-articles">
        <p className="lede">{t('republication.sisters.lede', { language: languageLabel })}</p>
        {editions.length > 0 && sisters.length === 0 ? (
          <p>{t('republication.sisters.none', { language: languageLabel })}</p>
        ) : (
          <>
            <search className="sister-articles__search">
              <form
                className="inline-form inline-form--row"
                onSubmit={(event) => event.preventDefault()}
              >
                <div className="field">
                  <label htmlFor="sister-search">{t('republication.sisters.search')}</label>
                  <input
                    id="sister-search"
                    type="search"
                    value={text}
                    onChange={(event) => setText(event.target.value)}
                  />
                </div>
                <SelectField
                  label={t('republication.sisters.edition')}
                  value={editionId}
                  onChange={(event) => setEditionId(event.target.value)}
                >
                  <option value="">{t('republication.sisters.allEditions')}</option>
                  {sisters.map((edition) => (
                    <option key={edition.id} value={edition.id}>
                      {edition.name}
                    </option>
                  ))}
                </SelectField>
              </form>
            </search>
            {refusal ? (
              <div className="form-error" role="alert">
                <p>
                  {refusal.message}{' '}
                  {refusal.existing ? (
                    <Link to={articlePath(refusal.existing)}>
                      {t('republication.republish.openExisting', {
                        headline: refusal.existing.headline,
                      })}
                    </Link>
                  ) : null}
                </p>
              </div>
            ) : null}
            <LoadFailure error={error} retry={() => setAsked((n) => n + 1)} />
            <p className="count" aria-live="polite">
              {loading && items.length === 0
                ? t('app.loading')
                : total !== null
                  ? t('republication.sisters.found', { count: total })
                  : t('republication.sisters.shown', { count: items.length })}
            </p>
            {!loading && !error && items.length === 0 && pages.length > 0 ? (
              <p>{t('republication.sisters.empty')}</p>
            ) : null}
            <ul className="plain-list sister-list">
              {items.map((article) => (
                <li key={article.id} className="sister-item">
                  <div className="sister-item__text">
                    <h3 lang={article.language}>
                      <a href={article.url} target="_blank" rel="noreferrer">
                        {article.headline}
                      </a>
                    </h3>
                    <p className="hint">
                      {article.editionName} · <When iso={article.publishedAt} language={language} />
                      {article.byline ? ` · ${article.byline}` : ''}
                    </p>
                    {article.text ? (
                      <p className="sister-item__dek" lang={article.language}>
                        {article.text}
                      </p>
                    ) : null}
                  </div>
                  <div className="sister-item__actions">
                    {article.hereId ? (
                      <Link to={`/sites/${props.siteId}/articles/${article.hereId}`}>
                        {t('republication.sisters.alreadyHere')}
                        <VisuallyHidden>: {article.headline}</VisuallyHidden>
                      </Link>
                    ) : (
                      <RowButton
                        label={
                          working === article.id
                            ? t('editor.publish.working')
                            : t('republication.sisters.republish')
                        }
                        row={article.headline}
                        className="primary"
                        aria-disabled={working !== null || undefined}
                        onClick={() => void republish(article)}
                      />
                    )}
                  </div>
                </li>
              ))}
            </ul>
            {pages.at(-1)?.next ? (
              <button
                type="button"
                aria-disabled={loading || undefined}
                onClick={() => void more()}
              >
                {t('republication.sisters.more')}
              </button>
            ) : null}
          </>
        )}
      </div>
    </Dialog>
  );
}
