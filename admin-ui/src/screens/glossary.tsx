import { useEffect, useState } from 'react';
import { ApiError, api, query } from '../api/client.ts';
import { useLoad } from '../components/use-load.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { ConfirmDialog } from '../manage/dialog.tsx';
import { FailureMessage, StatusLine } from '../manage/feedback.tsx';
import { languageName } from '../manage/languages.ts';
import { LoadFailure } from '../manage/load-failure.tsx';
import { Pager } from '../manage/pager.tsx';
import { RowButton, TableHead } from '../manage/table-parts.tsx';
import { useSubmit } from '../manage/use-submit.ts';
import { baseLanguage, useNetworkLanguages } from '../republication/content-api.ts';
import { AddTermForm, EditTermDialog, newTerm } from '../republication/glossary-form.tsx';
import type { GlossaryTerm } from '../republication/types.ts';
import { useSession } from '../session.tsx';
import '../republication/republication.css';

const PER_PAGE = 50;
/** How long typing pauses before the list is searched. */
const TYPING_PAUSE_MS = 300;

/** Who keeps the glossary: network admins, site admins and translation managers (any edition). */
function useMayManageGlossary(): boolean {
  const { session, sites } = useSession();
  if (!session) return false;
  if (session.user.isNetworkAdmin) return true;
  const roles = [
    ...session.memberships.map((membership) => membership.role),
    ...sites.flatMap((site) => site.roles ?? []),
  ];
  return roles.includes('site-admin') || roles.includes('translation-manager');
}

/**
 * The network's glossary: agreed translations of terms per language pair, which translators see
 * next to their text. Everyone in the newsroom reads it; translation managers and admins keep it.
 */
