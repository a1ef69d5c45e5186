import type { Editor, JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { type CSSProperties, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Block } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { blocksToDoc } from './block-conversion.ts';
import { BodyContext } from './body-context.ts';
import { bodyExtensions } from './body-extensions.ts';
import { BodyToolbar } from './body-toolbar.tsx';
import { useBodyTools } from './body-tools.tsx';
import { useBodyValue, useFollowValue } from './body-value.ts';
import type { Shortcut } from './shortcuts-help.tsx';

/** What the body editor takes: the blocks, and where it is used. */
export interface BodyEditorProps {
  value: Block[];
  onChange(blocks: Block[]): void;
  /** The edition, for the media library of image blocks. */
  siteId: string;
  /** The language of the text, for spelling and captions. */
  language: string;
  /** An accessible name for the editing area. */
  label: string;
  /** Shown but not editable (an article in the trash, or one the user may not change). */
  readOnly?: boolean;
  /** Ids of messages about the body (a refused save's errors), for screen readers. */
  describedBy?: string;
  /** Shortcuts of the screen around the editor, for the shortcuts list. */
  shortcuts?: Shortcut[];
  /** The Tiptap editor once it exists (null when it goes), for the screen around it. */
  onEditor?(editor: Editor | null): void;
  /**
   * The document to start from instead of one made from `value` (which must hold the same
   * blocks): an editor taking over from another keeps its empty lines and caret positions.
   */
  initialDoc?: JSONContent | undefined;
}

/**
 * The body in Tiptap: the reader site's block types, each block keeping its id. It is a
 * controlled field: `onChange` gets the blocks as the user edits, and a new `value` from
 * outside (a restored revision, a merge) replaces the text.
 */
export function BodyEditor(props: BodyEditorProps) {
  const t = useT();
  const hintId = useId();
  const body = useBodyValue(props.value);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  const editorRef = useRef<Editor | null>(null);
  const tools = useBodyTools({
    siteId: props.siteId,
    language: props.language,
    shortcuts: props.shortcuts,
    current: () => editorRef.current,
  });
  const { openLink } = tools;
  const extensions = useMemo(() => bodyExtensions({ onLink: () => openLink() }), [openLink]);
  // The first content only: later values arrive through the effect below.
  const [initialContent] = useState(() => props.initialDoc ?? blocksToDoc(props.value));

  const editor = useEditor({
    extensions,
    content: initialContent,
    editable: !props.readOnly,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'body-editor__content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': props.label,
        'aria-describedby': [hintId, props.describedBy].filter(Boolean).join(' '),
        lang: props.language,
        spellcheck: 'true',
      },
    },
    onUpdate: ({ editor: current }) => {
      const blocks = body.blocksOf(current.state.doc);
      if (body.emit(blocks)) onChange.current(blocks);
    },
  });
  editorRef.current = editor;

  const { onEditor } = props;
  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  // A value from outside replaces the text; the editor's own changes coming back do not.
  useFollowValue(editor, body, props.value, !!props.readOnly);

  const placeholder = {
    '--placeholder': JSON.stringify(t('editor.body.placeholder')),
  } as CSSProperties;

  return (
    <BodyContext.Provider value={tools.context}>
      <div className="body-editor" style={placeholder}>
        <BodyToolbar
          editor={editor}
          label={t('editor.tool.label')}
          actions={tools.toolbarActions}
        />
        <p id={hintId} className="visually-hidden">
          {t('editor.body.hint')}
        </p>
        <EditorContent editor={editor} />
      </div>
      {tools.dialogs}
    </BodyContext.Provider>
  );
}
