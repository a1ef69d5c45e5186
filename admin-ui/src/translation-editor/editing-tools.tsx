import type { Editor } from '@tiptap/core';
import { useCallback, useRef, useState } from 'react';
import { BodyContext } from '../editor/body-context.ts';
import { BodyToolbar } from '../editor/body-toolbar.tsx';
import { useBodyTools } from '../editor/body-tools.tsx';
import type { Shortcut } from '../editor/shortcuts-help.tsx';
import { useT } from '../i18n/i18n.tsx';

/*
 * One formatting toolbar for all the rows: it acts on the row that last had the focus, with
 * the article editor's dialogs (link, video, image) and its list of keyboard shortcuts.
 */

export function useEditingTools(options: {
  siteId: string;
  language: string;
  shortcuts: Shortcut[];
}) {
  const t = useT();
  const [active, setActive] = useState<Editor | null>(null);
  const activeRef = useRef<Editor | null>(null);
  const tools = useBodyTools({ ...options, current: () => activeRef.current });

  const onFocus = useCallback((editor: Editor) => {
    activeRef.current = editor;
    setActive(editor);
  }, []);

  const toolbar =
    active && !active.isDestroyed ? (
      <BodyToolbar
        key={active.instanceId}
        editor={active}
        label={t('editor.tool.label')}
        actions={tools.toolbarActions}
      />
    ) : null;

  return {
    toolbar,
    dialogs: tools.dialogs,
    context: tools.context,
    onFocus,
    openLink: tools.openLink,
    openShortcuts: tools.openShortcuts,
    /** The provider the rows' node views (images, quotes) need. */
    Provider: BodyContext.Provider,
  };
}
