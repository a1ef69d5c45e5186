import { type AnyExtension, type Editor, Extension, type JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { bodySchemaExtensions, ImageBlock, Pullquote, Quote, VideoBlock } from './body-schema.ts';
import { ImageView, QuoteView, VideoView } from './node-views.tsx';

/*
 * The body's extensions as the browser uses them: the schema of body-schema.ts with the node
 * views that edit quotes, images and videos, and the editor's own keyboard commands.
 */

/** The position where the index-th top-level block starts. */
function positionOf(doc: ProseMirrorNode, index: number): number {
  let position = 0;
  for (let i = 0; i < index; i++) position += doc.child(i).nodeSize;
  return position;
}

/**
 * Moves the top-level block holding the selection one place up (-1) or down (+1), keeping the
 * selection in it. One step, so undo puts it back; the block keeps its id.
 */
export function moveBlock(editor: Editor, direction: -1 | 1): boolean {
  const { state } = editor;
  const { selection } = state;
  const index = selection.$from.index(0);
  const target = index + direction;
  if (target < 0 || target >= state.doc.childCount) return false;
  const node = state.doc.child(index);
  const start = positionOf(state.doc, index);
  const offset = selection.from - start;
  const tr = state.tr.delete(start, start + node.nodeSize);
  const insertAt = positionOf(tr.doc, target);
  tr.insert(insertAt, node);
  tr.setSelection(
    selection instanceof NodeSelection
      ? NodeSelection.create(tr.doc, insertAt)
      : TextSelection.near(tr.doc.resolve(insertAt + offset)),
  );
  editor.view.dispatch(tr.scrollIntoView());
  return true;
}

/**
 * Inserts a block (an image, a video, a divider) after the block holding the selection, or in
 * place of an empty paragraph; never over selected text. The caret goes after it (not onto
 * it: typing over a selected image would replace it).
 */
export function insertBlock(editor: Editor, content: JSONContent): boolean {
  const { state } = editor;
  const index = state.selection.$from.index(0);
  const current = state.doc.maybeChild(index);
  if (!current) return editor.chain().focus().insertContent(content).run();
  const start = positionOf(state.doc, index);
  const empty = current.type.name === 'paragraph' && current.content.size === 0;
  const range = empty ? { from: start, to: start + current.nodeSize } : start + current.nodeSize;
  const at = typeof range === 'number' ? range : range.from;
  return editor
    .chain()
    .focus()
    .insertContentAt(range, content)
    .command(({ tr }) => {
      const node = tr.doc.nodeAt(at);
      if (node) tr.setSelection(TextSelection.near(tr.doc.resolve(at + node.nodeSize), 1));
      return true;
    })
    .scrollIntoView()
    .run();
}

const ENTER = 'Enter';

/** Keyboard commands of the newsroom's editor. */
function editorKeys(options: { onLink(): void }) {
  return Extension.create({
    name: 'newsroomKeys',
    addKeyboardShortcuts() {
      return {
        'Mod-k': () => {
          options.onLink();
          return true;
        },
        'Alt-Shift-ArrowUp': () => moveBlock(this.editor, -1),
        'Alt-Shift-ArrowDown': () => moveBlock(this.editor, 1),
        // Enter on a selected image or video: into its first field.
        [ENTER]: () => {
          const { selection } = this.editor.state;
          if (!(selection instanceof NodeSelection) || !selection.node.isAtom) return false;
          const dom = this.editor.view.nodeDOM(selection.from);
          const input = dom instanceof HTMLElement ? dom.querySelector('input') : null;
          if (!input) return false;
          input.focus();
          return true;
        },
      };
    },
  });
}

/** Every extension of the body editor in the browser. */
export function bodyExtensions(options: { onLink(): void }): AnyExtension[] {
  const views: Record<string, AnyExtension> = {
    quote: Quote.extend({ addNodeView: () => ReactNodeViewRenderer(QuoteView) }),
    pullquote: Pullquote.extend({ addNodeView: () => ReactNodeViewRenderer(QuoteView) }),
    image: ImageBlock.extend({ addNodeView: () => ReactNodeViewRenderer(ImageView) }),
    video: VideoBlock.extend({ addNodeView: () => ReactNodeViewRenderer(VideoView) }),
  };
  return [
    ...bodySchemaExtensions().map((extension) => views[extension.name] ?? extension),
    editorKeys(options),
  ];
}
