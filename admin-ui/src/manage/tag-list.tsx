import { type FormEvent, useEffect, useState } from 'react';
import { api, query } from '../api/client.ts';
import type { Tag } from '../api/types.ts';
import { useLoad } from '../components/use-load.ts';
import { useT } from '../i18n/i18n.tsx';
import { FailureMessage, StatusLine } from './feedback.tsx';
import { TextField } from './fields.tsx';
import { LoadFailure } from './load-failure.tsx';
import { useSubmit } from './use-submit.ts';

/** How many tags are listed at once; a search narrows them. */
const LIMIT = 200;

/** The tags of an edition: search them, add one (an existing tag of that name is reused). */
export function TagList(props: { siteId: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [name, setName] = useState('');
  const form = useSubmit();
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const list = useLoad(
    () => api<Tag[]>('GET', `/sites/${props.siteId}/tags${query({ q, limit: LIMIT })}`),
    [props.siteId, q],
  );
  const tags = list.data ?? [];

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = name;
    let tag: Tag | null = null;
    const ok = await form.run(
      async () => {
        tag = await api<Tag>('POST', `/sites/${props.siteId}/tags`, { name: wanted });
      },
      t('manage.taxonomy.tagReady', { name: wanted.trim() }),
    );
    if (ok && tag) {
      const added: Tag = tag;
      setName('');
      if (!tags.some((existing) => existing.id === added.id)) {
        list.setData([...tags, added].sort((a, b) => a.name.localeCompare(b.name)));
      }
    }
  };

  return (
    <section aria-labelledby="tags-title" className="manage-block">
      <h2 id="tags-title">{t('manage.taxonomy.tags')}</h2>
      <p className="hint">{t('manage.taxonomy.tagsHint')}</p>
      <form onSubmit={create} noValidate className="inline-form inline-form--row">
        <FailureMessage form={form} shown={['name']} />
        <TextField
          label={t('manage.taxonomy.newTag')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={form.issue('name')}
          autoComplete="off"
        />
        <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
          {t('manage.taxonomy.addTag')}
        </button>
        <StatusLine form={form} />
      </form>
      <search>
        <TextField
          type="search"
          label={t('manage.taxonomy.searchTags')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </search>
      <LoadFailure error={list.error} retry={list.reload} />
      <p className="count" role="status">
        {list.loading
          ? t('app.loading')
          : tags.length >= LIMIT
            ? t('manage.taxonomy.tagsFirst', { count: LIMIT })
            : t('manage.taxonomy.tagCount', { count: tags.length })}
      </p>
      {tags.length > 0 ? (
        <ul className="tag-cloud" aria-label={t('manage.taxonomy.tags')}>
          {tags.map((tag) => (
            <li key={tag.id}>
              {tag.name} <code>/{tag.slug}</code>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
