import { type FormEvent, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { FailureMessage, StatusLine } from './feedback.tsx';
import { TextAreaField, TextField } from './fields.tsx';
import { useSubmit } from './use-submit.ts';

/** A section's or series' fields: its name (a section) or title (a series), slug, description. */
export interface TaxonomyFields {
  name: string;
  slug: string;
  description: string;
}

/** What the API takes: an empty slug is left out, so the server makes one from the name. */
export function taxonomyBody(fields: TaxonomyFields, nameField: 'name' | 'title' = 'name') {
  return {
    [nameField]: fields.name,
    description: fields.description,
    ...(fields.slug.trim() ? { slug: fields.slug } : {}),
  };
}

/** Creating or changing a section or a series. */
export function TaxonomyForm(props: {
  id?: string;
  /** Which field the API names the name by: sections have a name, series a title. */
  nameField: 'name' | 'title';
  nameLabel: string;
  initial: TaxonomyFields;
  submitLabel: string;
  onSubmit(fields: TaxonomyFields): Promise<unknown>;
  success: string;
  onCancel?(): void;
  /** Empties the form after a success (creating one after another). */
  clearOnSuccess?: boolean;
}) {
  const t = useT();
  const form = useSubmit();
  const [fields, setFields] = useState(props.initial);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await form.run(() => props.onSubmit(fields), props.success);
    if (done && props.clearOnSuccess) setFields({ name: '', slug: '', description: '' });
  };
  return (
    <form id={props.id} onSubmit={submit} noValidate className="inline-form">
      <FailureMessage form={form} shown={[props.nameField, 'slug', 'description']} />
      <TextField
        label={props.nameLabel}
        value={fields.name}
        required
        onChange={(event) => setFields({ ...fields, name: event.target.value })}
        error={form.issue(props.nameField)}
      />
      <TextField
        label={t('manage.slug')}
        hint={t('manage.slugHint')}
        value={fields.slug}
        spellCheck={false}
        onChange={(event) => setFields({ ...fields, slug: event.target.value })}
        error={form.issue('slug')}
      />
      <TextAreaField
        label={t('manage.description')}
        value={fields.description}
        rows={2}
        onChange={(event) => setFields({ ...fields, description: event.target.value })}
        error={form.issue('description')}
      />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {props.submitLabel}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
        <StatusLine form={form} />
      </div>
    </form>
  );
}
