import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { type KeyboardEvent, useRef, useState } from 'react';
import type { Key } from '../i18n/en.ts';
import { useT } from '../i18n/i18n.tsx';
import { insertBlock, moveBlock } from './body-extensions.ts';

/** What the toolbar asks of the editor around it. */
export interface ToolbarActions {
  link(): void;
  image(): void;
  video(): void;
  shortcuts(): void;
}

interface Tool {
  key: string;
  label: Key;
  /** What the button shows, when not its name; the label is always its accessible name. */
  glyph?: string;
  glyphClass?: string;
  run(): void;
  pressed?: boolean;
  disabled?: boolean;
}

/** The active block type and marks, recomputed only when they change. */
function useToolbarState(editor: Editor) {
  return useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const inList = e.isActive('bulletList') || e.isActive('orderedList');
      return {
        paragraph: e.isActive('paragraph') && !inList,
        h2: e.isActive('heading', { level: 2 }),
        h3: e.isActive('heading', { level: 3 }),
        quote: e.isActive('quote'),
        pullquote: e.isActive('pullquote'),
        bullet: e.isActive('bulletList'),
        ordered: e.isActive('orderedList'),
        bold: e.isActive('bold'),
        italic: e.isActive('italic'),
        strike: e.isActive('strike'),
        code: e.isActive('code'),
        link: e.isActive('link'),
        undo: e.can().undo(),
        redo: e.can().redo(),
        editable: e.isEditable,
      };
    },
  });
}

/**
 * The formatting toolbar: one tab stop, arrow keys move between its buttons (the ARIA toolbar
 * pattern); every button is named, toggles say whether they are on (aria-pressed).
 */
export function BodyToolbar(props: { editor: Editor; actions: ToolbarActions; label: string }) {
  const t = useT();
  const { editor, actions } = props;
  const state = useToolbarState(editor);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const chain = () => editor.chain().focus();
  // A list or a quote becomes a paragraph first, so every block type can become every other.
  const asText = () => chain().setParagraph();

  const groups: Tool[][] = [
    [
      {
        key: 'undo',
        label: 'editor.tool.undo',
        glyph: '↶',
        run: () => chain().undo().run(),
        disabled: !state.undo,
      },
      {
        key: 'redo',
        label: 'editor.tool.redo',
        glyph: '↷',
        run: () => chain().redo().run(),
        disabled: !state.redo,
      },
    ],
    [
      {
        key: 'paragraph',
        label: 'editor.tool.paragraph',
        glyph: '¶',
        run: () => asText().run(),
        pressed: state.paragraph,
      },
      {
        key: 'h2',
        label: 'editor.tool.heading',
        glyph: 'H2',
        run: () => asText().setHeading({ level: 2 }).run(),
        pressed: state.h2,
      },
      {
        key: 'h3',
        label: 'editor.tool.subheading',
        glyph: 'H3',
        run: () => asText().setHeading({ level: 3 }).run(),
        pressed: state.h3,
      },
      {
        key: 'quote',
        label: 'editor.tool.quote',
        glyph: '“ ”',
        run: () => asText().setNode('quote').run(),
        pressed: state.quote,
      },
      {
        key: 'pullquote',
        label: 'editor.tool.pullquote',
        glyph: '❝',
        glyphClass: 'glyph-large',
        run: () => asText().setNode('pullquote').run(),
        pressed: state.pullquote,
      },
      {
        key: 'bullet',
        label: 'editor.tool.bulletList',
        glyph: '•≡',
        run: () =>
          state.bullet ? chain().toggleBulletList().run() : asText().toggleBulletList().run(),
        pressed: state.bullet,
      },
      {
        key: 'ordered',
        label: 'editor.tool.orderedList',
        glyph: '1.',
        run: () =>
          state.ordered ? chain().toggleOrderedList().run() : asText().toggleOrderedList().run(),
        pressed: state.ordered,
      },
    ],
    [
      {
        key: 'bold',
        label: 'editor.tool.bold',
        glyph: 'B',
        glyphClass: 'glyph-bold',
        run: () => chain().toggleBold().run(),
        pressed: state.bold,
      },
      {
        key: 'italic',
        label: 'editor.tool.italic',
        glyph: 'I',
        glyphClass: 'glyph-italic',
        run: () => chain().toggleItalic().run(),
        pressed: state.italic,
      },
      {
        key: 'strike',
        label: 'editor.tool.strike',
        glyph: 'S',
        glyphClass: 'glyph-strike',
        run: () => chain().toggleStrike().run(),
        pressed: state.strike,
      },
      {
        key: 'code',
        label: 'editor.tool.code',
        glyph: '</>',
        glyphClass: 'glyph-code',
        run: () => chain().toggleCode().run(),
        pressed: state.code,
      },
      { key: 'link', label: 'editor.tool.link', run: actions.link, pressed: state.link },
    ],
    [
      { key: 'image', label: 'editor.tool.image', run: actions.image },
      { key: 'video', label: 'editor.tool.video', run: actions.video },
      {
        key: 'divider',
        label: 'editor.tool.divider',
        glyph: '—',
        run: () => insertBlock(editor, { type: 'horizontalRule' }),
      },
    ],
    [
      { key: 'up', label: 'editor.tool.moveUp', glyph: '↑', run: () => moveBlock(editor, -1) },
      { key: 'down', label: 'editor.tool.moveDown', glyph: '↓', run: () => moveBlock(editor, 1) },
    ],
    [{ key: 'help', label: 'editor.tool.shortcuts', glyph: '⌨', run: actions.shortcuts }],
  ];
  const visible = groups
    .map((group) => group.filter((tool) => state.editable || tool.key === 'help'))
    .filter((group) => group.length);
  const flat = visible.flat();
  const current = Math.min(focusIndex, flat.length - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: flat.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + flat.length) % flat.length;
    setFocusIndex(index);
    buttons.current[index]?.focus();
  };

  let index = -1;
  return (
    <div className="body-toolbar" role="toolbar" aria-label={props.label} onKeyDown={onKeyDown}>
      {visible.map((group) => (
        <div className="body-toolbar__group" key={group[0]?.key}>
          {group.map((tool) => {
            index++;
            const position = index;
            const name = t(tool.label);
            return (
              <button
                key={tool.key}
                ref={(element) => {
                  buttons.current[position] = element;
                }}
                type="button"
                className="body-toolbar__button"
                tabIndex={position === current ? 0 : -1}
                aria-label={tool.glyph ? name : undefined}
                title={name}
                aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
                // Still focusable when unavailable, so the toolbar keeps its tab stop.
                aria-disabled={tool.disabled ? true : undefined}
                // Keep the selection in the text while clicking.
                onMouseDown={(event) => event.preventDefault()}
                onFocus={() => setFocusIndex(position)}
                onClick={() => {
                  if (!tool.disabled) tool.run();
                }}
              >
                {tool.glyph ? (
                  <span aria-hidden="true" className={tool.glyphClass}>
                    {tool.glyph}
                  </span>
                ) : (
                  name
                )}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
