import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useEffect, useMemo, useRef } from 'react';
import type { Block } from '../api/types.ts';
import { sameBody } from './article-fields.ts';
import { blocksById, blocksToDoc, editorDocToBlocks } from './block-conversion.ts';

/*
 * The bookkeeping of a Tiptap editor used as a controlled field of blocks (the article's body,
 * a row of the translation editor): the blocks it last gave out, so that its own changes coming
 * back as the value are not applied again, and the blocks as loaded, so that an untouched block
 * comes back as the very same object.
 */

export interface BodyValue {
  /** The document's blocks, unchanged ones as loaded. */
  blocksOf(doc: ProseMirrorNode): Block[];
  /** Records blocks about to be given out; false when they are those given out last. */
  emit(blocks: Block[]): boolean;
  /** Puts a value from outside into the editor, unless it is the editor's own. */
  follow(editor: Editor | null, value: Block[]): void;
}

export function useBodyValue(initial: Block[]): BodyValue {
  const lastEmitted = useRef(initial);
  const originals = useRef(blocksById(initial));
  const converted = useRef(new WeakMap<ProseMirrorNode, Block | null>());
  return useMemo(
    () => ({
      blocksOf: (doc) => editorDocToBlocks(doc, originals.current, converted.current),
      emit: (blocks) => {
        if (sameBody(blocks, lastEmitted.current)) return false;
        lastEmitted.current = blocks;
        return true;
      },
      follow: (editor, value) => {
        if (!editor || value === lastEmitted.current) return;
        if (sameBody(value, lastEmitted.current)) {
          lastEmitted.current = value;
          return;
        }
        originals.current = blocksById(value);
        converted.current = new WeakMap();
        lastEmitted.current = value;
        editor.commands.setContent(blocksToDoc(value), { emitUpdate: false });
      },
    }),
    [],
  );
}

/** A new value from outside replaces the text; `readOnly` follows too. */
export function useFollowValue(
  editor: Editor | null,
  body: BodyValue,
  value: Block[],
  readOnly: boolean,
): void {
  useEffect(() => body.follow(editor, value), [editor, body, value]);
  useEffect(() => {
    editor?.setEditable(!readOnly, false);
  }, [editor, readOnly]);
}
