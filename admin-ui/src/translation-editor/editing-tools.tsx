import type { Editor } from '@tiptap/core';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import type { Media } from '../api/types.ts';
import { BodyContext, type BodyContextValue, rememberMedia } from '../editor/body-context.ts';
import { LinkDialog, VideoDialog } from '../editor/body-dialogs.tsx';
import { insertBlock } from '../editor/body-extensions.ts';
import { BodyToolbar } from '../editor/body-toolbar.tsx';
import { MediaPicker } from '../editor/media-picker.tsx';
import { type Shortcut, ShortcutsHelp } from '../editor/shortcuts-help.tsx';
import { useT } from '../i18n/i18n.tsx';

/*
 * One formatting toolbar for all the rows: it acts on the row that last had the focus. With it
 * the article editor's dialogs (link, video, image) and the list of keyboard shortcuts.
 */

type DialogName = 'link' | 'video' | 'media' | 'shortcuts' | null;

export function useEditingTools(options: {
  siteId: string;
  language: string;
  shortcuts: Shortcut[];
}) {
  const t = useT();
  const [active, setActive] = useState<Editor | null>(null);
  const [dialog, setDialog] = useState<DialogName>(null);
  const [linkHref, setLinkHref] = useState('');
  const linkTarget = useRef<{ editor: Editor; from: number; to: number } | null>(null);
  const pickResolve = useRef<((media: Media | null) => void) | null>(null);

  const onFocus = useCallback((editor: Editor) => setActive(editor), []);
  const openLink = useCallback((editor: Editor) => {
    if (!editor.isEditable) return;
    const { from, to } = editor.state.selection;
    linkTarget.current = { editor, from, to };
    setLinkHref(String(editor.getAttributes('link').href ?? ''));
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
    const editor = active;
    const media = await pickImage();
    if (!media || !editor) return;
    insertBlock(editor, {
      type: 'image',
      attrs: { mediaId: media.id, caption: null, credit: null, alt: null },
    });
  };

  const toolbar =
    active && !active.isDestroyed ? (
      <BodyToolbar
        key={active.instanceId}
        editor={active}
        label={t('editor.tool.label')}
        actions={{
          link: () => openLink(active),
          image: () => void insertImage(),
          video: () => setDialog('video'),
          shortcuts: () => setDialog('shortcuts'),
        }}
      />
    ) : null;

  const applyLink = (href: string | null) => {
    setDialog(null);
    const target = linkTarget.current;
    if (!target) return;
    const chain = target.editor.chain().focus().setTextSelection(target);
    if (href === null) chain.extendMarkRange('link').unsetLink().run();
    else if (target.from === target.to && !target.editor.isActive('link')) {
      chain
        .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else chain.extendMarkRange('link').setLink({ href }).run();
  };

  const dialogs: ReactNode = (
    <>
      <LinkDialog
        open={dialog === 'link'}
        initial={linkHref}
        onClose={() => setDialog(null)}
        onApply={(href) => applyLink(href)}
        onRemove={() => applyLink(null)}
      />
      <VideoDialog
        open={dialog === 'video'}
        onClose={() => setDialog(null)}
        onInsert={({ url, title }) => {
          setDialog(null);
          if (active) insertBlock(active, { type: 'video', attrs: { url, title, caption: '' } });
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
    toolbar,
    dialogs,
    context,
    onFocus,
    openLink,
    openShortcuts: () => setDialog('shortcuts'),
    /** The provider the rows' node views (images, quotes) need. */
    Provider: BodyContext.Provider,
  };
}
