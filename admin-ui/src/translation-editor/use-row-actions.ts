import type { Editor } from '@tiptap/core';
import { useCallback, useRef } from 'react';
import { api } from '../api/client.ts';
import type { Block } from '../api/types.ts';
import type { RowActions } from './block-row.tsx';
import { applyDraft, machineBlock, machineSegments } from './machine.ts';
import {
  addAfterRow,
  copyOfSource,
  dropRow,
  markableIds,
  ownParagraph,
  type Row,
  replaceRow,
  withMatch,
} from './rows.ts';
import type { MachineDraft, SourceSnapshot, TaskDetail } from './types.ts';
import type { TranslationModel } from './use-translation.ts';

/*
 * What each row's buttons do to the translation: every change goes through the rows, so only
 * the row acted on changes; marks and machine drafts save the text first.
 */

export function useRowActions(options: {
  model: TranslationModel;
  detail: TaskDetail | null;
  source: SourceSnapshot | null;
  rows: Row[];
  machine: boolean;
  onLink(editor: Editor): void;
  onFocus(editor: Editor): void;
  /** The message of a mark refused because the text could not be saved first. */
  notSaved: string;
}) {
  const { model, detail, source, machine } = options;
  const rowsRef = useRef(options.rows);
  rowsRef.current = options.rows;
  const setBody = useCallback((body: Block[]) => model.setField('body', body), [model]);
  const languages = detail
    ? { from: detail.source.article.language, to: detail.task.targetLanguage }
    : null;

  /** The ids every row but `key` holds. */
  const takenBesides = useCallback(
    (key: string) =>
      new Set(
        rowsRef.current.flatMap((row) => (row.key === key ? [] : row.blocks.map((b) => b.id))),
      ),
    [],
  );

  const machineDraftRow = async (row: Row) => {
    if (!row.source || !languages) return;
    const answer = await api<{ segments: { id: string; text: string }[] }>(
      'POST',
      '/machine-translation',
      { from: languages.from, to: languages.to, segments: machineSegments(row.source) },
    );
    const translated = new Map(answer.segments.map((segment) => [segment.id, segment.text]));
    const block = machineBlock(
      row.source,
      translated,
      row.blocks[0]?.id ?? copyOfSource(row.source).id,
    );
    setBody(replaceRow(rowsRef.current, row.key, [block]));
    if (!(await model.mark([block.id], { machine: 'drafted' }))) throw new Error(options.notSaved);
  };

  /** Machine drafts for every row not marked done; the blocks drafted, marked as such. */
  const machineDraftAll = async () => {
    if (!detail || !source || !languages) return 0;
    const draft = await api<MachineDraft>('POST', '/translate-draft', {
      sourceArticleId: detail.source.article.id,
      targetLanguage: languages.to,
      sourceRevision: source.revision,
    });
    const result = applyDraft(
      rowsRef.current,
      draft,
      detail.task.doneBlocks,
      model.current(),
      source,
    );
    model.setFields(result.fields);
    if (result.drafted.length) await model.mark(result.drafted, { machine: 'drafted' });
    else await model.save();
    return result.drafted.length;
  };

  const actionsFor = (row: Row, editable: boolean): RowActions => ({
    editable,
    machine,
    setBlocks: (blocks) => setBody(replaceRow(rowsRef.current, row.key, blocks)),
    copySource: () => {
      if (!row.source) return;
      const keep = row.blocks[0]?.id;
      setBody(replaceRow(rowsRef.current, row.key, [copyOfSource(row.source, keep)]));
    },
    restore: () => {
      if (row.source) setBody(replaceRow(rowsRef.current, row.key, [copyOfSource(row.source)]));
    },
    addAfter: () => {
      const block = ownParagraph();
      setBody(addAfterRow(rowsRef.current, row.key, block));
      // The new row's editor, once it is there.
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>(`[data-row="own:${block.id}"] [contenteditable="true"]`)
          ?.focus(),
      );
    },
    drop: () => setBody(dropRow(rowsRef.current, row.key)),
    takeMatch: (segmentKey, html) =>
      setBody(replaceRow(rowsRef.current, row.key, withMatch(row, segmentKey, html))),
    mark: async (marks) => {
      const ids = markableIds(row);
      if (ids.length && !(await model.mark(ids, marks))) throw new Error(options.notSaved);
    },
    machineDraft: () => machineDraftRow(row),
    takenIds: () => takenBesides(row.key),
    onLink: options.onLink,
    onFocus: options.onFocus,
  });

  return { actionsFor, machineDraftAll };
}
