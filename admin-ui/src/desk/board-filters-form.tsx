import { type ReactNode, useId } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { activeFilters, type BoardFilters, NO_FILTERS, withFilter } from './board-filters.ts';
import { type NetworkEdition, PRIORITIES, type Priority } from './desk-types.ts';
import { useLanguageName } from './use-network-editions.ts';

/** One labelled filter: the label names the control exactly (not with its options' text). */
function Filter(props: { label: string; children(id: string): ReactNode }) {
  const id = useId();
  return (
    <div className="desk-filter">
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
    </div>
  );
}

/**
 * The desk's filters. Each change goes straight to the address (the board follows it), so a
 * link shares the view. The language filter appears only where the edition translates into
 * more than one language.
 */
export function BoardFiltersForm(props: {
  filters: BoardFilters;
  languages: string[];
  editions: NetworkEdition[];
  onChange(filters: BoardFilters): void;
}) {
  const t = useT();
  const languageName = useLanguageName();
  const { filters, editions } = props;
  const sectionsOf = (siteId: string) =>
    editions.find((edition) => edition.id === siteId)?.sections.map((section) => section.id) ?? [];
  const set = (change: Partial<BoardFilters>) =>
    props.onChange(withFilter(filters, change, sectionsOf));
  const sectionGroups = filters.sourceSiteId
    ? editions.filter((edition) => edition.id === filters.sourceSiteId)
    : editions;
  const count = activeFilters(filters);
  return (
    <search className="desk-filters-search">
      <form
        className="filters desk-filters"
        aria-label={t('desk.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        {props.languages.length > 1 ? (
          <Filter label={t('desk.filter.language')}>
            {(id) => (
              <select
                id={id}
                value={filters.language}
                onChange={(event) => set({ language: event.target.value })}
              >
                <option value="">{t('articles.any')}</option>
                {props.languages.map((tag) => (
                  <option key={tag} value={tag}>
                    {languageName(tag)}
                  </option>
                ))}
              </select>
            )}
          </Filter>
        ) : null}
        <Filter label={t('desk.filter.source')}>
          {(id) => (
            <select
              id={id}
              value={filters.sourceSiteId}
              onChange={(event) => set({ sourceSiteId: event.target.value })}
            >
              <option value="">{t('articles.any')}</option>
              {editions.map((edition) => (
                <option key={edition.id} value={edition.id}>
                  {edition.name}
                </option>
              ))}
            </select>
          )}
        </Filter>
        <Filter label={t('desk.filter.section')}>
          {(id) => (
            <select
              id={id}
              value={filters.sectionId}
              onChange={(event) => set({ sectionId: event.target.value })}
            >
              <option value="">{t('articles.any')}</option>
              {sectionGroups.map((edition) =>
                edition.sections.length ? (
                  <optgroup key={edition.id} label={edition.name}>
                    {edition.sections.map((section) => (
                      <option key={section.id} value={section.id}>
                        {section.name}
                      </option>
                    ))}
                  </optgroup>
                ) : null,
              )}
            </select>
          )}
        </Filter>
        <Filter label={t('desk.field.priority')}>
          {(id) => (
            <select
              id={id}
              value={filters.priority}
              onChange={(event) => set({ priority: event.target.value as Priority | '' })}
            >
              <option value="">{t('articles.any')}</option>
              {PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {t(`desk.priority.${priority}`)}
                </option>
              ))}
            </select>
          )}
        </Filter>
        <Filter label={t('desk.filter.dueBefore')}>
          {(id) => (
            <input
              id={id}
              type="date"
              value={filters.dueBefore}
              onChange={(event) => set({ dueBefore: event.target.value })}
            />
          )}
        </Filter>
        <label className="desk-filters__check">
          <input
            type="checkbox"
            checked={filters.mine}
            onChange={(event) => set({ mine: event.target.checked })}
          />
          {t('desk.filter.mine')}
        </label>
        {count > 0 ? (
          <button type="button" className="small" onClick={() => props.onChange(NO_FILTERS)}>
            {t('desk.filter.clear', { count })}
          </button>
        ) : null}
      </form>
    </search>
  );
}
