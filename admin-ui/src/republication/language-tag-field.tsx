import { useId } from 'react';
import { useLanguage } from '../i18n/i18n.tsx';
import { TextField } from '../manage/fields.tsx';
import { languageName } from '../manage/languages.ts';

/**
 * A language tag typed in ('es', 'pt-BR'), with the network's languages offered as suggestions by
 * their names. Any tag may be typed: the server says what is wrong with one it does not know.
 */
export function LanguageTagField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Tags to suggest. */
  languages: string[];
  error: string | undefined;
  hint?: string;
  id?: string;
}) {
  const language = useLanguage();
  const listId = useId();
  return (
    <>
      <TextField
        {...(props.id ? { id: props.id } : {})}
        label={props.label}
        hint={props.hint}
        value={props.value}
        required
        size={12}
        list={listId}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => props.onChange(event.target.value)}
        error={props.error}
      />
      <datalist id={listId}>
        {props.languages.map((tag) => (
          <option key={tag} value={tag}>
            {languageName(tag, language)}
          </option>
        ))}
      </datalist>
    </>
  );
}
