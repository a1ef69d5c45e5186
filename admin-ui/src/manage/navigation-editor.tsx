import type { NavigationItem, Page, Section } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { SelectField, TextField } from './fields.tsx';
import { type Keyed, rowKey } from './keyed.ts';
import { ReorderableRows } from './reorderable-rows.tsx';

type Kind = NavigationItem['kind'];

/**
 * The edition's main navigation: sections, static pages and custom links, in order. Changing
 * an entry's kind starts it afresh with what that kind needs.
 */
export function NavigationEditor(props: {
  rows: Keyed<NavigationItem>[];
  onChange(rows: Keyed<NavigationItem>[]): void;
  sections: Section[];
  pages: Page[];
  issue(path: string): string | undefined;
}) {
  const t = useT();
  const fresh = (kind: Kind): NavigationItem => {
    if (kind === 'section') return { kind, sectionId: props.sections[0]?.id ?? '' };
    if (kind === 'page') {
      const page = props.pages[0];
      return { kind, slug: page?.slug ?? '', label: page?.title ?? '' };
    }
    return { kind: 'link', label: '', url: '' };
  };
  const set = (key: string, item: NavigationItem) =>
    props.onChange(props.rows.map((row) => (row.key === key ? { key, value: item } : row)));
  const describe = (item: NavigationItem, index: number): string => {
    if (item.kind === 'section')
      return (
        props.sections.find((section) => section.id === item.sectionId)?.name ??
        t('manage.rows.numbered', { number: index + 1 })
      );
    return item.label || t('manage.rows.numbered', { number: index + 1 });
  };
  const add = (kind: Kind) => {
    const key = rowKey();
    props.onChange([...props.rows, { key, value: fresh(kind) }]);
    // The kind is already chosen by the button: start at the entry's own first field.
    requestAnimationFrame(() =>
      document.querySelectorAll<HTMLElement>(`#nav-${key} select, #nav-${key} input`)[1]?.focus(),
    );
  };

  const fields = (row: Keyed<NavigationItem>, index: number) => {
    const item = row.value;
    const at = (field: string) => props.issue(`navigation.${index}.${field}`);
    if (item.kind === 'section') {
      const known = props.sections.some((section) => section.id === item.sectionId);
      return (
        <SelectField
          label={t('manage.settings.navSection')}
          value={item.sectionId}
          onChange={(event) => set(row.key, { kind: 'section', sectionId: event.target.value })}
          error={at('sectionId')}
        >
          {known ? null : <option value={item.sectionId}>{t('manage.settings.navMissing')}</option>}
          {props.sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </SelectField>
      );
    }
    if (item.kind === 'page') {
      const known = props.pages.some((page) => page.slug === item.slug);
      return (
        <>
          <SelectField
            label={t('manage.settings.navPage')}
            value={item.slug}
            onChange={(event) => {
              const page = props.pages.find((candidate) => candidate.slug === event.target.value);
              // A label that was the old page's title follows the page; one typed by hand stays.
              const old = props.pages.find((candidate) => candidate.slug === item.slug);
              const label =
                !item.label || item.label === old?.title ? (page?.title ?? '') : item.label;
              set(row.key, { kind: 'page', slug: event.target.value, label });
            }}
            error={at('slug')}
          >
            {known ? null : <option value={item.slug}>{item.slug || '—'}</option>}
            {props.pages.map((page) => (
              <option key={page.id} value={page.slug}>
                {page.title}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('manage.settings.navLabel')}
            value={item.label}
            onChange={(event) => set(row.key, { ...item, label: event.target.value })}
            error={at('label')}
          />
        </>
      );
    }
    return (
      <>
        <TextField
          label={t('manage.settings.navLabel')}
          value={item.label}
          onChange={(event) => set(row.key, { ...item, label: event.target.value })}
          error={at('label')}
        />
        <TextField
          label={t('manage.url')}
          type="url"
          placeholder="https://"
          value={item.url}
          onChange={(event) => set(row.key, { ...item, url: event.target.value })}
          error={at('url')}
        />
      </>
    );
  };

  return (
    <fieldset>
      <legend>{t('manage.settings.navigation')}</legend>
      <p className="hint">{t('manage.settings.navigationHint')}</p>
      {props.rows.length === 0 ? <p>{t('manage.settings.noNavigation')}</p> : null}
      <ReorderableRows
        label={t('manage.settings.navigation')}
        rows={props.rows}
        onChange={props.onChange}
        emptyFocus="#add-nav-section"
        describe={describe}
        render={(row, index) => (
          <div className="row__fields" id={`nav-${row.key}`}>
            <SelectField
              label={t('manage.settings.navKind')}
              value={row.value.kind}
              onChange={(event) => set(row.key, fresh(event.target.value as Kind))}
            >
              <option value="section">{t('manage.settings.kindSection')}</option>
              <option value="page">{t('manage.settings.kindPage')}</option>
              <option value="link">{t('manage.settings.kindLink')}</option>
            </SelectField>
            {fields(row, index)}
          </div>
        )}
      />
      <div className="actions">
        <button type="button" id="add-nav-section" onClick={() => add('section')}>
          {t('manage.settings.addNavSection')}
        </button>
        <button type="button" onClick={() => add('page')}>
          {t('manage.settings.addNavPage')}
        </button>
        <button type="button" onClick={() => add('link')}>
          {t('manage.settings.addNavLink')}
        </button>
      </div>
    </fieldset>
  );
}
