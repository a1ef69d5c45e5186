import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/i18n.tsx';

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog on the native <dialog> (the page behind is inert, Escape closes it). Focus goes
 * to the element marked data-autofocus, else the first control, and comes back to where it was
 * when the dialog closes. Its content exists only while it is open.
 */
export function Dialog(props: {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Wider, for comparisons. */
  wide?: boolean;
  /** An element inside that describes the dialog. */
  describedBy?: string;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      const active = document.activeElement;
      returnTo.current = active instanceof HTMLElement ? active : null;
      dialog.showModal();
      const target =
        dialog.querySelector<HTMLElement>('[data-autofocus]') ??
        dialog.querySelector('.dialog__body')?.querySelector<HTMLElement>(FOCUSABLE) ??
        dialog.querySelector<HTMLElement>(FOCUSABLE);
      target?.focus();
    } else if (!props.open && dialog.open) {
      dialog.close();
      const back = returnTo.current;
      if (back?.isConnected) back.focus();
    }
  }, [props.open]);

  // Leaving the screen with the dialog open: give focus back all the same.
  useEffect(
    () => () => {
      const back = returnTo.current;
      if (ref.current?.open && back?.isConnected) back.focus();
    },
    [],
  );

  return (
    <dialog
      ref={ref}
      className={`dialog${props.wide ? ' dialog--wide' : ''}`}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={props.describedBy}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      {props.open ? (
        <>
          <div className="dialog__header">
            <h2 id={titleId}>{props.title}</h2>
            <button type="button" className="dialog__close" onClick={props.onClose}>
              {t('editor.dialog.close')}
            </button>
          </div>
          <div className="dialog__body">{props.children}</div>
        </>
      ) : null}
    </dialog>
  );
}