export function Glossary(props: { siteId: string }) {
  const t = useT();
  const language = useLanguage();
  const { sites } = useSession();
  const site = sites.find((candidate) => candidate.id === props.siteId);
  const mayManage = useMayManageGlossary();
  const languages = useNetworkLanguages();
  const pairLanguages = [...new Set(languages.map(baseLanguage))];
  const [text, setText] = useState('');
  const [filters, setFilters] = useState({
    q: '',
    sourceLanguage: '',
    targetLanguage: '',
    page: 1,
  });
  useEffect(() => {
    const timer = window.setTimeout(
      () =>
        setFilters((current) => (current.q === text ? current : { ...current, q: text, page: 1 })),
      TYPING_PAUSE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [text]);
  const list = useLoad(
    () =>
      api<{ total: number; items: GlossaryTerm[] }>(
        'GET',
        `/glossary${query({ ...filters, perPage: PER_PAGE })}`,
      ),
    [JSON.stringify(filters)],
  );
  const forbidden = list.error instanceof ApiError && list.error.status === 403;
  const [editing, setEditing] = useState<GlossaryTerm | null>(null);
  const [deleting, setDeleting] = useState<GlossaryTerm | null>(null);
  const [message, setMessage] = useState('');
  const action = useSubmit();
  const terms = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const name = (tag: string) => languageName(tag, language);

  const remove = async (term: GlossaryTerm) => {
    setMessage('');
    const done = await action.run(
      () => api('DELETE', `/glossary/${term.id}`),
      t('republication.glossary.deleted', { term: term.sourceTerm }),
    );
    setDeleting(null);
    if (done) void list.reload();
  };

  return (
    <section className="manage glossary">
      <h1 id="glossary-title" tabIndex={-1}>
        {t('republication.glossary.title')}
      </h1>
      <p className="lede">{t('republication.glossary.lede')}</p>
      {!mayManage && !forbidden ? (
        <p className="notice">{t('republication.glossary.readOnly')}</p>
      ) : null}
      <LoadFailure error={list.error} retry={list.reload} />

      {forbidden ? null : (
        <search>
          <form className="filters" onSubmit={(event) => event.preventDefault()}>
            <label>
              {t('republication.glossary.search')}
              <input type="search" value={text} onChange={(event) => setText(event.target.value)} />
            </label>
            {(['sourceLanguage', 'targetLanguage'] as const).map((side) => (
              <label key={side}>
                {/* Named by its words alone (a wrapping label would add every option's). */}
                <span id={`glossary-${side}`}>
                  {t(
                    side === 'sourceLanguage'
                      ? 'republication.glossary.from'
                      : 'republication.glossary.into',
                  )}
                </span>
                <select
                  aria-labelledby={`glossary-${side}`}
                  value={filters[side]}
                  onChange={(event) =>
                    setFilters({ ...filters, [side]: event.target.value, page: 1 })
                  }
                >
                  <option value="">{t('articles.any')}</option>
                  {pairLanguages.map((tag) => (
                    <option key={tag} value={tag}>
                      {name(tag)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </form>
        </search>
      )}

      {list.loading && !list.data ? <p>{t('app.loading')}</p> : null}
      {list.data ? (
        <>
          <p className="count" aria-live="polite">
            {t('republication.glossary.count', { count: total })}
          </p>
          <FailureMessage form={action} />
          {terms.length === 0 ? (
            <p>
              {filters.q || filters.sourceLanguage || filters.targetLanguage
                ? t('republication.glossary.noMatch')
                : t('republication.glossary.empty')}
            </p>
          ) : (
            <table className="glossary-table">
              <TableHead
                caption={t('republication.glossary.caption')}
                columns={[
                  t('republication.glossary.sourceTerm'),
                  t('republication.glossary.targetTerm'),
                  t('republication.glossary.pair'),
                  t('republication.glossary.note'),
                ]}
                actions={mayManage}
              />
              <tbody>
                {terms.map((term) => (
                  <tr key={term.id}>
                    <th scope="row" lang={term.sourceLanguage}>
                      {term.sourceTerm}
                      {term.caseSensitive ? (
                        <p className="note">{t('republication.glossary.caseSensitiveShort')}</p>
                      ) : null}
                    </th>
                    <td lang={term.doNotTranslate ? term.sourceLanguage : term.targetLanguage}>
                      {term.doNotTranslate ? (
                        <>
                          {term.sourceTerm}
                          <p className="note">{t('republication.glossary.keptAsIs')}</p>
                        </>
                      ) : (
                        term.targetTerm
                      )}
                    </td>
                    <td>
                      {t('republication.glossary.pairValue', {
                        from: name(term.sourceLanguage),
                        into: name(term.targetLanguage),
                      })}
                    </td>
                    <td>{term.note}</td>
                    {mayManage ? (
                      <td>
                        <div className="actions">
                          <RowButton
                            label={t('common.edit')}
                            row={term.sourceTerm}
                            onClick={() => setEditing(term)}
                          />
                          <RowButton
                            label={t('common.delete')}
                            row={term.sourceTerm}
                            className="danger"
                            onClick={() => setDeleting(term)}
                          />
                        </div>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager
            page={filters.page}
            hasNext={filters.page * PER_PAGE < total}
            onPage={(page) => setFilters({ ...filters, page })}
          />
          <StatusLine message={message || action.status} />
        </>
      ) : null}

      {mayManage && !forbidden ? (
        <section aria-labelledby="add-term-title" className="manage-block create-panel">
          <h2 id="add-term-title">{t('republication.glossary.add')}</h2>
          <AddTermForm
            languages={languages}
            initial={newTerm(
              filters.sourceLanguage || baseLanguage(site?.language ?? ''),
              filters.targetLanguage,
            )}
            onAdded={() => {
              setMessage('');
              void list.reload();
            }}
          />
        </section>
      ) : null}

      {editing ? (
        <EditTermDialog
          term={editing}
          languages={languages}
          onClose={() => setEditing(null)}
          onSaved={(term) => {
            setEditing(null);
            setMessage(t('republication.glossary.saved', { term: term.sourceTerm }));
            void list.reload();
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('republication.glossary.deleteTitle', { term: deleting.sourceTerm })}
          message={<p>{t('republication.glossary.deleteText')}</p>}
          confirm={t('republication.glossary.deleteConfirm')}
          busy={action.busy}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
          fallbackFocus="#glossary-title"
        />
      ) : null}
    </section>
  );
}
