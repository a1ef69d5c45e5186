import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

/*
 * The editor's labelled fields. Like components/field.tsx, with an id of their own: the same
 * field keeps its focus when a just-created article reopens at its own address.
 */

interface Common {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** Where a message about the field lives, besides its own hint and error. */
  describedBy?: string | undefined;
}

function describedBy(props: Common): string | undefined {
  const ids = [
    props.error ? `${props.id}-error` : '',
    props.hint ? `${props.id}-hint` : '',
    props.describedBy ?? '',
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Messages(props: Common) {
  return (
    <>
      {props.hint ? (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </>
  );
}

export function TextField(props: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  const { id, label, error, hint, describedBy: _extra, className, ...input } = props;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props)}
        {...input}
      />
      <Messages {...props} />
    </div>
  );
}

export function TextAreaField(
  props: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>,
) {
  const { id, label, error, hint, describedBy: _extra, className, ...input } = props;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props)}
        {...input}
      />
      <Messages {...props} />
    </div>
  );
}
