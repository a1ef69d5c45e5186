import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { Contributor } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { FailureMessage, SaveState } from './feedback.tsx';
import { RadioGroup, TextField } from './fields.tsx';
import { type Keyed, keyed, rowKey, unkeyed } from './keyed.ts';
import { LanguageTexts, withoutEmptyLanguages } from './language-texts.tsx';
import { MediaPicker } from './media-picker.tsx';
import { MediaThumbnail } from './media-thumbnail.tsx';
import { ReorderableRows } from './reorderable-rows.tsx';
import { useUnsavedGuard } from './unsaved.ts';
import { useSubmit } from './use-submit.ts';

type Profile = { name: string; title: string; bio: string };

interface Draft {
  kind: Contributor['kind'];
  name: string;
  slug: string;
  email: string;
  photoMediaId: string | null;
  links: Keyed<{ label: string; url: string }>[];
  profiles: Record<string, Profile>;
}

function draftOf(contributor: Contributor | null, kind: Contributor['kind']): Draft {
  return {
    kind: contributor?.kind ?? kind,
    name: contributor?.name ?? '',
    slug: contributor?.slug ?? '',
    email: contributor?.email ?? '',
    photoMediaId: contributor?.photoMediaId ?? null,
    links: keyed(contributor?.links ?? []),
    profiles: Object.fromEntries(
      Object.entries(contributor?.profiles ?? {}).map(([tag, profile]) => [
        tag,
        { name: profile.name ?? '', title: profile.title, bio: profile.bio },
      ]),
    ),
  };
}

/** What the API takes: empty strings become "not given", a person has no translated names. */
function bodyOf(draft: Draft) {
  const profiles = Object.fromEntries(
    Object.entries(withoutEmptyLanguages(draft.profiles)).map(([tag, profile]) => [
      tag,
      {
        name: draft.kind === 'organisation' && profile.name.trim() ? profile.name : null,
        title: profile.title,
        bio: profile.bio,
      },
    ]),
  );
  return {
    kind: draft.kind,
    name: draft.name,
    ...(draft.slug.trim() ? { slug: draft.slug } : {}),
    email: draft.email.trim() ? draft.email : null,
    photoMediaId: draft.photoMediaId,
    links: unkeyed(draft.links),
    profiles,
  };
}

/** Comparable form of a draft, to know whether it changed (row keys do not count). */
function fingerprint(draft: Draft): string {
  return JSON.stringify({ ...draft, links: unkeyed(draft.links) });
}

/**
 * Creating or editing a contributor of the network's shared roster: a person or an
 * organisation, its links, photo, and per language a role line and bio (and, for an
 * organisation, its name in that language).
 */
