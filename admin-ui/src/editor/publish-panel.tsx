import { useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { Article } from '../api/types.ts';
import { StatusBadge } from '../components/status.tsx';
import type { Key } from '../i18n/en.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { Dialog } from './dialog.tsx';
import type { ArticleAction } from './permissions.ts';
import { fromLocalInput, localTimeZone, toLocalInput } from './schedule-time.ts';
import type { ArticleEditorModel } from './use-article-editor.ts';

type Transition = 'publish' | 'schedule' | 'submit' | 'unpublish' | 'trash' | 'restore';

/** Transitions that take the text as it is on screen: unsaved changes are saved first. */
const SAVES_FIRST: Transition[] = ['publish', 'schedule', 'submit'];

/** A date and time in the interface language, with the zone when it is not the user's own. */
export function formatWhen(iso: string, language: string, timeZone?: string): string {
  // dateStyle and timeStyle cannot be combined with timeZoneName: the parts are spelled out.
  return new Intl.DateTimeFormat(
    language,
    timeZone
      ? {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
          timeZone,
          timeZoneName: 'short',
        }
      : { dateStyle: 'full', timeStyle: 'short' },
  ).format(new Date(iso));
}

/**
 * Publishing: the article's state, and the buttons that make sense for it and for the user's
 * role: publish now, schedule, submit for review, unpublish, move to the trash and back.
 */
export function PublishPanel(props: {
  model: ArticleEditorModel;
  may(action: ArticleAction): boolean;
  /** The edition's time zone, to show a scheduled time as the edition's readers see it. */
  siteTimeZone: string | null;
}) {
  const t = useT();
  const language = useLanguage();
  const { model } = props;
  const article = model.article;
  const [busy, setBusy] = useState<Transition | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // Unpublishing takes the article off the reader site: it is confirmed first.
  const [confirming, setConfirming] = useState(false);
  const [when, setWhen] = useState(() =>
    toLocalInput(new Date(Date.now() + 60 * 60 * 1000 - (Date.now() % (15 * 60 * 1000)))),
  );
  const [whenError, setWhenError] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  // The button just pressed may be gone (Publish becomes Unpublish): the focus then goes to
  // the panel, where the result is read out, instead of getting lost.
  const [settled, setSettled] = useState(0);
  useEffect(() => {
    if (!settled) return;
    const active = document.activeElement;
    if (!active || active === document.body) heading.current?.focus();
  }, [settled]);

  if (!article) {
    return (
      <section className="side-section publish-panel" aria-labelledby="publish-title">
        <h2 id="publish-title">{t('editor.publish.title')}</h2>
        <p className="hint">{t('editor.publish.unsaved')}</p>
      </section>
    );
  }

  const status = article.status;
  const trashed = Boolean(article.deletedAt);
  const run = async (transition: Transition, done: Key) => {
    setBusy(transition);
    setMessage(null);
    setWhenError(undefined);
    try {
      if (SAVES_FIRST.includes(transition) && model.dirty && !(await model.save())) {
        setMessage({ text: t('editor.publish.saveFirst'), error: true });
        return;
      }
      let next: Article;
      if (transition === 'trash') next = await api<Article>('DELETE', `/articles/${article.id}`);
      else if (transition === 'schedule') {
        const at = fromLocalInput(when);
        if (!at) {
          setWhenError(t('editor.publish.badTime'));
          return;
        }
        next = await api<Article>('POST', `/articles/${article.id}/schedule`, { at });
      } else next = await api<Article>('POST', `/articles/${article.id}/${transition}`);
      model.adopt(next);
      setMessage({ text: t(done), error: false });
    } catch (failure) {
      if (failure instanceof ApiError) {
        const atIssue = failure.issueAt('at');
        if (atIssue) setWhenError(atIssue);
        else setMessage({ text: failure.issueAt('status') ?? failure.message, error: true });
      } else {
        setMessage({ text: t('editor.publish.offline'), error: true });
      }
    } finally {
      setBusy(null);
      setSettled((count) => count + 1);
    }
  };

  const canPublish = !trashed && props.may('publish') && status !== 'published';
  const canSchedule = !trashed && props.may('publish') && status !== 'published';
  const canSubmit = !trashed && status === 'draft' && !props.may('publish') && props.may('submit');
  const canUnpublish = !trashed && props.may('unpublish') && status === 'published';
  const canCancelSchedule = !trashed && props.may('unpublish') && status === 'scheduled';
  const canTrash = !trashed && props.may('delete');
  const canRestore = trashed && props.may('restore');

  return (
    <section className="side-section publish-panel" aria-labelledby="publish-title">
      <h2 id="publish-title" ref={heading} tabIndex={-1}>
        {t('editor.publish.title')}
      </h2>
      <p className="publish-panel__state">
        <StatusBadge status={status} trashed={trashed} />{' '}
        {status === 'published' && article.publishedAt
          ? t('editor.publish.publishedAt', { when: formatWhen(article.publishedAt, language) })
          : null}
        {status === 'scheduled' && article.scheduledAt
          ? t('editor.publish.scheduledAt', { when: formatWhen(article.scheduledAt, language) })
          : null}
      </p>
      {status === 'pending' ? <p className="hint">{t('editor.publish.pending')}</p> : null}
      {status === 'scheduled' &&
      article.scheduledAt &&
      props.siteTimeZone &&
      props.siteTimeZone !== localTimeZone() ? (
        <p className="hint">
          {t('editor.publish.editionTime', {
            when: formatWhen(article.scheduledAt, language, props.siteTimeZone),
          })}
        </p>
      ) : null}
      {trashed ? <p className="hint">{t('editor.publish.inTrash')}</p> : null}

      <div className="row-actions">
        {canPublish ? (
          <button
            type="button"
            className="primary"
            disabled={busy !== null}
            onClick={() => void run('publish', 'editor.publish.published')}
          >
            {status === 'scheduled' ? t('editor.publish.publishNow') : t('editor.publish.publish')}
          </button>
        ) : null}
        {canSubmit ? (
          <button
            type="button"
            className="primary"
            disabled={busy !== null}
            onClick={() => void run('submit', 'editor.publish.submitted')}
          >
            {t('editor.publish.submit')}
          </button>
        ) : null}
        {canUnpublish ? (
          <button
            type="button"
            className="danger"
            disabled={busy !== null}
            onClick={() => setConfirming(true)}
          >
            {t('editor.publish.unpublish')}
          </button>
        ) : null}
        {canCancelSchedule ? (
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => void run('unpublish', 'editor.publish.scheduleCancelled')}
          >
            {t('editor.publish.cancelSchedule')}
          </button>
        ) : null}
        {canRestore ? (
          <button
            type="button"
            className="primary"
            disabled={busy !== null}
            onClick={() => void run('restore', 'editor.publish.restored')}
          >
            {t('editor.publish.restore')}
          </button>
        ) : null}
      </div>

      {canSchedule ? (
        <div className="schedule">
          <label htmlFor="article-schedule-at">{t('editor.publish.when')}</label>
          <div className="schedule__row">
            <input
              id="article-schedule-at"
              type="datetime-local"
              value={when}
              aria-invalid={whenError ? true : undefined}
              aria-describedby={`article-schedule-hint${whenError ? ' article-schedule-error' : ''}`}
              onChange={(event) => {
                setWhen(event.target.value);
                setWhenError(undefined);
              }}
            />
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => void run('schedule', 'editor.publish.scheduled')}
            >
              {status === 'scheduled'
                ? t('editor.publish.reschedule')
                : t('editor.publish.schedule')}
            </button>
          </div>
          <p className="hint" id="article-schedule-hint">
            {t('editor.publish.zone', { zone: localTimeZone() })}
          </p>
          {whenError ? (
            <p className="error" id="article-schedule-error">
              {whenError}
            </p>
          ) : null}
        </div>
      ) : null}

      <p
        className={message?.error ? 'error' : 'hint'}
        role={message?.error ? 'alert' : undefined}
        aria-live="polite"
      >
        {busy ? t('editor.publish.working') : (message?.text ?? '')}
      </p>

      {canTrash ? (
        <button
          type="button"
          className="danger link-button"
          disabled={busy !== null}
          onClick={() => void run('trash', 'editor.publish.trashed')}
        >
          {t('editor.publish.trash')}
        </button>
      ) : null}

      <Dialog
        open={confirming}
        title={t('editor.publish.confirmUnpublishTitle')}
        onClose={() => setConfirming(false)}
      >
        <p>{t('editor.publish.confirmUnpublish')}</p>
        <div className="dialog__actions">
          <button
            type="button"
            className="danger"
            data-autofocus
            onClick={() => {
              setConfirming(false);
              void run('unpublish', 'editor.publish.unpublished');
            }}
          >
            {t('editor.publish.unpublishConfirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
