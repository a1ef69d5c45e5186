import { useT } from '../i18n/i18n.tsx';
import { TextAreaField, TextField } from '../manage/fields.tsx';
import { LanguageTagField } from './language-tag-field.tsx';
import type { OutsideSource } from './types.ts';

/** Where the API names the source's fields in its issues. */
export const SOURCE_PATH = 'origin.source';

export const SOURCE_FIELDS = [
  'publication',
  'url',
  'language',
  'publishedOn',
  'permission',
] as const;

/** An outside source as typed: every field a string, checked by the server. */
export function emptySource(language: string): OutsideSource {
  return { kind: 'outside', publication: '', url: '', language, publishedOn: '', permission: '' };
}

/** Whether anything was typed that differs from the starting point. */
export function sourceChanged(a: OutsideSource, b: OutsideSource): boolean {
  return SOURCE_FIELDS.some((field) => a[field] !== b[field]);
}

/**
 * The fields of a text first published outside the network: the publication, the original's
 * address, its language and date, and the permission it is republished under. Each field
 * shows the server's message for it.
 */
export function OutsideSourceFields(props: {
  value: OutsideSource;
  onChange(value: OutsideSource): void;
  /** The message for one of the source's fields, by its name. */
  issue(field: (typeof SOURCE_FIELDS)[number]): string | undefined;
  /** Languages to suggest (the network's), as tags. */
  languages: string[];
}) {
  const t = useT();
  const { value, onChange } = props;
  const set = (field: (typeof SOURCE_FIELDS)[number], text: string) =>
    onChange({ ...value, [field]: text });
  return (
    <fieldset className="outside-source">
      <legend>{t('republication.outside.legend')}</legend>
      <TextField
        label={t('republication.outside.publication')}
        hint={t('republication.outside.publicationHint')}
        value={value.publication}
        required
        maxLength={200}
        onChange={(event) => set('publication', event.target.value)}
        error={props.issue('publication')}
      />
      <TextField
        label={t('republication.outside.url')}
        hint={t('republication.outside.urlHint')}
        type="url"
        value={value.url}
        required
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => set('url', event.target.value)}
        error={props.issue('url')}
      />
      <LanguageTagField
        label={t('republication.outside.language')}
        hint={t('republication.outside.languageHint')}
        value={value.language}
        onChange={(text) => set('language', text)}
        languages={props.languages}
        error={props.issue('language')}
      />
      <TextField
        label={t('republication.outside.publishedOn')}
        type="date"
        value={value.publishedOn}
        required
        onChange={(event) => set('publishedOn', event.target.value)}
        error={props.issue('publishedOn')}
      />
      <TextAreaField
        label={t('republication.outside.permission')}
        hint={t('republication.outside.permissionHint')}
        value={value.permission}
        required
        maxLength={500}
        rows={2}
        onChange={(event) => set('permission', event.target.value)}
        error={props.issue('permission')}
      />
    </fieldset>
  );
}