export function ContributorForm(props: {
  siteId: string;
  language: string;
  contributor: Contributor | null;
  kind: Contributor['kind'];
  onSaved(contributor: Contributor, created: boolean): void;
  onCancel(dirty: boolean): void;
}) {
  const t = useT();
  const form = useSubmit();
  const [draft, setDraft] = useState(() => draftOf(props.contributor, props.kind));
  const [saved, setSaved] = useState(() => fingerprint(draftOf(props.contributor, props.kind)));
  const [picking, setPicking] = useState(false);
  const dirty = fingerprint(draft) !== saved;
  const guard = useUnsavedGuard(dirty);
  const set = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));
  const setLink = (key: string, changes: Partial<{ label: string; url: string }>) =>
    set({
      links: draft.links.map((row) =>
        row.key === key ? { key, value: { ...row.value, ...changes } } : row,
      ),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = !props.contributor;
    await form.run(
      async () => {
        const answer = props.contributor
          ? await api<Contributor>('PATCH', `/contributors/${props.contributor.id}`, bodyOf(draft))
          : await api<Contributor>('POST', '/contributors', bodyOf(draft));
        // The server makes the slug when none was given: adopt what it stored.
        // Typing that went on during the request is kept.
        const stored = { ...draft, slug: answer?.slug ?? draft.slug };
        setDraft((current) =>
          current.slug === draft.slug ? { ...current, slug: stored.slug } : current,
        );
        setSaved(fingerprint(stored));
        guard.release();
        props.onSaved(answer, created);
      },
      created ? t('manage.contributors.created') : t('common.saved'),
    );
  };

  const organisation = draft.kind === 'organisation';
  return (
    <form onSubmit={submit} noValidate className="manage-form">
      <FailureMessage
        form={form}
        shown={['kind', 'name', 'slug', 'email', 'photoMediaId', 'links', 'profiles']}
      />
      <RadioGroup
        legend={t('manage.contributors.kind')}
        name="kind"
        value={draft.kind}
        onChange={(kind) => set({ kind })}
        error={form.issue('kind')}
        options={[
          { value: 'person', label: t('manage.contributors.person') },
          {
            value: 'organisation',
            label: t('manage.contributors.organisation'),
            hint: t('manage.contributors.organisationHint'),
          },
        ]}
      />
      <TextField
        label={t('manage.contributors.name')}
        value={draft.name}
        onChange={(event) => set({ name: event.target.value })}
        error={form.issue('name')}
        required
        autoComplete="off"
      />
      <TextField
        label={t('manage.slug')}
        hint={t('manage.slugHint')}
        value={draft.slug}
        onChange={(event) => set({ slug: event.target.value })}
        error={form.issue('slug')}
        spellCheck={false}
        autoComplete="off"
      />
      <TextField
        label={t('manage.contributors.email')}
        hint={t('manage.contributors.emailHint')}
        type="email"
        value={draft.email}
        onChange={(event) => set({ email: event.target.value })}
        error={form.issue('email')}
        autoComplete="off"
      />

      <fieldset className="photo-field">
        <legend>{t('manage.contributors.photo')}</legend>
        {draft.photoMediaId ? (
          <MediaThumbnail mediaId={draft.photoMediaId} language={props.language} />
        ) : (
          <p className="hint">{t('manage.contributors.noPhoto')}</p>
        )}
        {form.issue('photoMediaId') ? <p className="error">{form.issue('photoMediaId')}</p> : null}
        <div className="actions">
          <button type="button" onClick={() => setPicking(true)}>
            {draft.photoMediaId
              ? t('manage.contributors.changePhoto')
              : t('manage.contributors.choosePhoto')}
          </button>
          {draft.photoMediaId ? (
            <button type="button" onClick={() => set({ photoMediaId: null })}>
              {t('manage.contributors.removePhoto')}
            </button>
          ) : null}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('manage.contributors.links')}</legend>
        {draft.links.length === 0 ? (
          <p className="hint">{t('manage.contributors.noLinks')}</p>
        ) : null}
        <ReorderableRows
          label={t('manage.contributors.links')}
          rows={draft.links}
          onChange={(links) => set({ links })}
          emptyFocus="#contributor-add-link"
          describe={(link, index) => link.label || t('manage.rows.numbered', { number: index + 1 })}
          render={(row, index) => (
            <div className="row__fields">
              <TextField
                label={t('manage.contributors.linkLabel')}
                value={row.value.label}
                onChange={(event) => setLink(row.key, { label: event.target.value })}
                error={form.issue(`links.${index}.label`)}
              />
              <TextField
                label={t('manage.url')}
                type="url"
                value={row.value.url}
                placeholder="https://"
                onChange={(event) => setLink(row.key, { url: event.target.value })}
                error={form.issue(`links.${index}.url`)}
              />
            </div>
          )}
        />
        <button
          type="button"
          id="contributor-add-link"
          onClick={() => {
            const key = rowKey();
            set({ links: [...draft.links, { key, value: { label: '', url: '' } }] });
            requestAnimationFrame(() =>
              document
                .querySelector<HTMLElement>(`[data-row="${key}"]`)
                ?.closest('li')
                ?.querySelector('input')
                ?.focus(),
            );
          }}
        >
          {t('manage.contributors.addLink')}
        </button>
      </fieldset>

      <LanguageTexts
        legend={t('manage.contributors.profiles')}
        value={draft.profiles}
        primary={props.language}
        path="profiles"
        issue={form.issue}
        onChange={(profiles) => set({ profiles })}
        fields={[
          ...(organisation
            ? [
                {
                  key: 'name' as const,
                  label: t('manage.contributors.localName'),
                  hint: t('manage.contributors.localNameHint'),
                },
              ]
            : []),
          {
            key: 'title' as const,
            label: t('manage.contributors.roleLine'),
            hint: t('manage.contributors.roleLineHint'),
          },
          { key: 'bio' as const, label: t('manage.contributors.bio'), multiline: true },
        ]}
      />

      <div className="actions sticky-actions">
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {props.contributor ? t('common.save') : t('manage.contributors.create')}
        </button>
        <button type="button" onClick={() => props.onCancel(dirty)}>
          {t('manage.backToList')}
        </button>
        <SaveState form={form} dirty={dirty} />
      </div>

      {picking ? (
        <MediaPicker
          siteId={props.siteId}
          onClose={() => setPicking(false)}
          onPick={(photoMediaId) => {
            set({ photoMediaId });
            setPicking(false);
          }}
        />
      ) : null}
    </form>
  );
}
