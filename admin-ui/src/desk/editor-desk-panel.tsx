import { useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { Article } from '../api/types.ts';
import { useLoad } from '../components/use-load.ts';
import type { ArticleEditorModel } from '../editor/use-article-editor.ts';
import { useT } from '../i18n/i18n.tsx';
import { navigate } from '../router.tsx';
import { useSession } from '../session.tsx';
import { deskRights } from './desk-access.ts';
import type { StoryCoverage } from './desk-types.ts';
import { JointStatementDialog } from './joint-statement-dialog.tsx';
import { RequestTranslationDialog } from './request-translation.tsx';
import { useNetworkEditions } from './use-network-editions.ts';
import { VersionStateLabel } from './version-state.tsx';

/** The story's versions and tasks on every edition (from the network view of this story). */
function StoryEditions(props: { storyId: string; articleId: string; refresh: number }) {
  const t = useT();
  const editions = useNetworkEditions();
  const coverage = useLoad(
    () =>
      api<StoryCoverage[]>('GET', `/translation-desk/network?storyId=${props.storyId}`).then(
        (stories) => stories[0] ?? null,
      ),
    [props.storyId, props.refresh],
  );
  if (coverage.loading && !coverage.data) return <p className="hint">{t('app.loading')}</p>;
  if (!coverage.data) return null;
  return (
    <ul className="desk-panel__editions" aria-label={t('desk.panel.editions')}>
      {coverage.data.editions.map((state) => {
        const edition = editions?.find((candidate) => candidate.id === state.siteId);
        return (
          <li key={`${state.siteId}-${state.language}`}>
            <span className="desk-panel__edition">
              {t('desk.editionWithLanguage', {
                edition: edition?.name ?? state.siteId,
                language: state.language,
              })}
            </span>{' '}
            {state.articleId === props.articleId ? (
              <span className="hint">{t('desk.panel.thisArticle')}</span>
            ) : (
              <VersionStateLabel state={state} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The article's network-wide flag, saved on its own (as a typo-kind change when live). */
function NetworkWideSwitch(props: { model: ArticleEditorModel; article: Article }) {
  const t = useT();
  const { model, article } = props;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const toggle = async (checked: boolean) => {
    setBusy(true);
    setMessage(null);
    try {
      // The editor's unsaved text goes first, so this save follows it.
      if (model.dirty && !(await model.save())) {
        setMessage({ text: t('desk.panel.saveFirst'), error: true });
        return;
      }
      const current = model.currentArticle() ?? article;
      const next = await api<Article>('PUT', `/articles/${current.id}`, {
        expectedRevision: model.baseRevision() ?? current.revision,
        networkWide: checked,
        // Flagging a live article changes nothing readers see: its translations stay current.
        ...(current.status === 'published' ? { changeKind: 'typo' } : {}),
      });
      model.adopt(next);
      setMessage({
        text: t(checked ? 'desk.panel.flagged' : 'desk.panel.unflagged'),
        error: false,
      });
    } catch (failure) {
      setMessage({
        text: failure instanceof ApiError ? failure.message : t('manage.unreachable'),
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="field field--check">
      <input
        id="article-network-wide"
        type="checkbox"
        checked={article.networkWide === true}
        aria-disabled={busy || undefined}
        aria-describedby="article-network-wide-hint"
        onChange={(event) => {
          if (!busy) void toggle(event.target.checked);
        }}
      />
      <label htmlFor="article-network-wide">{t('desk.panel.networkWide')}</label>
      <p className="hint" id="article-network-wide-hint">
        {t('desk.panel.networkWideHint')}
      </p>
      {message?.error ? (
        <p className="error" role="alert">
          {message.text}
        </p>
      ) : (
        <p className="status-line" aria-live="polite">
          {message?.text ?? ''}
        </p>
      )}
    </div>
  );
}

/**
 * The translation desk in the article editor's side panel: the network-wide flag, which
 * editions have the story, asking for a translation of a published article, and preparing a
 * joint statement from an unpublished one.
 */
export function EditorDeskPanel(props: {
  model: ArticleEditorModel;
  siteId: string;
  readOnly: boolean;
}) {
  const t = useT();
  const { session, sites } = useSession();
  const rights = deskRights(session, sites, props.siteId);
  // Asked now, so that a dialog opened later lists the editions from the start.
  useNetworkEditions();
  const article = props.model.article;
  const [dialog, setDialog] = useState<'request' | 'statement' | null>(null);
  const [done, setDone] = useState('');
  const [refresh, setRefresh] = useState(0);
  if (!article || article.deletedAt) return null;
  const original = article.origin.type === 'original';
  const published = article.status === 'published';
  const unpublished = article.status === 'draft' || article.status === 'pending';
  const showFlag = original && !props.readOnly;
  const mayRequest = published && rights.manage;
  const mayPrepare = original && unpublished && rights.manage;
  if (!showFlag && !mayRequest && !mayPrepare) return null;
  const source = {
    id: article.id,
    headline: props.model.fields.headline || article.headline,
    siteId: article.siteId,
    language: article.language,
  };
  return (
    <section className="side-section desk-panel" aria-labelledby="desk-panel-title">
      <h2 id="desk-panel-title">{t('desk.panel.title')}</h2>
      {showFlag ? <NetworkWideSwitch model={props.model} article={article} /> : null}
      {mayRequest ? (
        <>
          <StoryEditions storyId={article.storyId} articleId={article.id} refresh={refresh} />
          <button type="button" onClick={() => setDialog('request')}>
            {t('desk.request.open')}
          </button>
        </>
      ) : null}
      {mayPrepare ? (
        <>
          <p className="hint">{t('desk.panel.statementHint')}</p>
          <button
            type="button"
            onClick={async () => {
              // The statement takes the text as saved: unsaved changes go first.
              if (props.model.dirty) await props.model.save();
              setDialog('statement');
            }}
          >
            {t('desk.statement.open')}
          </button>
        </>
      ) : null}
      {/* A live region without the status role: the editor's save status is its one status. */}
      <p className="status-line" aria-live="polite">
        {done}
      </p>
      {dialog === 'request' ? (
        <RequestTranslationDialog
          article={source}
          onClose={() => setDialog(null)}
          onRequested={(_task, edition) => {
            setDialog(null);
            setDone(t('desk.request.done', { edition: edition?.name ?? '' }));
            setRefresh((count) => count + 1);
          }}
        />
      ) : null}
      {dialog === 'statement' ? (
        <JointStatementDialog
          article={source}
          onClose={() => setDialog(null)}
          onPrepared={(statement) =>
            navigate(`/sites/${props.siteId}/joint-statements/${statement.id}`)
          }
        />
      ) : null}
    </section>
  );
}
