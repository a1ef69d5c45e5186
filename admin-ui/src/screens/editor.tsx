import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { StatusBadge } from '../components/status.tsx';
import { EditorDeskPanel } from '../desk/editor-desk-panel.tsx';
import { BodyEditor } from '../editor/body-editor.tsx';
import { BylineField } from '../editor/byline-field.tsx';
import { ClassificationFields } from '../editor/classification-fields.tsx';
import { ConflictDialog } from '../editor/conflict-dialog.tsx';
import { ConflictNotice, LocalCopyNotice } from '../editor/editor-notices.tsx';
import { blockTypeLabel, valueDescriber } from '../editor/field-values.ts';
import { LeadImageField } from '../editor/lead-image-field.tsx';
import { type ArticleAction, mayDo, rolesOn } from '../editor/permissions.ts';
import { PublishPanel } from '../editor/publish-panel.tsx';
import { RevisionsPanel } from '../editor/revisions-panel.tsx';
import { SaveStatus } from '../editor/save-status.tsx';
import { SlugField } from '../editor/slug-field.tsx';
import { SocialFields } from '../editor/social-fields.tsx';
import { TextAreaField, TextField } from '../editor/text-field.tsx';
import { useArticleEditor } from '../editor/use-article-editor.ts';
import { useContributors, useEditionLists } from '../editor/use-edition-lists.ts';
import { useT } from '../i18n/i18n.tsx';
import { RepublicationPanels } from '../republication/editor-panels.tsx';
import { SourceUpdateBanner } from '../republication/source-update-banner.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';

/** Fields the form shows errors for; a refused save's other issues are listed on top. */
const SHOWN_PATHS = [
  'kicker',
  'headline',
  'dek',
  'slug',
  'body',
  'credits',
  'sectionId',
  'tagIds',
  'seriesId',
  'seriesPosition',
  'leadMediaId',
  'socialTitle',
  'socialDescription',
  // Shown by the change-kind panel (republication/change-kind-field.tsx).
  'changeKind',
  'correctionNote',
];

/**
 * The article editor: headline and body on the left, everything about the article on the
 * right; drafts save themselves, a published article changes on "Update".
 */
