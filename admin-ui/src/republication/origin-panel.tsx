import { useState } from 'react';
import { api } from '../api/client.ts';
import type { Article } from '../api/types.ts';
import type { ArticleEditorModel } from '../editor/use-article-editor.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { languageName } from '../manage/languages.ts';
import { useSubmit } from '../manage/use-submit.ts';
import { Link } from '../router.tsx';
import { useNetworkLanguages } from './content-api.ts';
import { EditDialog } from './edit-dialog.tsx';
import {
  OutsideSourceFields,
  SOURCE_FIELDS,
  SOURCE_PATH,
  sourceChanged,
} from './outside-source-fields.tsx';
import { useSourceEdition } from './source-edition.ts';
import type { useCopyStanding } from './source-updates-api.ts';
import type { OutsideSource, SourceUpdateDetail } from './types.ts';

/** A day ('2019-05-14') in the interface language, without a time zone shifting it. */
function formatDay(day: string, language: string): string {
  const time = Date.parse(`${day}T12:00:00Z`);
  if (Number.isNaN(time)) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
}

/** A copy of a sister article: where it was first published, with links to the original. */
function CopyOrigin(props: { standing: SourceUpdateDetail | null; error: Error | null }) {
  const t = useT();
  const { standing } = props;
  const edition = useSourceEdition(standing?.source.siteId ?? null);
  if (!standing) {
    return props.error ? (
      <p className="error">{t('app.error', { message: props.error.message })}</p>
    ) : (
      <p className="hint">{t('app.loading')}</p>
    );
  }
  const { source } = standing;
  const name = edition?.name ?? t('republication.origin.sisterEdition');
  return (
    <>
      <p className="origin-line">{t('republication.origin.copyOf', { edition: name })}</p>
      <p className="origin-headline">{source.headline}</p>
      <ul className="plain-list origin-links">
        {edition?.mine ? (
          <li>
            <Link to={`/sites/${source.siteId}/articles/${source.id}`}>
              {t('republication.origin.openOriginal')}
            </Link>
          </li>
        ) : null}
        {edition && source.status === 'published' ? (
          <li>
            <a href={`${edition.url}${source.slug}`} target="_blank" rel="noreferrer">
              {t('republication.origin.readOriginal', { edition: name })}
            </a>
          </li>
        ) : null}
      </ul>
      <p className="hint">
        {standing.state === 'up-to-date'
          ? t('republication.origin.upToDate', { revision: standing.pinnedRevision })
          : standing.state === 'dismissed'
            ? t('republication.origin.dismissed')
            : t('republication.origin.changed')}
      </p>
    </>
  );
}

/** Changing the outside source of a republication: saved on its own, as a new revision. */
function OutsideSourceDialog(props: {
  model: ArticleEditorModel;
  source: OutsideSource;
  onClose(): void;
}) {
  const t = useT();
  const [source, setSource] = useState(props.source);
  const form = useSubmit();
  const languages = useNetworkLanguages();
  return (
    <EditDialog
      title={t('republication.origin.editTitle')}
      form={form}
      shown={SOURCE_FIELDS.map((field) => `${SOURCE_PATH}.${field}`)}
      dirty={sourceChanged(props.source, source)}
      save={async () => {
        const article = props.model.currentArticle();
        if (!article) return;
        props.model.adopt(
          await api<Article>('PUT', `/articles/${article.id}`, {
            expectedRevision: props.model.baseRevision() ?? article.revision,
            origin: { type: 'republication', source },
          }),
        );
      }}
      success={t('common.saved')}
      onClose={props.onClose}
      onSaved={props.onClose}
    >
      <OutsideSourceFields
        value={source}
        onChange={setSource}
        issue={(field) => form.issue(`${SOURCE_PATH}.${field}`)}
        languages={languages}
      />
    </EditDialog>
  );
}

/** A text from outside the network: the publication, address, date and permission. */
function OutsideOrigin(props: {
  source: OutsideSource;
  model: ArticleEditorModel;
  readOnly: boolean;
}) {
  const t = useT();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const { source } = props;
  return (
    <>
      <p className="origin-line">
        {t('republication.origin.outsideOf', { publication: source.publication })}
      </p>
      <dl className="facts origin-facts">
        <dt>{t('republication.outside.url')}</dt>
        <dd>
          <a href={source.url} target="_blank" rel="noreferrer" className="wrapped-text">
            {source.url}
          </a>
        </dd>
        <dt>{t('republication.outside.language')}</dt>
        <dd>{languageName(source.language, language)}</dd>
        <dt>{t('republication.outside.publishedOn')}</dt>
        <dd>{formatDay(source.publishedOn, language)}</dd>
        <dt>{t('republication.outside.permission')}</dt>
        <dd>{source.permission}</dd>
      </dl>
      {props.readOnly ? null : (
        <button type="button" onClick={() => setEditing(true)}>
          {t('republication.origin.edit')}
        </button>
      )}
      {editing ? (
        <OutsideSourceDialog
          model={props.model}
          source={source}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </>
  );
}

/**
 * Where a republished article comes from, read-only in the editor's side panel: the sister
 * article it copies (with links to it), or the outside publication. The reader page's credit
 * line is generated from this by the server.
 */
export function OriginPanel(props: {
  model: ArticleEditorModel;
  standing: ReturnType<typeof useCopyStanding>;
  readOnly: boolean;
}) {
  const t = useT();
  const article = props.model.article;
  if (article?.origin.type !== 'republication') return null;
  const source = article.origin.source as { kind: string };
  return (
    <section className="side-section origin-panel" aria-labelledby="origin-title">
      <h2 id="origin-title">{t('republication.origin.title')}</h2>
      {source.kind === 'outside' ? (
        <OutsideOrigin
          source={source as OutsideSource}
          model={props.model}
          readOnly={props.readOnly}
        />
      ) : (
        <CopyOrigin standing={props.standing.detail} error={props.standing.error} />
      )}
    </section>
  );
}
