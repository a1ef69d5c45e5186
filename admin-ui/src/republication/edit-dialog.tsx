import type { FormEvent, ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { Dialog } from '../manage/dialog.tsx';
import { FailureMessage, StatusLine } from '../manage/feedback.tsx';
import { confirmDiscard, useUnsavedGuard } from '../manage/unsaved.ts';
import type { Submission } from '../manage/use-submit.ts';

/**
 * A dialog with a form that changes one thing: the fields (children), the server's messages,
 * Save and Cancel. Closing with unsaved changes asks first; a save that fails keeps everything
 * typed.
 */
export function EditDialog(props: {
  title: string;
  form: Submission;
  /** The fields the children show the server's messages for. */
  shown: string[];
  dirty: boolean;
  /** Saves; runs through `form`, so a failure is shown rather than thrown. */
  save(): Promise<unknown>;
  success: string;
  onClose(): void;
  /** After a successful save (the dialog is usually closed then). */
  onSaved?(): void;
  fallbackFocus?: string;
  children: ReactNode;
}) {
  const t = useT();
  const guard = useUnsavedGuard(props.dirty);
  const close = () => {
    if (confirmDiscard(props.dirty, t('manage.discardChanges'))) props.onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await props.form.run(async () => {
      await props.save();
      guard.release();
    }, props.success);
    if (done) props.onSaved?.();
  };
  return (
    <Dialog
      title={props.title}
      onClose={close}
      size="wide"
      {...(props.fallbackFocus ? { fallbackFocus: props.fallbackFocus } : {})}
    >
      <form onSubmit={submit} noValidate>
        <FailureMessage form={props.form} shown={props.shown} />
        {props.children}
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={props.form.busy || undefined}>
            {t('common.save')}
          </button>
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <StatusLine form={props.form} />
        </div>
      </form>
    </Dialog>
  );
}
