import type { Editor } from '@tiptap/core';
import { useId, useState } from 'react';
import type { Block } from '../api/types.ts';
import { blockTypeLabel } from '../editor/field-values.ts';
import { useT } from '../i18n/i18n.tsx';
import { type CommentActions, CommentThread } from './comments.tsx';
import { RowEditor } from './row-editor.tsx';
import { blockSegments, markableIds, type Row, rowDone } from './rows.ts';
import { SourceBlock } from './source-block.tsx';
import { GlossaryTerms, GlossaryWarnings, MemoryMatches } from './suggestions.tsx';
import type { TaskComment, TermWarning } from './types.ts';
import type { SegmentSuggestions } from './use-suggestions.ts';

/** What a row may do, and how it reaches the task. */
export interface RowActions {
  /** The translation's text may be changed here. */
  editable: boolean;
  /** Machine translation is configured (its buttons show only then). */
  machine: boolean;
  setBlocks(blocks: Block[]): void;
  copySource(): void;
  restore(): void;
  addAfter(): void;
  drop(): void;
  takeMatch(segmentKey: string, html: string): void;
  /** Marks on the row's saved blocks; resolve once done, reject with the API's refusal. */
  mark(marks: { done?: boolean; machine?: 'drafted' | 'reviewed' }): Promise<unknown>;
  machineDraft(): Promise<unknown>;
  takenIds(): Set<string>;
  onLink(editor: Editor): void;
  onFocus(editor: Editor): void;
}

/**
 * One row of the side-by-side view: the source block on the left, its translation on the
 * right with the row's marks, actions, suggestions, glossary warnings and review comments.
 */
export function BlockRow(props: {
  row: Row;
  number: number;
  sourceLanguage: string;
  targetLanguage: string;
  doneBlocks: string[];
  machineBlocks: string[];
  suggestions: Map<string, SegmentSuggestions>;
  warnings: TermWarning[];
  comments: TaskComment[];
  commentActions: CommentActions;
  errors: string[];
  actions: RowActions;
}) {
  const t = useT();
  const id = useId();
  const { row, actions } = props;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const shown = row.source ?? row.blocks[0];
  const type = shown ? blockTypeLabel(t, shown) : '';
  const title = row.source
    ? t('te.row.title', { number: props.number, type })
    : t('te.row.ownTitle', { number: props.number, type });
  const place = t('te.row.place', { number: props.number });
  const dropped = row.source !== null && row.blocks.length === 0;
  const done = rowDone(row, props.doneBlocks);
  const machineDrafted = row.blocks.some((block) => props.machineBlocks.includes(block.id));
  const segments = row.source ? blockSegments(row.source) : [];
  const terms = segments.flatMap((segment) => props.suggestions.get(segment.key)?.terms ?? []);
  const warningsId = `${id}-warnings`;
  const errorsId = `${id}-errors`;
  const described = [
    props.warnings.length ? warningsId : '',
    props.errors.length ? errorsId : '',
  ].filter(Boolean);

  /** Runs a step that reaches the server, showing its refusal in the row. */
  const run = async (step: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await step();
    } catch (error) {
      // fetch() fails with a TypeError when the server cannot be reached.
      const reachable = error instanceof Error && !(error instanceof TypeError) && error.message;
      setFailure(reachable ? error.message : t('manage.unreachable'));
    } finally {
      setBusy(false);
    }
  };
  const markable = markableIds(row).length > 0;

  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group, not a landmark: an article has dozens.
    <section
      className={`translation-row${machineDrafted ? ' translation-row--machine' : ''}${done ? ' translation-row--done' : ''}`}
      aria-labelledby={`${id}-title`}
      data-row={row.key}
      role="group"
    >
      <div className="translation-row__title">
        <h3 id={`${id}-title`} tabIndex={-1}>
          {title}
        </h3>
        {done ? <span className="badge badge--published">{t('te.row.done')}</span> : null}
        {machineDrafted ? (
          <span className="badge badge--machine">{t('te.row.machineBadge')}</span>
        ) : null}
      </div>
      <div className="translation-row__source" lang={props.sourceLanguage}>
        <p className="translation-row__side">{t('te.side.source')}</p>
        {row.source ? (
          <SourceBlock block={row.source} />
        ) : (
          <p className="hint">{t('te.row.own')}</p>
        )}
      </div>
      <div className="translation-row__target">
        <p className="translation-row__side">{t('te.side.translation')}</p>
        {dropped ? (
          <p className="hint">{t('te.row.dropped')}</p>
        ) : (
          <RowEditor
            blocks={row.blocks}
            onChange={actions.setBlocks}
            sourceBlockId={row.source?.id ?? null}
            takenIds={actions.takenIds}
            label={t('te.row.editorLabel', { number: props.number })}
            language={props.targetLanguage}
            readOnly={!actions.editable}
            describedBy={described.length ? described.join(' ') : undefined}
            onLink={actions.onLink}
            onFocus={actions.onFocus}
          />
        )}
        {props.errors.length ? (
          <ul className="error" id={errorsId}>
            {props.errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
        <GlossaryWarnings warnings={dropped ? [] : props.warnings} id={warningsId} />
        {actions.editable ? (
          <div className="row-actions translation-row__actions">
            {dropped ? (
              <button type="button" onClick={actions.restore}>
                {t('te.row.restore')}
              </button>
            ) : (
              <>
                {row.source ? (
                  <button type="button" onClick={actions.copySource}>
                    {t('te.row.copySource')}
                  </button>
                ) : null}
                <button
                  type="button"
                  aria-pressed={done}
                  aria-disabled={busy || !markable || undefined}
                  onClick={() => !busy && markable && void run(() => actions.mark({ done: !done }))}
                >
                  {t('te.row.markDone')}
                </button>
                {machineDrafted ? (
                  <button
                    type="button"
                    aria-disabled={busy || undefined}
                    onClick={() => !busy && void run(() => actions.mark({ machine: 'reviewed' }))}
                  >
                    {t('te.row.reviewed')}
                  </button>
                ) : null}
                {actions.machine && row.source && segments.length ? (
                  <button
                    type="button"
                    aria-disabled={busy || undefined}
                    onClick={() => !busy && void run(actions.machineDraft)}
                  >
                    {t('te.row.machineDraft')}
                  </button>
                ) : null}
              </>
            )}
            <button type="button" onClick={actions.addAfter}>
              {t('te.row.addAfter')}
            </button>
            {dropped ? null : (
              <button type="button" className="danger" onClick={actions.drop}>
                {row.source ? t('te.row.drop') : t('te.row.delete')}
              </button>
            )}
          </div>
        ) : null}
        {failure ? (
          <p className="error" role="alert">
            {failure}
          </p>
        ) : null}
      </div>
      <div className="translation-row__help">
        {segments.map((segment, index) => (
          <MemoryMatches
            key={segment.key}
            matches={props.suggestions.get(segment.key)?.matches ?? []}
            targetLanguage={props.targetLanguage}
            readOnly={!actions.editable}
            {...(segments.length > 1
              ? { label: t('te.memory.forItem', { number: index + 1 }) }
              : {})}
            onUse={(html) => actions.takeMatch(segment.key, html)}
          />
        ))}
        <GlossaryTerms terms={terms} />
        {markable || props.comments.length ? (
          <CommentThread
            comments={props.comments}
            blockId={markableIds(row)[0] ?? null}
            place={place}
            actions={{ ...props.commentActions, may: props.commentActions.may && markable }}
          />
        ) : null}
      </div>
    </section>
  );
}
