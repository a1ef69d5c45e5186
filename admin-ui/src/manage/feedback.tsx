import { useEffect, useRef } from 'react';
import { ApiError } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { otherIssues, type Submission } from './use-submit.ts';

/**
 * What went wrong with a submission, read out when it appears: the API's message in the user's
 * language, and any field issue no field of the form shows (so no problem goes unexplained).
 */
export function FailureMessage(props: { form: Submission; shown?: string[] }) {
  const t = useT();
  const { error } = props.form;
  const box = useRef<HTMLDivElement>(null);
  // Take the user to the first field that needs attention; when no field does, to the message.
  useEffect(() => {
    if (!error || !box.current) return;
    const form = box.current.closest('form');
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? box.current).focus();
  }, [error]);
  if (!error) return null;
  const message =
    error instanceof ApiError
      ? error.message
      : // fetch() fails with a TypeError when the server cannot be reached.
        t('manage.unreachable');
  const others = otherIssues(error, props.shown ?? []);
  return (
    <div className="form-error" role="alert" ref={box} tabIndex={-1}>
      <p>{message}</p>
      {others.length > 0 ? (
        <ul>
          {others.map((issue) => (
            <li key={`${issue.path}-${issue.code}`}>
              <code>{issue.path}</code> {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="hint">{t('manage.inputKept')}</p>
    </div>
  );
}

/**
 * A polite live region for what a form is doing and has done ("Saving…", "Saved."). It is always
 * in the page, so screen readers notice when its text changes.
 */
export function StatusLine(props: { form?: Submission; message?: string }) {
  const t = useT();
  const text = props.form?.busy
    ? t('common.saving')
    : (props.message ?? '') || (props.form?.status ?? '');
  return (
    <p className="status-line" role="status">
      {text}
    </p>
  );
}

/**
 * Where a form stands, next to its Save button: "Saving…" and "Saved." in a live region, and a
 * plain (not announced) note while there are unsaved changes.
 */
export function SaveState(props: { form: Submission; dirty: boolean }) {
  const t = useT();
  return (
    <>
      <StatusLine
        message={props.form.busy ? t('common.saving') : props.dirty ? '' : props.form.status}
      />
      {props.dirty && !props.form.busy ? (
        <span className="unsaved-note">{t('manage.unsaved')}</span>
      ) : null}
    </>
  );
}
