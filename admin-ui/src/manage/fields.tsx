import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';

/** The ids that tie a control to its hint and error, for aria-describedby. */
function described(id: string, error: string | undefined, hint: ReactNode): string | undefined {
  return (
    [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined
  );
}

function HintAndError(props: { id: string; error?: string | undefined; hint?: ReactNode }) {
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

interface Labelled {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
}

/** A labelled one-line input with its hint and error; `id` may be given to focus it later. */
export function TextField(props: InputHTMLAttributes<HTMLInputElement> & Labelled) {
  const { label, error, hint, id: given, ...rest } = props;
  const generated = useId();
  const id = given ?? generated;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, error, hint)}
        {...rest}
      />
      <HintAndError id={id} error={error} hint={hint} />
    </div>
  );
}

/** A labelled multi-line text with its hint and error. */
export function TextAreaField(props: TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled) {
  const { label, error, hint, id: given, ...rest } = props;
  const generated = useId();
  const id = given ?? generated;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, error, hint)}
        {...rest}
      />
      <HintAndError id={id} error={error} hint={hint} />
    </div>
  );
}

/** A labelled choice from a list, with its hint and error. */
export function SelectField(
  props: SelectHTMLAttributes<HTMLSelectElement> & Labelled & { children: ReactNode },
) {
  const { label, error, hint, children, id: given, ...rest } = props;
  const generated = useId();
  const id = given ?? generated;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, error, hint)}
        {...rest}
      >
        {children}
      </select>
      <HintAndError id={id} error={error} hint={hint} />
    </div>
  );
}

/** A checkbox with its label after it, and its hint and error. */
export function CheckboxField(props: InputHTMLAttributes<HTMLInputElement> & Labelled) {
  const { label, error, hint, id: given, ...rest } = props;
  const generated = useId();
  const id = given ?? generated;
  return (
    <div className="field field--check">
      <input
        id={id}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, error, hint)}
        {...rest}
      />
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} error={error} hint={hint} />
    </div>
  );
}

interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: ReactNode;
}

/** A fieldset of radio buttons or checkboxes whose legend names the question. */
function ChoiceGroup<V extends string>(props: {
  type: 'radio' | 'checkbox';
  legend: string;
  name: string;
  options: Choice<V>[];
  checked(value: V): boolean;
  onChange(value: V, checked: boolean): void;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <fieldset className="radio-group" aria-describedby={described(id, props.error, props.hint)}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <div key={option.value} className="radio-option">
          <input
            id={`${id}-${option.value}`}
            type={props.type}
            name={props.name}
            value={option.value}
            checked={props.checked(option.value)}
            onChange={(event) => props.onChange(option.value, event.target.checked)}
            aria-invalid={props.error ? true : undefined}
            aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          {option.hint ? (
            <p className="hint" id={`${id}-${option.value}-hint`}>
              {option.hint}
            </p>
          ) : null}
        </div>
      ))}
      <HintAndError id={id} error={props.error} hint={props.hint} />
    </fieldset>
  );
}

/** One choice among a few, as radio buttons in a fieldset whose legend names the question. */
export function RadioGroup<V extends string>(props: {
  legend: string;
  name: string;
  value: V;
  options: { value: V; label: string; hint?: string }[];
  onChange(value: V): void;
  error?: string | undefined;
}) {
  const { value, onChange, ...rest } = props;
  return (
    <ChoiceGroup
      type="radio"
      {...rest}
      checked={(option) => option === value}
      onChange={(option) => onChange(option)}
    />
  );
}

/** Any number of choices, as checkboxes in a fieldset whose legend names the question. */
export function CheckboxGroup<V extends string>(props: {
  legend: string;
  name: string;
  values: readonly V[];
  options: Choice<V>[];
  onChange(value: V, checked: boolean): void;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  const { values, ...rest } = props;
  return <ChoiceGroup type="checkbox" {...rest} checked={(option) => values.includes(option)} />;
}
