import type { Editor, JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorContent, useEditor } from '@tiptap/react';
import {
  type CSSProperties,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Block, Media } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { sameBody } from './article-fields.ts';
import { blocksById, blocksToDoc, editorDocToBlocks } from './block-conversion.ts';
import { BodyContext, type BodyContextValue, rememberMedia } from './body-context.ts';
import { LinkDialog, VideoDialog } from './body-dialogs.tsx';
import { bodyExtensions, insertBlock } from './body-extensions.ts';
import { BodyToolbar } from './body-toolbar.tsx';
import { MediaPicker } from './media-picker.tsx';
import { type Shortcut, ShortcutsHelp } from './shortcuts-help.tsx';

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
  const lastEmitted = useRef<Block[]>(props.value);
  const originals = useRef(blocksById(props.value));
  const converted = useRef(new WeakMap<ProseMirrorNode, Block | null>());
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  const [dialog, setDialog] = useState<'link' | 'video' | 'shortcuts' | 'media' | null>(null);
  const [linkHref, setLinkHref] = useState('');
  // The text the link is for, as selected when the dialog opened (the dialog takes the focus).
  const linkRange = useRef<{ from: number; to: number } | null>(null);
  const pickResolve = useRef<((media: Media | null) => void) | null>(null);
  const editorRef = useRef<Editor | null>(null);

  const openLink = useCallback(() => {
    const editor = editorRef.current;
    if (!editor?.isEditable) return;
    setLinkHref(String(editor.getAttributes('link').href ?? ''));
    const { from, to } = editor.state.selection;
    linkRange.current = { from, to };
    setDialog('link');
  }, []);
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
      const blocks = editorDocToBlocks(current.state.doc, originals.current, converted.current);
      if (sameBody(blocks, lastEmitted.current)) return;
      lastEmitted.current = blocks;
      onChange.current(blocks);
    },
  });
  editorRef.current = editor;

  const { onEditor } = props;
  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  // A value from outside replaces the text; the editor's own changes coming back do not.
  useEffect(() => {
    if (!editor || props.value === lastEmitted.current) return;
    if (sameBody(props.value, lastEmitted.current)) {
      lastEmitted.current = props.value;
      return;
    }
    originals.current = blocksById(props.value);
    converted.current = new WeakMap();
    lastEmitted.current = props.value;
    editor.commands.setContent(blocksToDoc(props.value), { emitUpdate: false });
  }, [editor, props.value]);

  useEffect(() => {
    editor?.setEditable(!props.readOnly, false);
  }, [editor, props.readOnly]);

  const pickImage = useCallback(
    () =>
      new Promise<Media | null>((resolve) => {
        pickResolve.current?.(null);
        pickResolve.current = resolve;
        setDialog('media');
      }),
    [],
  );
  const finishPick = (media: Media | null) => {
    if (media) rememberMedia(media);
    pickResolve.current?.(media);
    pickResolve.current = null;
    setDialog(null);
  };
  const context: BodyContextValue = useMemo(
    () => ({ siteId: props.siteId, language: props.language, pickImage }),
    [props.siteId, props.language, pickImage],
  );

  const insertImage = async () => {
    const media = await pickImage();
    if (!media) return;
    insertBlock(editor, {
      type: 'image',
      attrs: { mediaId: media.id, caption: null, credit: null, alt: null },
    });
  };

  const placeholder = {
    '--placeholder': JSON.stringify(t('editor.body.placeholder')),
  } as CSSProperties;

  return (
    <BodyContext.Provider value={context}>
      <div className="body-editor" style={placeholder}>
        <BodyToolbar
          editor={editor}
          label={t('editor.tool.label')}
          actions={{
            link: openLink,
            image: () => void insertImage(),
            video: () => setDialog('video'),
            shortcuts: () => setDialog('shortcuts'),
          }}
        />
        <p id={hintId} className="visually-hidden">
          {t('editor.body.hint')}
        </p>
        <EditorContent editor={editor} />
      </div>
      <LinkDialog
        open={dialog === 'link'}
        initial={linkHref}
        onClose={() => setDialog(null)}
        onApply={(href) => {
          setDialog(null);
          const range = linkRange.current ?? editor.state.selection;
          const chain = editor.chain().setTextSelection(range);
          if (range.from === range.to && !editor.isActive('link')) {
            chain
              .insertContent({
                type: 'text',
                text: href,
                marks: [{ type: 'link', attrs: { href } }],
              })
              .run();
          } else {
            chain.extendMarkRange('link').setLink({ href }).run();
          }
        }}
        onRemove={() => {
          setDialog(null);
          const range = linkRange.current ?? editor.state.selection;
          editor.chain().setTextSelection(range).extendMarkRange('link').unsetLink().run();
        }}
      />
      <VideoDialog
        open={dialog === 'video'}
        onClose={() => setDialog(null)}
        onInsert={({ url, title }) => {
          setDialog(null);
          insertBlock(editor, { type: 'video', attrs: { url, title, caption: '' } });
        }}
      />
      <MediaPicker
        open={dialog === 'media'}
        siteId={props.siteId}
        language={props.language}
        onClose={() => finishPick(null)}
        onChoose={(media) => finishPick(media)}
      />
      <ShortcutsHelp
        open={dialog === 'shortcuts'}
        onClose={() => setDialog(null)}
        extra={props.shortcuts}
      />
    </BodyContext.Provider>
  );
}
