import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Section } from '../api/types.ts';
import { useLoad } from '../components/use-load.ts';
import { useT } from '../i18n/i18n.tsx';
import { ConfirmDialog } from './dialog.tsx';
import { FailureMessage, StatusLine } from './feedback.tsx';
import { type Keyed, keyed } from './keyed.ts';
import { LoadFailure } from './load-failure.tsx';
import { ReorderableRows } from './reorderable-rows.tsx';
import { TaxonomyForm, taxonomyBody } from './taxonomy-form.tsx';
import { useSubmit } from './use-submit.ts';
import { VisuallyHidden } from './visually-hidden.tsx';

/**
 * The sections of an edition in their order: create, rename, re-slug, describe, reorder (saved
 * at once) and delete (after confirming; their articles stay, without a section).
 */
export function SectionList(props: { siteId: string }) {
  const t = useT();
  const list = useLoad(
    () => api<Section[]>('GET', `/sites/${props.siteId}/sections`),
    [props.siteId],
  );
  const [rows, setRows] = useState<Keyed<Section>[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Section | null>(null);
  const [message, setMessage] = useState('');
  const order = useSubmit();
  const removal = useSubmit();

  useEffect(() => {
    if (list.data) {
      setRows(keyed([...list.data].sort((a, b) => a.position - b.position)));
    }
  }, [list.data]);

  /** Saves the new order: each section whose place changed gets its new position. */
  const reorder = async (next: Keyed<Section>[]) => {
    const before = rows;
    setMessage('');
    const positioned = next.map((row, index) => ({
      key: row.key,
      value: { ...row.value, position: index },
    }));
    setRows(positioned);
    const ok = await order.run(async () => {
      for (const [index, row] of next.entries()) {
        if (row.value.position !== index) {
          await api<Section>('PATCH', `/sections/${row.value.id}`, { position: index });
        }
      }
    }, t('manage.taxonomy.orderSaved'));
    // A change that failed leaves the order the server has unknown: ask it again.
    if (!ok) {
      setRows(before);
      void list.reload();
    }
  };

  const focusLater = (selector: string) =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
  const openEditor = (key: string) => {
    setEditing(key);
    setMessage('');
    focusLater(`#section-edit-${key} input`);
  };
  const closeEditor = (key: string) => {
    setEditing(null);
    focusLater(`[data-edit="${key}"]`);
  };

  const remove = async () => {
    if (!deleting) return;
    const section = deleting;
    const ok = await removal.run(
      () => api('DELETE', `/sections/${section.id}`),
      t('manage.taxonomy.sectionDeleted', { name: section.name }),
    );
    setDeleting(null);
    setMessage('');
    if (ok) setRows((current) => current.filter((row) => row.value.id !== section.id));
  };

  return (
    <section aria-labelledby="sections-title" className="manage-block">
      <h2 id="sections-title" tabIndex={-1}>
        {t('manage.taxonomy.sections')}
      </h2>
      <p className="hint">{t('manage.taxonomy.sectionsHint')}</p>
      <LoadFailure error={list.error} retry={list.reload} />
      {list.loading && !list.data ? <p>{t('app.loading')}</p> : null}
      {list.data && rows.length === 0 ? <p>{t('manage.taxonomy.noSections')}</p> : null}
      <FailureMessage form={order} />
      <FailureMessage form={removal} />
      <ReorderableRows
        label={t('manage.taxonomy.sections')}
        rows={rows}
        removable={false}
        onChange={(next) => void reorder(next)}
        describe={(section) => section.name}
        render={(row) =>
          editing === row.key ? (
            <TaxonomyForm
              id={`section-edit-${row.key}`}
              nameField="name"
              nameLabel={t('manage.taxonomy.sectionName')}
              initial={row.value}
              submitLabel={t('common.save')}
              success={t('common.saved')}
              onCancel={() => closeEditor(row.key)}
              onSubmit={async (fields) => {
                const saved = await api<Section>(
                  'PATCH',
                  `/sections/${row.value.id}`,
                  taxonomyBody(fields),
                );
                setRows((current) =>
                  current.map((candidate) =>
                    candidate.key === row.key ? { key: row.key, value: saved } : candidate,
                  ),
                );
                setMessage(t('manage.taxonomy.sectionSaved', { name: saved.name }));
                closeEditor(row.key);
              }}
            />
          ) : (
            <div className="item-summary">
              <p className="item-summary__title">
                {row.value.name} <code>/{row.value.slug}</code>
              </p>
              {row.value.description ? (
                <p className="item-summary__text">{row.value.description}</p>
              ) : null}
              <div className="actions">
                <button
                  type="button"
                  className="small"
                  data-edit={row.key}
                  onClick={() => openEditor(row.key)}
                >
                  {t('common.edit')}
                  <VisuallyHidden>: {row.value.name}</VisuallyHidden>
                </button>
                <button
                  type="button"
                  className="small danger"
                  onClick={() => setDeleting(row.value)}
                >
                  {t('common.delete')}
                  <VisuallyHidden>: {row.value.name}</VisuallyHidden>
                </button>
              </div>
            </div>
          )
        }
      />
      <StatusLine
        message={order.busy ? t('common.saving') : message || order.status || removal.status}
      />
      <div className="create-panel">
        <h3>{t('manage.taxonomy.newSection')}</h3>
        <TaxonomyForm
          nameField="name"
          nameLabel={t('manage.taxonomy.sectionName')}
          initial={{ name: '', slug: '', description: '' }}
          submitLabel={t('manage.taxonomy.createSection')}
          success={t('manage.taxonomy.sectionCreated')}
          clearOnSuccess
          onSubmit={async (fields) => {
            const position = rows.reduce((max, row) => Math.max(max, row.value.position + 1), 0);
            const created = await api<Section>('POST', `/sites/${props.siteId}/sections`, {
              ...taxonomyBody(fields),
              position,
            });
            setRows((current) => [...current, ...keyed([created])]);
          }}
        />
      </div>
      {deleting ? (
        <ConfirmDialog
          title={t('manage.taxonomy.deleteTitle', { name: deleting.name })}
          message={<p>{t('manage.taxonomy.deleteText')}</p>}
          confirm={t('manage.taxonomy.deleteConfirm')}
          busy={removal.busy}
          onConfirm={() => void remove()}
          onCancel={() => setDeleting(null)}
          fallbackFocus="#sections-title"
        />
      ) : null}
    </section>
  );
}
