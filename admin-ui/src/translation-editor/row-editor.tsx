import { type Editor, Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Block } from '../api/types.ts';
import { blocksToDoc } from '../editor/block-conversion.ts';
import { newBlockId } from '../editor/block-ids.ts';
import { bodyExtensions } from '../editor/body-extensions.ts';
import { useBodyValue, useFollowValue } from '../editor/body-value.ts';

/*
 * The translation of one row, in Tiptap with the article editor's body schema, node views and
 * block ids: Enter splits a paragraph into two blocks of the same row (both render the same
 * source block), undo and redo work within the row, images and videos show their caption and
 * alt fields. Only this row's blocks are in it, so nothing typed here can touch another row.
 */

export interface RowEditorProps {
  blocks: Block[];
  onChange(blocks: Block[]): void;
  /** The source block every block of the row renders; null: none (the translator's own). */
  sourceBlockId: string | null;
  /** The ids the other rows hold: a block pasted from one of them gets an id of its own. */
  takenIds(): Set<string>;
  label: string;
  language: string;
  readOnly: boolean;
  describedBy?: string | undefined;
  /** Ctrl/Cmd+K in the row: the screen asks for the link's address. */
  onLink(editor: Editor): void;
  /** The row's editor got the focus: the toolbar acts on it. */
  onFocus(editor: Editor): void;
  /** The editor once it exists, and null when it goes (for Alt+↓ and the toolbar). */
  onEditor?(editor: Editor | null): void;
}

/** Fresh ids for blocks whose id another row holds (a copy pasted from there). */
function distinctFromOtherRows(taken: () => Set<string>) {
  const key = new PluginKey('tribune-row-ids');
  return Extension.create({
    name: 'rowIds',
    addProseMirrorPlugins() {
      return [
        new Plugin({
          key,
          appendTransaction(transactions, _old, state) {
            if (!transactions.some((tr) => tr.docChanged)) return null;
            const elsewhere = taken();
            let tr: Transaction | null = null;
            state.doc.forEach((node, pos) => {
              const id = node.attrs.id;
              if (typeof id !== 'string' || !elsewhere.has(id)) return;
              tr ??= state.tr;
              tr.setNodeMarkup(pos, undefined, { ...node.attrs, id: newBlockId() });
            });
            return tr;
          },
        }),
      ];
    },
  });
}

/**
 * Ctrl/Cmd+A first selects the text of the block the caret is in (typing over it keeps the
 * block and its id, as retyping a translation should); pressed again, everything in the row.
 */
const SelectBlockText = Extension.create({
  name: 'selectBlockText',
  addKeyboardShortcuts() {
    return {
      'Mod-a': () => {
        const { selection } = this.editor.state;
        const { $from, $to } = selection;
        if (!$from.sameParent($to) || !$from.parent.isTextblock) return false;
        const from = $from.start();
        const to = $from.end();
        if (selection.from === from && selection.to === to) return false;
        return this.editor.commands.setTextSelection({ from, to });
      },
    };
  },
});

/** The block as rendering `sourceBlockId` (a split half or a paste is told which one). */
function renderingSource(block: Block, sourceBlockId: string | null): Block {
  if ((block.sourceBlockId ?? null) === sourceBlockId) return block;
  const { sourceBlockId: _old, ...rest } = block;
  return sourceBlockId ? { ...rest, sourceBlockId } : rest;
}

/**
 * The row's blocks, each rendering the row's source block. An emptied row is one empty
 * paragraph with the id it had, so the row stays while the translator retypes it (the server
 * keeps no empty block: saved that way, the row is dropped).
 */
function rowBlocks(doc: ProseMirrorNode, blocks: Block[], sourceBlockId: string | null): Block[] {
  const rendering = blocks.map((block) => renderingSource(block, sourceBlockId));
  if (rendering.length) return rendering;
  const first = doc.firstChild?.attrs.id;
  const id = typeof first === 'string' && first ? first : newBlockId();
  return [{ id, type: 'paragraph', html: '', ...(sourceBlockId ? { sourceBlockId } : {}) }];
}

/** The editing area's attributes: a named multi-line text box in the translation's language. */
function editorAttributes(props: Pick<RowEditorProps, 'label' | 'describedBy' | 'language'>) {
  return {
    class: 'body-editor__content translation-row__text',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': props.label,
    ...(props.describedBy ? { 'aria-describedby': props.describedBy } : {}),
    lang: props.language,
    spellcheck: 'true',
  };
}

/** One row's translation, a controlled field: a new `blocks` from outside replaces its text. */
export function RowEditor(props: RowEditorProps) {
  const latest = useRef(props);
  latest.current = props;
  const body = useBodyValue(props.blocks);
  const editorRef = useRef<Editor | null>(null);
  const extensions = useMemo(
    () => [
      ...bodyExtensions({
        onLink: () => editorRef.current && latest.current.onLink(editorRef.current),
      }),
      distinctFromOtherRows(() => latest.current.takenIds()),
      SelectBlockText,
    ],
    [],
  );
  const [initialContent] = useState(() => blocksToDoc(props.blocks));

  const editor = useEditor({
    extensions,
    content: initialContent,
    editable: !props.readOnly,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: editorAttributes(props) },
    onFocus: ({ editor: current }) => latest.current.onFocus(current),
    onUpdate: ({ editor: current }) => {
      const { doc } = current.state;
      const blocks = rowBlocks(doc, body.blocksOf(doc), latest.current.sourceBlockId);
      if (body.emit(blocks)) latest.current.onChange(blocks);
    },
  });
  editorRef.current = editor;

  const { onEditor } = props;
  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  // A value from outside (copy the source, a memory match, a merge) replaces the text.
  useFollowValue(editor, body, props.blocks, props.readOnly);

  // The label and description follow the row (its number changes when a row is added above).
  const { label, describedBy, language } = props;
  useEffect(() => {
    editor.setOptions({
      editorProps: { attributes: editorAttributes({ label, describedBy, language }) },
    });
  }, [editor, label, describedBy, language]);

  return <EditorContent editor={editor} className="translation-row__editor" />;
}
