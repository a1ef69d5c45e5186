import { type FormEvent, useId, useState } from 'react';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { TextAreaField, TextField } from './fields.tsx';
import { canonicalTag, keyFor, languageName } from './languages.ts';

/** One field written per language: its key in the record and how it is labelled. */
export interface LanguageField<F extends string> {
  key: F;
  label: string;
  multiline?: boolean;
  hint?: string;
}

/**
 * Texts written per language (alt text and caption, a bio…), as one group of fields per
 * language: the edition's language first, then the others; another language is added by its
 * BCP 47 tag. Issues from the API are looked up as `<path>.<tag>.<field>`.
 */
export function LanguageTexts<F extends string>(props: {
  legend: string;
  value: Record<string, Record<F, string>>;
  fields: LanguageField<F>[];
  /** The edition's language: always shown, first. */
  primary: string;
  onChange(value: Record<string, Record<F, string>>): void;
  issue(path: string): string | undefined;
  path: string;
}) {
  const t = useT();
  const ui = useLanguage();
  const id = useId();
  const [adding, setAdding] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const primaryKey = keyFor(props.value, props.primary);
  const others = Object.keys(props.value)
    .filter((tag) => tag !== primaryKey)
    .sort();
  const empty = () =>
    Object.fromEntries(props.fields.map((field) => [field.key, ''])) as Record<F, string>;

  const setField = (tag: string, key: F, text: string) =>
    props.onChange({ ...props.value, [tag]: { ...(props.value[tag] ?? empty()), [key]: text } });

  const remove = (tag: string) => {
    const next = { ...props.value };
    delete next[tag];
    props.onChange(next);
    // The removed group's button is gone: the language input is the next useful place.
    document.getElementById(`${id}-add`)?.focus();
  };

  const add = (event?: FormEvent) => {
    event?.preventDefault();
    const tag = canonicalTag(adding);
    if (!tag) {
      setAddError(t('manage.languages.invalidTag'));
      return;
    }
    if (tag in props.value || tag === primaryKey) {
      setAddError(t('manage.languages.duplicate', { language: languageName(tag, ui) }));
      return;
    }
    props.onChange({ ...props.value, [tag]: empty() });
    setAdding('');
    setAddError(null);
    // Move on to the new language's first field, where the user will type next.
    requestAnimationFrame(() =>
      document.getElementById(`${id}-${tag}-${props.fields[0]?.key ?? ''}`)?.focus(),
    );
  };

  // An issue about the record itself or a language no group shows (a tag the API refused).
  const generalIssue = Object.keys(props.value).some((tag) => props.issue(`${props.path}.${tag}`))
    ? undefined
    : props.issue(props.path);

  const group = (tag: string, isPrimary: boolean) => {
    const texts = props.value[tag] ?? empty();
    const name = languageName(tag, ui);
    const groupIssue = props.fields.some((field) =>
      props.issue(`${props.path}.${tag}.${field.key}`),
    )
      ? undefined
      : props.issue(`${props.path}.${tag}`);
    return (
      <fieldset key={tag} className="language-group" lang={tag}>
        <legend>
          {name} <span className="tag-code">({tag})</span>
          {isPrimary ? (
            <span className="note"> — {t('manage.languages.editionLanguage')}</span>
          ) : null}
        </legend>
        {groupIssue ? <p className="error">{groupIssue}</p> : null}
        {props.fields.map((field) =>
          field.multiline ? (
            <TextAreaField
              key={field.key}
              id={`${id}-${tag}-${field.key}`}
              label={field.label}
              hint={field.hint}
              value={texts[field.key]}
              onChange={(event) => setField(tag, field.key, event.target.value)}
              error={props.issue(`${props.path}.${tag}.${field.key}`)}
            />
          ) : (
            <TextField
              key={field.key}
              id={`${id}-${tag}-${field.key}`}
              label={field.label}
              hint={field.hint}
              value={texts[field.key]}
              onChange={(event) => setField(tag, field.key, event.target.value)}
              error={props.issue(`${props.path}.${tag}.${field.key}`)}
            />
          ),
        )}
        {isPrimary ? null : (
          <button type="button" className="small" onClick={() => remove(tag)}>
            {t('manage.languages.remove', { language: name })}
          </button>
        )}
      </fieldset>
    );
  };

  // lang on each group: screen readers and spell checkers use the text's own language; the
  // labels stay in the interface language because they inherit from the fieldset's parent.
  return (
    <fieldset className="language-texts">
      <legend>{props.legend}</legend>
      {generalIssue ? <p className="error">{generalIssue}</p> : null}
      {group(primaryKey, true)}
      {others.map((tag) => group(tag, false))}
      <div className="add-language">
        <TextField
          id={`${id}-add`}
          label={t('manage.languages.add')}
          hint={t('manage.languages.addHint')}
          value={adding}
          error={addError ?? undefined}
          onChange={(event) => {
            setAdding(event.target.value);
            setAddError(null);
          }}
          onKeyDown={(event) => {
            // Enter adds the language rather than submitting the surrounding form.
            if (event.key === 'Enter') add(event);
          }}
          size={10}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="button" onClick={() => add()}>
          {t('manage.languages.addButton')}
        </button>
      </div>
    </fieldset>
  );
}

/** The record without languages whose every field is empty (rows added and left blank). */
export function withoutEmptyLanguages<T extends Record<string, string | null>>(
  value: Record<string, T>,
): Record<string, T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, texts]) =>
      Object.values(texts).some((text) => (text ?? '').trim() !== ''),
    ),
  );
}