export function ArticleEditor(props: { articleId: string | null; siteId: string }) {
  const t = useT();
  const { session, sites } = useSession();
  const site = sites.find((candidate) => candidate.id === props.siteId) ?? null;
  const editorRef = useRef<Editor | null>(null);
  const body = useCallback(() => {
    const editor = editorRef.current;
    if (!editor) return null;
    const { from, to } = editor.state.selection;
    return { doc: editor.getJSON(), selection: editor.isFocused ? { from, to } : null };
  }, []);
  const model = useArticleEditor({ articleId: props.articleId, siteId: props.siteId, body });
  const { article, fields, setField, fieldErrors } = model;
  const lists = useEditionLists(props.siteId);
  const contributors = useContributors(
    [...fields.credits, ...(model.conflict?.theirs.credits ?? [])].map(
      (credit) => credit.contributorId,
    ),
  );
  const describe = useMemo(() => valueDescriber(t, lists, contributors), [t, lists, contributors]);
  const roles = rolesOn(session, sites, props.siteId);
  const may = (action: ArticleAction) => mayDo(session, roles, action, article);
  const readOnly = Boolean(article?.deletedAt) || !may('edit');
  const language = article?.language ?? site?.language ?? 'en';
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  const [merging, setMerging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The formatting toolbar sticks just below the bar, whatever height the bar wraps to.
  const observeBar = useCallback((bar: HTMLDivElement | null) => {
    if (!bar) return;
    const observer = new ResizeObserver(() => {
      bar.parentElement?.style.setProperty('--editor-bar-height', `${bar.offsetHeight}px`);
    });
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);

  const onEditor = useCallback((editor: Editor | null) => {
    editorRef.current = editor;
  }, []);

  // Saving while someone else's version waits to be merged opens the merge.
  const { save, conflict } = model;
  const saveOrMerge = useCallback(() => {
    if (conflict) setMerging(true);
    else void save();
  }, [conflict, save]);

  // Ctrl/Cmd+S saves, wherever the focus is.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        !event.altKey &&
        event.key.toLowerCase() === 's'
      ) {
        event.preventDefault();
        saveOrMerge();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saveOrMerge]);

  // A just-created article reopened at its own address: the focus goes back where it was,
  // once, when the screen appears.
  const handedOver = useRef(model.handedOver).current;
  useEffect(() => {
    if (!handedOver) return;
    const editor = editorRef.current;
    if (handedOver.selection && editor) {
      editor.chain().focus().setTextSelection(handedOver.selection).run();
      return;
    }
    const element = handedOver.focusId ? document.getElementById(handedOver.focusId) : null;
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      element.focus();
      element.setSelectionRange(element.value.length, element.value.length);
    } else element?.focus();
  }, [handedOver]);

  const errorFor = (path: string) =>
    fieldErrors[path] ??
    Object.entries(fieldErrors).find(([key]) => key.startsWith(`${path}.`))?.[1];
  const errorsFor = (paths: string[]) =>
    Object.fromEntries(
      paths.flatMap((path) => {
        const message = errorFor(path);
        return message ? [[path, message]] : [];
      }),
    );
  const bodyErrors = Object.entries(fieldErrors).filter(
    ([key]) => key === 'body' || key.startsWith('body.'),
  );
  const otherErrors = Object.entries(fieldErrors).filter(
    ([key]) => !SHOWN_PATHS.some((shown) => key === shown || key.startsWith(`${shown}.`)),
  );

  const preview = async () => {
    setNotice(null);
    // Opened now, while the click still counts as the user's: a tab opened after the save
    // would be blocked as a pop-up.
    const tab = window.open('', '_blank');
    const saved = !model.article || (model.dirty && model.autosaves) ? await model.save() : true;
    const current = model.currentArticle();
    if (!saved || !current) {
      tab?.close();
      setNotice(t('editor.preview.saveFirst'));
      return;
    }
    if (model.dirty && !model.autosaves) setNotice(t('editor.preview.lastSaved'));
    const url = `/newsroom/preview/${current.id}`;
    if (tab) {
      tab.opener = null;
      tab.location.href = url;
    } else window.open(url, '_blank', 'noopener');
  };

  if (model.loading) return <p className="loading">{t('app.loading')}</p>;
  if (model.loadError) {
    return (
      <div className="article-editor">
        <h1>{t('editor.title.edit')}</h1>
        <p className="form-error" role="alert">
          {t('app.error', { message: model.loadError.message })}
        </p>
        <div className="row-actions">
          <button type="button" onClick={model.reload}>
            {t('app.retry')}
          </button>
          <Link to={`/sites/${props.siteId}/articles`}>{t('editor.back')}</Link>
        </div>
      </div>
    );
  }

  const live = article?.status === 'published' && !article.deletedAt;
  return (
    <div className="article-editor">
      <div className="article-editor__bar" ref={observeBar}>
        <Link className="article-editor__back" to={`/sites/${props.siteId}/articles`}>
          {t('editor.back')}
        </Link>
        <h1>{article ? t('editor.title.edit') : t('editor.title.new')}</h1>
        {article ? (
          <StatusBadge status={article.status} trashed={Boolean(article.deletedAt)} />
        ) : null}
        <SaveStatus model={model} />
        <span className="spacer" />
        <div className="article-editor__actions">
          {readOnly ? null : (
            <button type="button" className="primary" onClick={saveOrMerge}>
              {live ? t('editor.action.update') : t('editor.action.save')}
            </button>
          )}
          <button type="button" onClick={() => void preview()}>
            {t('editor.action.preview')}
          </button>
          {article ? (
            <button
              type="button"
              aria-expanded={revisionsOpen}
              aria-controls={revisionsOpen ? 'revisions-panel' : undefined}
              onClick={() => setRevisionsOpen((open) => !open)}
            >
              {t('editor.action.revisions')}
            </button>
          ) : null}
        </div>
      </div>
      <p className="hint article-editor__notice" aria-live="polite">
        {notice ?? ''}
      </p>

      <LocalCopyNotice model={model} />
      <ConflictNotice model={model} onMerge={() => setMerging(true)} />
      <SourceUpdateBanner model={model} readOnly={readOnly} />
      {otherErrors.length ? (
        <div className="form-error" role="alert">
          <ul>
            {otherErrors.map(([path, message]) => (
              <li key={path}>
                {path}: {message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {revisionsOpen && article ? (
        <RevisionsPanel
          model={model}
          article={article}
          canRestore={!readOnly}
          describe={describe}
        />
      ) : null}

      <div className="article-editor__columns">
        <div className="article-editor__main">
          <TextField
            id="article-kicker"
            label={t('editor.field.kicker')}
            className="field--kicker"
            value={fields.kicker}
            lang={language}
            readOnly={readOnly}
            maxLength={120}
            hint={t('editor.field.kickerHint')}
            error={errorFor('kicker')}
            onChange={(event) => setField('kicker', event.target.value)}
          />
          <TextField
            id="article-headline"
            label={t('editor.field.headline')}
            className="field--headline"
            value={fields.headline}
            lang={language}
            readOnly={readOnly}
            required
            aria-required="true"
            maxLength={300}
            error={errorFor('headline')}
            onChange={(event) => setField('headline', event.target.value)}
          />
          <TextAreaField
            id="article-dek"
            label={t('editor.field.dek')}
            className="field--dek"
            value={fields.dek}
            lang={language}
            readOnly={readOnly}
            rows={2}
            maxLength={1000}
            hint={t('editor.field.dekHint')}
            error={errorFor('dek')}
            onChange={(event) => setField('dek', event.target.value)}
          />
          <SlugField
            siteId={props.siteId}
            articleId={article?.id ?? null}
            savedSlug={article?.slug ?? null}
            value={fields.slug}
            readOnly={readOnly}
            error={errorFor('slug')}
            onChange={(value) => setField('slug', value)}
          />
          <div className="field field--body">
            <span className="field__label" id="article-body-label">
              {t('editor.field.body')}
            </span>
            <BodyEditor
              value={fields.body}
              onChange={(blocks) => setField('body', blocks)}
              siteId={props.siteId}
              language={language}
              label={t('editor.field.body')}
              readOnly={readOnly}
              describedBy={bodyErrors.length ? 'article-body-errors' : undefined}
              shortcuts={
                readOnly
                  ? []
                  : [
                      {
                        keys: ['Mod', 'S'],
                        action: live ? 'editor.action.update' : 'editor.action.save',
                      },
                    ]
              }
              onEditor={onEditor}
              initialDoc={handedOver?.doc ?? undefined}
            />
            {bodyErrors.length ? (
              <ul className="error" id="article-body-errors">
                {bodyErrors.map(([path, message]) => {
                  const index = Number(path.split('.')[1]);
                  const block = Number.isInteger(index) ? fields.body[index] : undefined;
                  return (
                    <li key={path}>
                      {block
                        ? t('editor.body.blockError', {
                            number: index + 1,
                            type: blockTypeLabel(t, block),
                            message,
                          })
                        : message}
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </div>
        </div>

        <aside className="article-editor__side" aria-label={t('editor.side.label')}>
          <PublishPanel model={model} may={may} siteTimeZone={site?.timezone ?? null} />
          <EditorDeskPanel model={model} siteId={props.siteId} readOnly={readOnly} />
          <RepublicationPanels model={model} readOnly={readOnly} />
          <BylineField
            credits={fields.credits}
            onChange={(credits) => setField('credits', credits)}
            error={errorFor('credits')}
            readOnly={readOnly}
          />
          <ClassificationFields
            siteId={props.siteId}
            fields={fields}
            lists={lists}
            onChange={(name, value) => setField(name, value as never)}
            errors={errorsFor(['sectionId', 'tagIds', 'seriesId', 'seriesPosition'])}
            readOnly={readOnly}
          />
          <LeadImageField
            siteId={props.siteId}
            language={language}
            value={fields.leadMediaId}
            onChange={(mediaId) => setField('leadMediaId', mediaId)}
            error={errorFor('leadMediaId')}
            readOnly={readOnly}
          />
          <SocialFields
            title={fields.socialTitle}
            description={fields.socialDescription}
            headline={fields.headline}
            dek={fields.dek}
            lang={language}
            readOnly={readOnly}
            errors={errorsFor(['socialTitle', 'socialDescription'])}
            onChange={(name, value) => setField(name, value)}
          />
        </aside>
      </div>

      {merging && model.conflict ? (
        <ConflictDialog
          open
          conflict={model.conflict}
          mine={fields}
          describe={describe}
          onClose={() => setMerging(false)}
          onSave={(merged) => {
            setMerging(false);
            void model.resolveConflict(merged);
          }}
        />
      ) : null}
    </div>
  );
}
