import { type FormEvent, useCallback, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { Contributor, Credit } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { getList } from './api-lists.ts';
import { SearchCombobox } from './search-combobox.tsx';
import { TextField } from './text-field.tsx';
import { rememberContributor, useContributors } from './use-edition-lists.ts';

const ROLES: Credit['role'][] = ['author', 'translator', 'photographer'];

/**
 * The byline: people, organisations, or nobody, from the network's shared registry of
 * contributors (or added to it here). The order of the list is the order readers see.
 */
export function BylineField(props: {
  credits: Credit[];
  onChange(credits: Credit[]): void;
  error?: string | undefined;
  readOnly: boolean;
}) {
  const t = useT();
  const { credits, onChange } = props;
  const [known, setKnown] = useState<Map<string, Contributor>>(new Map());
  const fetched = useContributors(credits.map((credit) => credit.contributorId));
  const nameOf = (id: string) =>
    known.get(id)?.name ?? fetched.get(id)?.name ?? t('editor.byline.unknown');
  const kindOf = (id: string) => known.get(id)?.kind ?? fetched.get(id)?.kind;

  const add = (contributor: Contributor) => {
    rememberContributor(contributor);
    setKnown((current) => new Map(current).set(contributor.id, contributor));
    if (
      credits.some((credit) => credit.contributorId === contributor.id && credit.role === 'author')
    ) {
      return;
    }
    onChange([...credits, { contributorId: contributor.id, role: 'author' }]);
  };
  const move = (index: number, step: -1 | 1) => {
    const next = [...credits];
    const [credit] = next.splice(index, 1);
    if (credit) next.splice(index + step, 0, credit);
    onChange(next);
  };
  const search = useCallback((q: string) => getList<Contributor>('/contributors', { q }), []);

  return (
    <section className="side-section" aria-labelledby="byline-title">
      <h2 id="byline-title">{t('editor.byline.title')}</h2>
      {credits.length === 0 ? <p className="hint">{t('editor.byline.none')}</p> : null}
      <ol className="byline-credits">
        {credits.map((credit, index) => {
          const name = nameOf(credit.contributorId);
          const kind = kindOf(credit.contributorId);
          return (
            <li key={`${credit.contributorId}-${credit.role}`} className="byline-credit">
              <span className="byline-credit__name">
                {name}
                {kind === 'organisation' ? (
                  <span className="byline-credit__kind"> ({t('editor.byline.organisation')})</span>
                ) : null}
              </span>
              <label className="visually-hidden" htmlFor={`credit-role-${index}`}>
                {t('editor.byline.roleOf', { name })}
              </label>
              <select
                id={`credit-role-${index}`}
                value={credit.role}
                disabled={props.readOnly}
                onChange={(event) =>
                  onChange(
                    credits.map((other, at) =>
                      at === index
                        ? { ...other, role: event.target.value as Credit['role'] }
                        : other,
                    ),
                  )
                }
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`editor.byline.role.${role}`)}
                  </option>
                ))}
              </select>
              {props.readOnly ? null : (
                <span className="byline-credit__actions">
                  <button
                    type="button"
                    aria-label={t('editor.byline.up', { name })}
                    title={t('editor.byline.up', { name })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={t('editor.byline.down', { name })}
                    title={t('editor.byline.down', { name })}
                    disabled={index === credits.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={t('editor.byline.remove', { name })}
                    title={t('editor.byline.remove', { name })}
                    onClick={() => onChange(credits.filter((_, at) => at !== index))}
                  >
                    ×
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {props.error ? <p className="error">{props.error}</p> : null}
      {props.readOnly ? null : (
        <>
          <SearchCombobox<Contributor>
            id="byline-search"
            label={t('editor.byline.add')}
            search={search}
            keyOf={(contributor) => contributor.id}
            labelOf={(contributor) =>
              contributor.kind === 'organisation'
                ? `${contributor.name} (${t('editor.byline.organisation')})`
                : contributor.name
            }
            onPick={add}
          />
          <NewContributor onCreated={add} />
        </>
      )}
    </section>
  );
}

/** Adds a person or an organisation to the registry, and to the byline. */
function NewContributor(props: { onCreated(contributor: Contributor): void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Contributor['kind']>('person');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api<Contributor>('POST', '/contributors', { kind, name: name.trim() });
      props.onCreated(created);
      setName('');
      setOpen(false);
    } catch (failure) {
      setError(
        failure instanceof ApiError
          ? failure
          : new ApiError(
              0,
              'network',
              failure instanceof Error ? failure.message : String(failure),
            ),
      );
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('editor.byline.new')}
      </button>
    );
  }
  // A <div> and not a nested <form>: this sits inside the editor's page, Enter submits it.
  return (
    <div className="new-contributor">
      <TextField
        id="new-contributor-name"
        label={t('editor.byline.newName')}
        value={name}
        autoFocus
        error={
          error?.issueAt('name') ?? (error && !error.issues.length ? error.message : undefined)
        }
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void submit(event);
        }}
      />
      <fieldset className="inline-choices">
        <legend>{t('editor.byline.kind')}</legend>
        {(['person', 'organisation'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="new-contributor-kind"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />{' '}
            {t(`editor.byline.kind.${value}`)}
          </label>
        ))}
      </fieldset>
      {error?.issueAt('kind') ? <p className="error">{error.issueAt('kind')}</p> : null}
      <div className="row-actions">
        <button type="button" className="primary" disabled={busy || !name.trim()} onClick={submit}>
          {t('editor.byline.create')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
