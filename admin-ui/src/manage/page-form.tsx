import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { Block, Page } from '../api/types.ts';
import { BodyEditor } from '../editor/body-editor.tsx';
import { useT } from '../i18n/i18n.tsx';
import { FailureMessage, SaveState } from './feedback.tsx';
import { CheckboxField, TextAreaField, TextField } from './fields.tsx';
import { useUnsavedGuard } from './unsaved.ts';
import { useSubmit } from './use-submit.ts';

interface Draft {
  title: string;
  slug: string;
  description: string;
  published: boolean;
  body: Block[];
}

function draftOf(page: Page | null): Draft {
  return {
    title: page?.title ?? '',
    slug: page?.slug ?? '',
    description: page?.description ?? '',
    published: page?.published ?? false,
    body: page?.body ?? [],
  };
}

/** Creating or editing a static page of the edition: its title, address, summary and text. */
export function PageForm(props: {
  siteId: string;
  language: string;
  page: Page | null;
  /** The page's public address, once it has one. */
  publicUrl(slug: string): string;
  onSaved(page: Page, created: boolean): void;
  onBack(): void;
}) {
  const t = useT();
  const form = useSubmit();
  const [draft, setDraft] = useState(() => draftOf(props.page));
  const [saved, setSaved] = useState(() => JSON.stringify(draftOf(props.page)));
  const dirty = JSON.stringify(draft) !== saved;
  const guard = useUnsavedGuard(dirty);
  const set = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = !props.page;
    const body = {
      title: draft.title,
      description: draft.description,
      published: draft.published,
      body: draft.body,
      // Left empty, the server makes the address from the title.
      ...(draft.slug.trim() ? { slug: draft.slug } : {}),
    };
    await form.run(
      async () => {
        const page = props.page
          ? await api<Page>('PATCH', `/pages/${props.page.id}`, body)
          : await api<Page>('POST', `/sites/${props.siteId}/pages`, body);
        // The server may have made the slug, and cleaned the blocks: adopt what it stored.
        // Typing that went on during the request is kept.
        const stored = { ...draft, slug: page.slug, body: page.body ?? draft.body };
        setDraft((current) => ({
          ...current,
          slug: current.slug === draft.slug ? stored.slug : current.slug,
          body: current.body === draft.body ? stored.body : current.body,
        }));
        setSaved(JSON.stringify(stored));
        guard.release();
        props.onSaved(page, created);
      },
      created ? t('manage.pages.created') : t('common.saved'),
    );
  };

  return (
    <form onSubmit={submit} noValidate className="manage-form">
      <FailureMessage form={form} shown={['title', 'slug', 'description', 'published', 'body']} />
      <TextField
        label={t('manage.pages.pageTitle')}
        value={draft.title}
        required
        onChange={(event) => set({ title: event.target.value })}
        error={form.issue('title')}
      />
      <TextField
        label={t('manage.slug')}
        hint={t('manage.pages.slugHint')}
        value={draft.slug}
        spellCheck={false}
        onChange={(event) => set({ slug: event.target.value })}
        error={form.issue('slug')}
      />
      <TextAreaField
        label={t('manage.description')}
        hint={t('manage.pages.descriptionHint')}
        value={draft.description}
        rows={2}
        onChange={(event) => set({ description: event.target.value })}
        error={form.issue('description')}
      />
      <CheckboxField
        label={t('manage.pages.published')}
        hint={t('manage.pages.publishedHint')}
        checked={draft.published}
        onChange={(event) => set({ published: event.target.checked })}
        error={form.issue('published')}
      />
      <div className="field">
        {/* The editor carries the same words as its accessible name. */}
        <p className="field-label" aria-hidden="true">
          {t('manage.pages.body')}
        </p>
        <BodyEditor
          value={draft.body}
          onChange={(body) => set({ body })}
          siteId={props.siteId}
          language={props.language}
          label={t('manage.pages.body')}
        />
        {form.issue('body') ? <p className="error">{form.issue('body')}</p> : null}
      </div>
      <div className="actions sticky-actions">
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {props.page ? t('common.save') : t('manage.pages.create')}
        </button>
        <button type="button" onClick={props.onBack}>
          {t('manage.backToList')}
        </button>
        {props.page?.published && !dirty ? (
          <a href={props.publicUrl(props.page.slug)} target="_blank" rel="noreferrer">
            {t('manage.pages.view')}
          </a>
        ) : null}
        <SaveState form={form} dirty={dirty} />
      </div>
    </form>
  );
}
