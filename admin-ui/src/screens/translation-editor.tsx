import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { useLoad } from '../components/use-load.ts';
import { ConflictDialog } from '../editor/conflict-dialog.tsx';
import { LocalCopyNotice } from '../editor/editor-notices.tsx';
import { rolesOn } from '../editor/permissions.ts';
import type { Shortcut } from '../editor/shortcuts-help.tsx';
import { useT } from '../i18n/i18n.tsx';
import { LoadFailure } from '../manage/load-failure.tsx';
import { useUnsavedGuard } from '../manage/unsaved.ts';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import { BlockRow } from '../translation-editor/block-row.tsx';
import { CommentThread } from '../translation-editor/comments.tsx';
import { deskRights, mayEditText, mayStep } from '../translation-editor/desk-rights.ts';
import { useEditingTools } from '../translation-editor/editing-tools.tsx';
import { FieldRow } from '../translation-editor/field-row.tsx';
import {
  asArticleFields,
  fromArticleFields,
  sourceOf,
  TEXT_FIELDS,
} from '../translation-editor/fields.ts';
import {
  ConflictOffer,
  MachineAllButton,
  MachineDraftedNotice,
  PreviewButton,
} from '../translation-editor/notices.tsx';
import { alignRows, progressOf } from '../translation-editor/rows.ts';
import { SaveLine } from '../translation-editor/save-line.tsx';
import { OutdatedBanner } from '../translation-editor/source-diff.tsx';
import { TaskFacts, TaskHistory } from '../translation-editor/task-header.tsx';
import { TaskSteps } from '../translation-editor/task-steps.tsx';
import type { MachineStatus, TaskDetail } from '../translation-editor/types.ts';
import { useRowActions } from '../translation-editor/use-row-actions.ts';
import {
  fieldKey,
  useGlossaryCheck,
  useSuggestions,
} from '../translation-editor/use-suggestions.ts';
import { useTranslationTask } from '../translation-editor/use-translation.ts';
import { useTranslationKeys } from '../translation-editor/use-translation-keys.ts';
import '../translation-editor/translation-editor.css';

const SHORTCUTS: Shortcut[] = [
  { keys: ['Mod', 'S'], action: 'editor.action.save' },
  { keys: ['Alt', '↓'], action: 'te.keys.next' },
  { keys: ['Alt', '↑'], action: 'te.keys.previous' },
];

/**
 * The translation editor of one task: the source on the left at the revision the translation
 * follows, the translation on the right block by block, with the memory's and the glossary's
 * suggestions, machine drafts when configured, review comments, and the desk's next steps.
 */
