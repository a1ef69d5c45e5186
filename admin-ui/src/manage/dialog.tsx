import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/i18n.tsx';

/**
 * A modal dialog: a native <dialog> opened with showModal(), so the page behind is inert and
 * Tab stays inside; focus moves into it on open and back to what opened it on close; Escape
 * closes it (through `onClose`, so the owner can keep or drop its state).
 */
export function Dialog(props: {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** 'wide' for pickers and editors with a preview. */
  size?: 'narrow' | 'wide';
  /** What to focus first; by default the dialog's first control. */
  initialFocus?: string;
  /** Where focus goes on close when what opened the dialog is gone (a deleted row's button). */
  fallbackFocus?: string;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;

  // biome-ignore lint/correctness/useExhaustiveDependencies: opened once, on mount.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = props.initialFocus
      ? dialog.querySelector<HTMLElement>(props.initialFocus)
      : dialog.querySelector<HTMLElement>(
          'input:not([type=hidden]), select, textarea, button:not(.dialog-close)',
        );
    first?.focus();
    return () => {
      dialog.close();
      // The opener may have gone (its row was deleted): then the named place, or the content.
      const fallback = props.fallbackFocus
        ? document.querySelector<HTMLElement>(props.fallbackFocus)
        : null;
      if (opener?.isConnected) opener.focus();
      else (fallback ?? document.getElementById('main-content'))?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      // biome-ignore lint/a11y/noRedundantRoles: said outright for tools that look for the attribute.
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      className={`manage-dialog manage-dialog--${props.size ?? 'narrow'}`}
      onCancel={(event) => {
        // Escape: the owner decides, so a dialog with unsaved input can ask first.
        event.preventDefault();
        onClose.current();
      }}
    >
      <div className="manage-dialog__head">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" className="dialog-close" onClick={() => onClose.current()}>
          {t('common.close')}
        </button>
      </div>
      {props.children}
    </dialog>
  );
}

/** Asks to confirm something that cannot be undone; the confirming button says what it does. */
export function ConfirmDialog(props: {
  title: string;
  message: ReactNode;
  confirm: string;
  onConfirm(): void;
  onCancel(): void;
  busy?: boolean;
  fallbackFocus?: string;
}) {
  const t = useT();
  return (
    <Dialog
      title={props.title}
      onClose={props.onCancel}
      initialFocus=".confirm-cancel"
      {...(props.fallbackFocus ? { fallbackFocus: props.fallbackFocus } : {})}
    >
      <div className="manage-dialog__body">{props.message}</div>
      <div className="actions">
        <button type="button" className="confirm-cancel" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="danger"
          aria-disabled={props.busy || undefined}
          onClick={() => props.busy || props.onConfirm()}
        >
          {props.confirm}
        </button>
      </div>
    </Dialog>
  );
}
