import { useCallback } from 'react';
import { api } from '../api/client.ts';
import type { Tag } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { getList } from './api-lists.ts';
import type { ArticleFields } from './article-fields.ts';
import { SearchCombobox } from './search-combobox.tsx';
import type { EditionLists } from './use-edition-lists.ts';

type Fields = Pick<ArticleFields, 'sectionId' | 'tagIds' | 'seriesId' | 'seriesPosition'>;

/** Where the article is filed on its edition: section, tags, and series with its place in it. */
export function ClassificationFields(props: {
  siteId: string;
  fields: Fields;
  lists: EditionLists;
  onChange<K extends keyof Fields>(name: K, value: Fields[K]): void;
  errors: Record<string, string>;
  readOnly: boolean;
}) {
  const t = useT();
  const { fields, lists, onChange, errors } = props;
  const tagNames = new Map(lists.tags.items.map((tag) => [tag.id, tag.name]));
  const searchTags = useCallback(
    (q: string) => getList<Tag>(`/sites/${props.siteId}/tags`, { q }),
    [props.siteId],
  );
  const addTag = (tag: Tag) => {
    if (!tagNames.has(tag.id)) lists.tags.add(tag);
    if (!fields.tagIds.includes(tag.id)) onChange('tagIds', [...fields.tagIds, tag.id]);
  };
  const sectionKnown =
    !fields.sectionId || lists.sections.items.some((s) => s.id === fields.sectionId);
  const seriesKnown = !fields.seriesId || lists.series.items.some((s) => s.id === fields.seriesId);

  return (
    <section className="side-section" aria-labelledby="classification-title">
      <h2 id="classification-title">{t('editor.filing.title')}</h2>
      <div className="field">
        <label htmlFor="article-section">{t('editor.field.section')}</label>
        <select
          id="article-section"
          value={fields.sectionId ?? ''}
          disabled={props.readOnly}
          aria-invalid={errors.sectionId ? true : undefined}
          aria-describedby={
            errors.sectionId || lists.sections.error ? 'article-section-error' : undefined
          }
          onChange={(event) => onChange('sectionId', event.target.value || null)}
        >
          <option value="">{t('editor.filing.noSection')}</option>
          {lists.sections.items.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
          {sectionKnown ? null : (
            <option value={fields.sectionId ?? ''}>{t('editor.filing.current')}</option>
          )}
        </select>
        {errors.sectionId || lists.sections.error ? (
          <p className="error" id="article-section-error">
            {errors.sectionId ??
              t('editor.filing.loadFailed', { message: lists.sections.error ?? '' })}
          </p>
        ) : null}
      </div>

      <div className="field">
        <span className="field__label" id="article-tags-label">
          {t('editor.field.tags')}
        </span>
        {fields.tagIds.length ? (
          <ul className="chips" aria-labelledby="article-tags-label">
            {fields.tagIds.map((id) => {
              const name = tagNames.get(id) ?? t('editor.filing.unknownTag');
              return (
                <li key={id} className="chip">
                  {name}
                  {props.readOnly ? null : (
                    <button
                      type="button"
                      aria-label={t('editor.filing.removeTag', { name })}
                      title={t('editor.filing.removeTag', { name })}
                      onClick={() =>
                        onChange(
                          'tagIds',
                          fields.tagIds.filter((other) => other !== id),
                        )
                      }
                    >
                      ×
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="hint">{t('editor.filing.noTags')}</p>
        )}
        {errors.tagIds ? <p className="error">{errors.tagIds}</p> : null}
        {props.readOnly ? null : (
          <SearchCombobox<Tag>
            id="article-tag-search"
            label={t('editor.filing.addTag')}
            search={searchTags}
            keyOf={(tag) => tag.id}
            labelOf={(tag) => tag.name}
            onPick={addTag}
            createLabel={(text) => t('editor.filing.createTag', { name: text })}
            onCreate={async (name) => {
              addTag(await api<Tag>('POST', `/sites/${props.siteId}/tags`, { name }));
            }}
          />
        )}
      </div>

      <div className="field">
        <label htmlFor="article-series">{t('editor.field.series')}</label>
        <select
          id="article-series"
          value={fields.seriesId ?? ''}
          disabled={props.readOnly}
          aria-invalid={errors.seriesId ? true : undefined}
          aria-describedby={
            errors.seriesId || lists.series.error ? 'article-series-error' : undefined
          }
          onChange={(event) => {
            const seriesId = event.target.value || null;
            onChange('seriesId', seriesId);
            if (!seriesId) onChange('seriesPosition', null);
          }}
        >
          <option value="">{t('editor.filing.noSeries')}</option>
          {lists.series.items.map((series) => (
            <option key={series.id} value={series.id}>
              {series.title}
            </option>
          ))}
          {seriesKnown ? null : (
            <option value={fields.seriesId ?? ''}>{t('editor.filing.current')}</option>
          )}
        </select>
        {errors.seriesId || lists.series.error ? (
          <p className="error" id="article-series-error">
            {errors.seriesId ??
              t('editor.filing.loadFailed', { message: lists.series.error ?? '' })}
          </p>
        ) : null}
      </div>
      {fields.seriesId ? (
        <div className="field">
          <label htmlFor="article-series-position">{t('editor.field.seriesPosition')}</label>
          <input
            id="article-series-position"
            type="number"
            min={1}
            max={10000}
            inputMode="numeric"
            className="narrow"
            value={fields.seriesPosition ?? ''}
            readOnly={props.readOnly}
            aria-invalid={errors.seriesPosition ? true : undefined}
            aria-describedby="article-series-position-hint"
            onChange={(event) => {
              const value = event.target.valueAsNumber;
              onChange('seriesPosition', Number.isFinite(value) ? Math.trunc(value) : null);
            }}
          />
          <p className={errors.seriesPosition ? 'error' : 'hint'} id="article-series-position-hint">
            {errors.seriesPosition ?? t('editor.filing.positionHint')}
          </p>
        </div>
      ) : null}
    </section>
  );
}