export function TranslationEditor(props: { siteId: string; taskId: string }) {
  const t = useT();
  const { session, sites } = useSession();
  const userId = session?.user.id ?? '';
  const [fixing, setFixing] = useState(false);
  const [merging, setMerging] = useState(false);
  const [machineDrafted, setMachineDrafted] = useState<string[]>([]);
  const rightsOf = useCallback(
    (detail: TaskDetail) =>
      deskRights(rolesOn(session, sites, detail.task.targetSiteId), !!session?.user.isNetworkAdmin),
    [session, sites],
  );
  const editableIf = useCallback(
    (detail: TaskDetail) => mayEditText(detail.task, rightsOf(detail), userId, fixing),
    [rightsOf, userId, fixing],
  );
  const model = useTranslationTask(props.taskId, { editableIf });
  const { detail, fields, editable } = model;
  const source = detail ? sourceOf(detail) : null;
  const rows = useMemo(() => alignRows(source?.body ?? [], fields.body), [source, fields.body]);
  const languages = detail
    ? { source: detail.source.article.language, target: detail.task.targetLanguage }
    : null;
  const suggestions = useSuggestions(source, languages);
  const warnings = useGlossaryCheck(rows, fields, source, languages);
  const machine = useLoad(
    () =>
      api<MachineStatus>('GET', '/machine-translation').catch(() => ({ enabled: false }) as const),
    [],
  );
  const machineOn = machine.data?.enabled === true;
  const tools = useEditingTools({
    siteId: props.siteId,
    language: languages?.target ?? 'en',
    shortcuts: SHORTCUTS,
  });
  const { actionsFor, machineDraftAll } = useRowActions({
    model,
    detail,
    source,
    rows,
    machine: machineOn,
    onLink: tools.openLink,
    onFocus: tools.onFocus,
    notSaved: t('te.steps.notSaved'),
  });
  useUnsavedGuard(model.dirty);
  // The toolbar sticks just below the bar, whatever height the bar wraps to.
  const observeBar = useCallback((bar: HTMLDivElement | null) => {
    if (!bar) return;
    const observer = new ResizeObserver(() => {
      bar.parentElement?.style.setProperty('--te-bar-height', `${bar.offsetHeight}px`);
    });
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  useTranslationKeys(model.save);

  // A publication refused for machine-drafted blocks: the first of them, in view.
  useEffect(() => {
    if (!machineDrafted.length) return;
    const first = document.querySelector<HTMLElement>(
      machineDrafted.map((id) => `[data-blocks~="${CSS.escape(id)}"]`).join(', '),
    );
    first?.scrollIntoView({ block: 'center' });
    first?.querySelector<HTMLElement>('h3')?.focus();
  }, [machineDrafted]);

  if (model.loading) return <p className="loading">{t('app.loading')}</p>;
  if (!detail) {
    return (
      <div className="translation-editor">
        <h1>{t('te.title')}</h1>
        {model.loadError instanceof ApiError && model.loadError.status === 404 ? (
          <p className="form-error" role="alert">
            {t('te.notFound')}
          </p>
        ) : (
          <LoadFailure error={model.loadError} retry={model.reload} />
        )}
        <Link to={`/sites/${props.siteId}/desk`}>{t('te.back')}</Link>
      </div>
    );
  }

  const { task } = detail;
  const rights = rightsOf(detail);
  const targetLanguage = task.targetLanguage;
  const sourceLanguage = detail.source.article.language;
  const progress = progressOf(fields.body, task.doneBlocks);
  const may = mayStep(task, rights, userId, 'comment');
  const commentActions = {
    may,
    add: async (blockId: string | null, body: string) => {
      await api('POST', `/translation-tasks/${task.id}/comments`, { blockId, body });
      await model.refresh();
    },
    resolve: async (commentId: string) => {
      await api('POST', `/translation-tasks/${task.id}/comments/${commentId}/resolve`);
      await model.refresh();
    },
  };
  const commentsOn = (ids: string[]) =>
    detail.comments.filter((comment) => comment.blockId !== null && ids.includes(comment.blockId));
  const errorsOf = (ids: string[]) =>
    Object.entries(model.fieldErrors).flatMap(([path, message]) => {
      const block = model.blockOfPath(path);
      return block && ids.includes(block) ? [message] : [];
    });
  const rowNumber = new Map(rows.map((row, index) => [row.key, index + 1]));
  const numbersOf = (ids: string[]) =>
    rows.flatMap((row) =>
      row.blocks.some((block) => ids.includes(block.id)) ? [rowNumber.get(row.key) ?? 0] : [],
    );

  return (
    <tools.Provider value={tools.context}>
      <div className={`translation-editor${editable ? '' : ' translation-editor--reading'}`}>
        <div className="article-editor__bar translation-editor__bar" ref={observeBar}>
          <Link className="article-editor__back" to={`/sites/${props.siteId}/desk`}>
            {t('te.back')}
          </Link>
          <h1>{t('te.heading', { headline: detail.source.article.headline })}</h1>
          <SaveLine model={model} />
          <span className="spacer" />
          <div className="row-actions">
            {editable ? (
              <button type="button" className="primary" onClick={() => void model.save()}>
                {t('editor.action.save')}
              </button>
            ) : null}
            {task.targetArticleId ? (
              <PreviewButton
                model={model}
                articleId={task.targetArticleId}
                update={!!task.workingCopy}
              />
            ) : null}
            <button type="button" onClick={tools.openShortcuts}>
              {t('editor.tool.shortcuts')}
            </button>
          </div>
        </div>

        <TaskFacts detail={detail} progress={{ done: progress.done, total: progress.total }} />
        <TaskSteps
          detail={detail}
          rights={rights}
          userId={userId}
          saveFirst={model.save}
          refresh={model.refresh}
          onMachineDrafted={setMachineDrafted}
          fixing={fixing}
          onFixing={(on) => {
            // Done fixing: what was typed is saved, not left behind.
            if (!on) void model.save();
            setFixing(on);
          }}
        >
          {machineOn && editable ? <MachineAllButton run={machineDraftAll} /> : null}
        </TaskSteps>
        <MachineDraftedNotice numbers={numbersOf(machineDrafted)} />
        <OutdatedBanner detail={detail} body={fields.body} targetLanguage={targetLanguage} />
        <LocalCopyNotice model={model} />
        <ConflictOffer model={model} onMerge={() => setMerging(true)} />

        {source ? (
          <>
            {editable ? <div className="translation-editor__toolbar">{tools.toolbar}</div> : null}
            <section aria-labelledby="te-texts-title">
              <h2 id="te-texts-title">{t('te.texts')}</h2>
              {TEXT_FIELDS.map((name) => (
                <FieldRow
                  key={name}
                  name={name}
                  source={source[name]}
                  value={fields[name]}
                  onChange={(value) => model.setField(name, value)}
                  editable={editable}
                  sourceLanguage={sourceLanguage}
                  targetLanguage={targetLanguage}
                  suggestions={suggestions.bySegment.get(fieldKey(name))}
                  warnings={warnings.get(fieldKey(name)) ?? []}
                  comments={commentsOn([name])}
                  commentActions={commentActions}
                  error={model.fieldErrors[name]}
                />
              ))}
            </section>
            <section aria-labelledby="te-body-title">
              <h2 id="te-body-title">
                {t('editor.field.body')}{' '}
                <span className="count">
                  {t('te.facts.done', { done: progress.done, total: progress.total })}
                </span>
              </h2>
              {suggestions.failed !== null ? <p className="hint">{t('te.memory.failed')}</p> : null}
              {rows.map((row) => (
                <div key={row.key} data-blocks={row.blocks.map((block) => block.id).join(' ')}>
                  <BlockRow
                    row={row}
                    number={rowNumber.get(row.key) ?? 0}
                    sourceLanguage={sourceLanguage}
                    targetLanguage={targetLanguage}
                    doneBlocks={task.doneBlocks}
                    machineBlocks={task.machineBlocks}
                    suggestions={suggestions.bySegment}
                    warnings={warnings.get(row.key) ?? []}
                    comments={commentsOn(row.blocks.map((block) => block.id))}
                    commentActions={commentActions}
                    errors={errorsOf(row.blocks.map((block) => block.id))}
                    actions={actionsFor(row, editable)}
                  />
                </div>
              ))}
            </section>
          </>
        ) : (
          <p className="notice">{t('te.notStarted')}</p>
        )}

        <section className="translation-editor__whole" aria-labelledby="te-whole-title">
          <h2 id="te-whole-title">{t('te.comment.wholeTitle')}</h2>
          <CommentThread
            comments={detail.comments.filter((comment) => comment.blockId === null)}
            blockId={null}
            place={t('te.comment.whole')}
            actions={commentActions}
          />
          {!may && !detail.comments.some((comment) => comment.blockId === null) ? (
            <p className="hint">{t('te.comment.none')}</p>
          ) : null}
        </section>
        <TaskHistory history={detail.history} />
        {tools.dialogs}
        {merging && model.conflict ? (
          <ConflictDialog
            open
            conflict={{
              theirs: {
                ...(detail.target ?? ({} as never)),
                ...asArticleFields(model.conflict.theirs, detail.target),
                revision: model.conflict.revision,
              },
              base: asArticleFields(model.conflict.base, detail.target),
            }}
            mine={asArticleFields(fields, detail.target)}
            describe={(_field, value) => (typeof value === 'string' ? value : '')}
            onClose={() => setMerging(false)}
            onSave={(merged) => {
              setMerging(false);
              void model.resolveConflict(fromArticleFields(merged));
            }}
          />
        ) : null}
      </div>
    </tools.Provider>
  );
}
