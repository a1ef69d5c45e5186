import type { Editor } from '@tiptap/core';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import type { Media } from '../api/types.ts';
import { type BodyContextValue, rememberMedia } from './body-context.ts';
import { LinkDialog, VideoDialog } from './body-dialogs.tsx';
import { insertBlock } from './body-extensions.ts';
import type { ToolbarActions } from './body-toolbar.tsx';
import { MediaPicker } from './media-picker.tsx';
import { type Shortcut, ShortcutsHelp } from './shortcuts-help.tsx';

/*
 * What the body's toolbar and keys open: the link, video and image dialogs and the list of
 * shortcuts, acting on one editor (the article's body) or on whichever of several editors the
 * user is in (the translation editor's rows).
 */

type DialogName = 'link' | 'video' | 'media' | 'shortcuts' | null;

export function useBodyTools(options: {
  siteId: string;
  language: string;
  /** The screen's own shortcuts, listed first. */
  shortcuts?: Shortcut[] | undefined;
  /** The editor the toolbar acts on now. */
  current(): Editor | null;
}) {
  const [dialog, setDialog] = useState<DialogName>(null);
  const [linkHref, setLinkHref] = useState('');
  // The text the link is for, as selected when the dialog opened (the dialog takes the focus).
  const linkTarget = useRef<{ editor: Editor; from: number; to: number } | null>(null);
  const pickResolve = useRef<((media: Media | null) => void) | null>(null);
  const current = useRef(options.current);
  current.current = options.current;

  /** Asks for a link's address for the selection of `editor` (by default the current one). */
  const openLink = useCallback((editor: Editor | null = current.current()) => {
    if (!editor?.isEditable) return;
    setLinkHref(String(editor.getAttributes('link').href ?? ''));
    const { from, to } = editor.state.selection;
    linkTarget.current = { editor, from, to };
    setDialog('link');
  }, []);

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
    () => ({ siteId: options.siteId, language: options.language, pickImage }),
    [options.siteId, options.language, pickImage],
  );

  const insertImage = async () => {
    const editor = current.current();
    const media = await pickImage();
    if (!media || !editor) return;
    insertBlock(editor, {
      type: 'image',
      attrs: { mediaId: media.id, caption: null, credit: null, alt: null },
    });
  };

  const toolbarActions: ToolbarActions = {
    link: () => openLink(),
    image: () => void insertImage(),
    video: () => setDialog('video'),
    shortcuts: () => setDialog('shortcuts'),
  };

  const dialogs: ReactNode = (
    <>
      <LinkDialog
        open={dialog === 'link'}
        initial={linkHref}
        onClose={() => setDialog(null)}
        onApply={(href) => {
          setDialog(null);
          const target = linkTarget.current;
          if (!target) return;
          const { editor } = target;
          const chain = editor.chain().setTextSelection(target);
          if (target.from === target.to && !editor.isActive('link')) {
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
          const target = linkTarget.current;
          if (!target) return;
          target.editor.chain().setTextSelection(target).extendMarkRange('link').unsetLink().run();
        }}
      />
      <VideoDialog
        open={dialog === 'video'}
        onClose={() => setDialog(null)}
        onInsert={({ url, title }) => {
          setDialog(null);
          const editor = current.current();
          if (editor) insertBlock(editor, { type: 'video', attrs: { url, title, caption: '' } });
        }}
      />
      <MediaPicker
        open={dialog === 'media'}
        siteId={options.siteId}
        language={options.language}
        onClose={() => finishPick(null)}
        onChoose={(media) => finishPick(media)}
      />
      <ShortcutsHelp
        open={dialog === 'shortcuts'}
        onClose={() => setDialog(null)}
        extra={options.shortcuts}
      />
    </>
  );

  return {
    dialogs,
    context,
    openLink,
    toolbarActions,
    openShortcuts: () => setDialog('shortcuts'),
  };
}
