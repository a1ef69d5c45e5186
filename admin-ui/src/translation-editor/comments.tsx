import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import type { TaskComment } from './types.ts';

/*
 * Review comments on one place of the translation (a block, a field, or the whole): the open
 * ones listed, the resolved ones folded away, a form to add one, a button to resolve each.
 */

export interface CommentActions {
  /** Whether the user may comment and resolve here (the assignee, or a reviewer). */
  may: boolean;
  add(blockId: string | null, body: string): Promise<void>;
  resolve(commentId: string): Promise<void>;
}

function CommentItem(props: { comment: TaskComment; actions: CommentActions; place: string }) {
  const t = useT();
  const language = useLanguage();
  const [error, setError] = useState<string | null>(null);
  const { comment } = props;
  const when = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(comment.createdAt));
  return (
    <li className="comment">
      <p className="comment__meta">
        {t('te.comment.by', { name: comment.author?.name ?? t('te.history.desk'), when })}
      </p>
      <p className="comment__body">{comment.body}</p>
      {comment.resolvedAt ? (
        <p className="hint">
          {t('te.comment.resolvedBy', { name: comment.resolver?.name ?? t('te.history.desk') })}
        </p>
      ) : props.actions.may ? (
        <button
          type="button"
          onClick={() =>
            void props.actions
              .resolve(comment.id)
              .catch((failure: unknown) =>
                setError(failure instanceof ApiError ? failure.message : t('manage.unreachable')),
              )
          }
        >
          {t('te.comment.resolve')}
          <span className="visually-hidden">
            {' '}
            {t('te.comment.resolveWhich', { place: props.place })}
          </span>
        </button>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

function CommentList(props: { comments: TaskComment[]; actions: CommentActions; place: string }) {
  return (
    <ul>
      {props.comments.map((comment) => (
        <CommentItem
          key={comment.id}
          comment={comment}
          actions={props.actions}
          place={props.place}
        />
      ))}
    </ul>
  );
}

/** The comments on one place, and adding one there. */
export function CommentThread(props: {
  comments: TaskComment[];
  blockId: string | null;
  /** Where, in words ("block 3", "the headline"), for the buttons' names. */
  place: string;
  actions: CommentActions;
}) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = props.comments.filter((comment) => !comment.resolvedAt);
  const resolved = props.comments.filter((comment) => comment.resolvedAt);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('te.comment.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await props.actions.add(props.blockId, text.trim());
      setText('');
      setOpen(false);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : t('manage.unreachable'));
    } finally {
      setBusy(false);
    }
  };

  if (!shown.length && !resolved.length && !props.actions.may) return null;
  return (
    <div className="comments">
      {shown.length ? (
        <>
          <p className="comments__title">
            {shown.length === 1
              ? t('te.comment.openOne')
              : t('te.comment.open', { count: shown.length })}
          </p>
          <CommentList comments={shown} actions={props.actions} place={props.place} />
        </>
      ) : null}
      {resolved.length ? (
        <details className="comments__resolved">
          <summary>{t('te.comment.resolvedCount', { count: resolved.length })}</summary>
          <CommentList comments={resolved} actions={props.actions} place={props.place} />
        </details>
      ) : null}
      {props.actions.may && !open ? (
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t('te.comment.add')}
          <span className="visually-hidden">
            {' '}
            {t('te.comment.addWhere', { place: props.place })}
          </span>
        </button>
      ) : null}
      {open ? (
        <form className="comment-form" onSubmit={(event) => void submit(event)} noValidate>
          <label htmlFor={`${id}-text`}>{t('te.comment.label', { place: props.place })}</label>
          <textarea
            id={`${id}-text`}
            rows={3}
            value={text}
            // biome-ignore lint/a11y/noAutofocus: the form opens on request, to be typed in.
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          {error ? (
            <p className="error" id={`${id}-error`} role="alert">
              {error}
            </p>
          ) : null}
          <div className="row-actions">
            <button type="submit" className="primary" aria-disabled={busy || undefined}>
              {t('te.comment.post')}
            </button>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                setError(null);
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
