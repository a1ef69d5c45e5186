import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { FailureMessage, StatusLine } from '../manage/feedback.tsx';
import { CheckboxField, TextAreaField, TextField } from '../manage/fields.tsx';
import { useUnsavedGuard } from '../manage/unsaved.ts';
import { type Submission, useSubmit } from '../manage/use-submit.ts';
import { EditDialog } from './edit-dialog.tsx';
import { LanguageTagField } from './language-tag-field.tsx';
import type { GlossaryTerm } from './types.ts';

/** What the glossary form edits: everything of a term but its bookkeeping. */
export type TermFields = Pick<
  GlossaryTerm,
  | 'sourceLanguage'
  | 'targetLanguage'
  | 'sourceTerm'
  | 'targetTerm'
  | 'note'
  | 'caseSensitive'
  | 'doNotTranslate'
>;

const FIELD_NAMES: (keyof TermFields)[] = [
  'sourceLanguage',
  'targetLanguage',
  'sourceTerm',
  'targetTerm',
  'note',
  'caseSensitive',
  'doNotTranslate',
];

/** The fields the API may name in its issues: each is shown next to its control. */
const SHOWN: string[] = FIELD_NAMES;

export function newTerm(sourceLanguage = '', targetLanguage = ''): TermFields {
  return {
    sourceLanguage,
    targetLanguage,
    sourceTerm: '',
    targetTerm: '',
    note: '',
    caseSensitive: false,
    doNotTranslate: false,
  };
}

function termFieldsOf(term: GlossaryTerm): TermFields {
  return Object.fromEntries(FIELD_NAMES.map((name) => [name, term[name]])) as TermFields;
}

/** The fields that differ, to send as a change. */
function changed(before: TermFields, after: TermFields): Partial<TermFields> {
  return Object.fromEntries(
    FIELD_NAMES.filter((name) => before[name] !== after[name]).map((name) => [name, after[name]]),
  );
}

/** The languages of a term, a source and the language it goes into, and the term itself. */
function TermFieldset(props: {
  fields: TermFields;
  onChange(fields: TermFields): void;
  form: Submission;
  languages: string[];
  /** An id for the first field, so it can take focus after a save. */
  firstId?: string;
}) {
  const t = useT();
  const { fields, onChange, form } = props;
  const set = <K extends keyof TermFields>(name: K, value: TermFields[K]) =>
    onChange({ ...fields, [name]: value });
  return (
    <>
      <div className="glossary-pair">
        <LanguageTagField
          {...(props.firstId ? { id: props.firstId } : {})}
          label={t('republication.glossary.sourceLanguage')}
          value={fields.sourceLanguage}
          onChange={(value) => set('sourceLanguage', value)}
          languages={props.languages}
          error={form.issue('sourceLanguage')}
        />
        <LanguageTagField
          label={t('republication.glossary.targetLanguage')}
          value={fields.targetLanguage}
          onChange={(value) => set('targetLanguage', value)}
          languages={props.languages}
          error={form.issue('targetLanguage')}
        />
      </div>
      <p className="hint">{t('republication.glossary.languagesHint')}</p>
      <TextField
        label={t('republication.glossary.sourceTerm')}
        value={fields.sourceTerm}
        required
        maxLength={200}
        lang={fields.sourceLanguage || undefined}
        onChange={(event) => set('sourceTerm', event.target.value)}
        error={form.issue('sourceTerm')}
      />
      <CheckboxField
        label={t('republication.glossary.doNotTranslate')}
        hint={t('republication.glossary.doNotTranslateHint')}
        checked={fields.doNotTranslate}
        onChange={(event) => set('doNotTranslate', event.target.checked)}
        error={form.issue('doNotTranslate')}
      />
      <TextField
        label={t('republication.glossary.targetTerm')}
        hint={fields.doNotTranslate ? t('republication.glossary.targetTermKept') : undefined}
        value={fields.targetTerm}
        required={!fields.doNotTranslate}
        maxLength={200}
        lang={fields.targetLanguage || undefined}
        onChange={(event) => set('targetTerm', event.target.value)}
        error={form.issue('targetTerm')}
      />
      <TextAreaField
        label={t('republication.glossary.note')}
        hint={t('republication.glossary.noteHint')}
        value={fields.note}
        maxLength={1000}
        rows={2}
        onChange={(event) => set('note', event.target.value)}
        error={form.issue('note')}
      />
      <CheckboxField
        label={t('republication.glossary.caseSensitive')}
        hint={t('republication.glossary.caseSensitiveHint')}
        checked={fields.caseSensitive}
        onChange={(event) => set('caseSensitive', event.target.checked)}
        error={form.issue('caseSensitive')}
      />
    </>
  );
}

/** Adding a term; the languages stay for the next one. */
export function AddTermForm(props: {
  languages: string[];
  initial: TermFields;
  onAdded(term: GlossaryTerm): void;
}) {
  const t = useT();
  const form = useSubmit();
  const [fields, setFields] = useState(props.initial);
  const blank = newTerm(fields.sourceLanguage, fields.targetLanguage);
  const guard = useUnsavedGuard(Object.keys(changed(blank, fields)).length > 0);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await form.run(
      async () => {
        const added = await api<GlossaryTerm>('POST', '/glossary', fields);
        guard.release();
        setFields(newTerm(added.sourceLanguage, added.targetLanguage));
        props.onAdded(added);
      },
      t('republication.glossary.added', { term: fields.sourceTerm.trim() }),
    );
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form glossary-form">
      <FailureMessage form={form} shown={SHOWN} />
      <TermFieldset
        fields={fields}
        onChange={setFields}
        form={form}
        languages={props.languages}
        firstId="glossary-source-language"
      />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t('republication.glossary.addButton')}
        </button>
        <StatusLine form={form} />
      </div>
    </form>
  );
}

/** Changing a term: only what changed is sent. */
export function EditTermDialog(props: {
  term: GlossaryTerm;
  languages: string[];
  onSaved(term: GlossaryTerm): void;
  onClose(): void;
}) {
  const t = useT();
  const form = useSubmit();
  const initial = termFieldsOf(props.term);
  const [fields, setFields] = useState(initial);
  return (
    <EditDialog
      title={t('republication.glossary.editTitle', { term: props.term.sourceTerm })}
      form={form}
      shown={SHOWN}
      dirty={Object.keys(changed(initial, fields)).length > 0}
      save={async () => {
        const saved = await api<GlossaryTerm>(
          'PATCH',
          `/glossary/${props.term.id}`,
          changed(initial, fields),
        );
        props.onSaved(saved);
      }}
      success={t('republication.glossary.saved', { term: fields.sourceTerm.trim() })}
      onClose={props.onClose}
      fallbackFocus="#glossary-title"
    >
      <TermFieldset fields={fields} onChange={setFields} form={form} languages={props.languages} />
    </EditDialog>
  );
}
