import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, api, query } from '../api/client.ts';
import type { Article, RevisionDiff, RevisionSummary } from '../api/types.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { isArticle } from './article-api.ts';
import { Dialog } from './dialog.tsx';
import { RevisionDiffView } from './revision-diff-view.tsx';
import type { ArticleEditorModel } from './use-article-editor.ts';

/**
 * The article's history: every saved revision (number, who, when), the differences between any
 * two, and bringing an earlier one back (as a new revision, so nothing is ever lost).
 */
export function RevisionsPanel(props: {
  model: ArticleEditorModel;
  article: Article;
  canRestore: boolean;
  describe(field: string, value: unknown): string;
}) {
  const t = useT();
  const language = useLanguage();
  const { model, article } = props;
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [diff, setDiff] = useState<RevisionDiff | null>(null);
  const [diffState, setDiffState] = useState<{ loading: boolean; error: string | null }>({
    loading: false,
    error: null,
  });
  const [restoring, setRestoring] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Opening the panel takes the reader there.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new revision is a reason to reload the list.
  useEffect(() => {
    let cancelled = false;
    api<RevisionSummary[]>('GET', `/articles/${article.id}/revisions`).then(
      (found) => {
        if (cancelled) return;
        setRevisions(found);
        setLoadError(null);
        const newest = found[0]?.number ?? null;
        setTo((current) => current ?? newest);
        setFrom((current) => current ?? found[1]?.number ?? newest);
      },
      (error: unknown) =>
        !cancelled && setLoadError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [article.id, article.revision]);

  const compare = async (a: number, b: number) => {
    setFrom(a);
    setTo(b);
    setDiffState({ loading: true, error: null });
    try {
      setDiff(
        await api<RevisionDiff>('GET', `/articles/${article.id}/diff${query({ from: a, to: b })}`),
      );
      setDiffState({ loading: false, error: null });
    } catch (error) {
      setDiffState({
        loading: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const restore = async (number: number) => {
    setRestoring(null);
    setMessage(null);
    // Unsaved work is saved first: it becomes a revision too, one click away.
    if (model.dirty && !(await model.save())) {
      setMessage({ text: t('editor.revisions.saveFirst'), error: true });
      return;
    }
    try {
      const restored = await api<Article>(
        'POST',
        `/articles/${article.id}/revisions/${number}/restore`,
        {
          expectedRevision: model.baseRevision() ?? article.revision,
        },
      );
      model.replaceWith(restored);
      setMessage({
        text: t('editor.revisions.restored', { number, revision: restored.revision }),
        error: false,
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && isArticle(error.details.current)) {
        model.openConflict({ theirs: error.details.current, base: null });
        model.setStatus({ kind: 'conflict' });
      }
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from !== null && to !== null) void compare(from, to);
  };
  const when = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );

  return (
    <section id="revisions-panel" className="panel revisions" aria-labelledby="revisions-title">
      <h2 id="revisions-title" ref={heading} tabIndex={-1}>
        {t('editor.revisions.title')}
      </h2>
      {loadError ? (
        <p className="error">{t('editor.revisions.loadFailed', { message: loadError })}</p>
      ) : null}
      {!revisions && !loadError ? <p>{t('app.loading')}</p> : null}
      <p className={message?.error ? 'error' : 'hint'} aria-live="polite">
        {message?.text ?? ''}
      </p>
      {revisions?.length ? (
        <>
          <form className="revisions__compare" onSubmit={submit}>
            <label>
              {t('editor.revisions.from')}
              <select value={from ?? ''} onChange={(event) => setFrom(Number(event.target.value))}>
                {revisions.map((revision) => (
                  <option key={revision.number} value={revision.number}>
                    {revision.number}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('editor.revisions.to')}
              <select value={to ?? ''} onChange={(event) => setTo(Number(event.target.value))}>
                {revisions.map((revision) => (
                  <option key={revision.number} value={revision.number}>
                    {revision.number}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">{t('editor.revisions.compare')}</button>
          </form>
          <div className="table-scroll">
            <table className="revisions__table">
              <caption className="visually-hidden">{t('editor.revisions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('editor.revisions.number')}</th>
                  <th scope="col">{t('editor.revisions.author')}</th>
                  <th scope="col">{t('editor.revisions.when')}</th>
                  <th scope="col">{t('editor.field.headline')}</th>
                  <th scope="col">{t('editor.revisions.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((revision, index) => {
                  const previous = revisions[index + 1];
                  const current = revision.number === article.revision;
                  return (
                    <tr key={revision.number} aria-current={current ? 'true' : undefined}>
                      <th scope="row">
                        {revision.number}
                        {current ? (
                          <span className="hint"> ({t('editor.revisions.current')})</span>
                        ) : null}
                      </th>
                      <td>{revision.createdBy?.name || t('editor.revisions.system')}</td>
                      <td>
                        <time dateTime={revision.createdAt}>{when(revision.createdAt)}</time>
                      </td>
                      <td>{revision.headline}</td>
                      <td className="revisions__actions">
                        <div>
                          {previous ? (
                            <button
                              type="button"
                              onClick={() => void compare(previous.number, revision.number)}
                            >
                              {t('editor.revisions.changes', { number: revision.number })}
                            </button>
                          ) : null}
                          {props.canRestore && !current ? (
                            <button type="button" onClick={() => setRestoring(revision.number)}>
                              {t('editor.revisions.restore', { number: revision.number })}
                            </button>
                          ) : null}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <div aria-live="polite">
        {diffState.loading ? <p>{t('app.loading')}</p> : null}
        {diffState.error ? <p className="error">{diffState.error}</p> : null}
        {diff && !diffState.loading ? (
          <RevisionDiffView diff={diff} describe={props.describe} />
        ) : null}
      </div>
      <Dialog
        open={restoring !== null}
        title={t('editor.revisions.restoreTitle', { number: restoring ?? 0 })}
        onClose={() => setRestoring(null)}
      >
        <p>{t('editor.revisions.restoreText', { number: restoring ?? 0 })}</p>
        <div className="dialog__actions">
          <button
            type="button"
            className="primary"
            data-autofocus
            onClick={() => restoring !== null && void restore(restoring)}
          >
            {t('editor.revisions.restoreConfirm')}
          </button>
          <button type="button" onClick={() => setRestoring(null)}>
            {t('common.cancel')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
