import type { Key } from '../i18n/en.ts';
import { useT } from '../i18n/i18n.tsx';
import { Dialog } from './dialog.tsx';

/** One keyboard shortcut: the keys ("Mod" is Ctrl, or ⌘ on a Mac) and what they do. */
export interface Shortcut {
  keys: string[];
  action: Key;
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A key as this computer's keyboard labels it. */
function keyName(key: string, t: ReturnType<typeof useT>): string {
  if (key === 'Space') return t('editor.keys.space');
  const names: Record<string, string> = IS_MAC
    ? { Mod: '⌘', Alt: '⌥', Shift: '⇧' }
    : { Mod: 'Ctrl', Alt: 'Alt', Shift: 'Shift' };
  return names[key] ?? key;
}

/** The body editor's shortcuts, and what can be typed at the start of a line. */
export const BODY_SHORTCUTS: { title: Key; shortcuts: Shortcut[] }[] = [
  {
    title: 'editor.keys.general',
    shortcuts: [
      { keys: ['Mod', 'Z'], action: 'editor.tool.undo' },
      { keys: ['Mod', 'Shift', 'Z'], action: 'editor.tool.redo' },
      { keys: ['Alt', 'Shift', '↑'], action: 'editor.tool.moveUp' },
      { keys: ['Alt', 'Shift', '↓'], action: 'editor.tool.moveDown' },
      { keys: ['Enter'], action: 'editor.keys.intoBlock' },
      { keys: ['Esc'], action: 'editor.keys.outOfBlock' },
      { keys: ['Tab'], action: 'editor.keys.leave' },
    ],
  },
  {
    title: 'editor.keys.text',
    shortcuts: [
      { keys: ['Mod', 'B'], action: 'editor.tool.bold' },
      { keys: ['Mod', 'I'], action: 'editor.tool.italic' },
      { keys: ['Mod', 'Shift', 'S'], action: 'editor.tool.strike' },
      { keys: ['Mod', 'E'], action: 'editor.tool.code' },
      { keys: ['Mod', 'K'], action: 'editor.tool.link' },
      { keys: ['Shift', 'Enter'], action: 'editor.keys.lineBreak' },
    ],
  },
  {
    title: 'editor.keys.blocks',
    shortcuts: [
      { keys: ['Mod', 'Alt', '0'], action: 'editor.tool.paragraph' },
      { keys: ['Mod', 'Alt', '2'], action: 'editor.tool.heading' },
      { keys: ['Mod', 'Alt', '3'], action: 'editor.tool.subheading' },
      { keys: ['Mod', 'Shift', 'B'], action: 'editor.tool.quote' },
      { keys: ['Mod', 'Shift', '9'], action: 'editor.tool.pullquote' },
      { keys: ['Mod', 'Shift', '8'], action: 'editor.tool.bulletList' },
      { keys: ['Mod', 'Shift', '7'], action: 'editor.tool.orderedList' },
    ],
  },
  {
    title: 'editor.keys.typing',
    shortcuts: [
      { keys: ['##', 'Space'], action: 'editor.tool.heading' },
      { keys: ['###', 'Space'], action: 'editor.tool.subheading' },
      { keys: ['>', 'Space'], action: 'editor.tool.quote' },
      { keys: ['-', 'Space'], action: 'editor.tool.bulletList' },
      { keys: ['1.', 'Space'], action: 'editor.tool.orderedList' },
      { keys: ['---'], action: 'editor.tool.divider' },
    ],
  },
];

/** The list of keyboard shortcuts, in a dialog. */
export function ShortcutsHelp(props: {
  open: boolean;
  onClose(): void;
  /** Shortcuts of the screen around the editor (saving, say), listed first. */
  extra?: Shortcut[];
}) {
  const t = useT();
  const sections = props.extra?.length
    ? [{ title: 'editor.keys.screen' as Key, shortcuts: props.extra }, ...BODY_SHORTCUTS]
    : BODY_SHORTCUTS;
  return (
    <Dialog open={props.open} title={t('editor.keys.title')} onClose={props.onClose}>
      <div className="shortcuts">
        {sections.map((section) => (
          <section key={section.title}>
            <h3>{t(section.title)}</h3>
            <dl>
              {section.shortcuts.map((shortcut) => (
                <div key={`${shortcut.keys.join('+')}-${shortcut.action}`} className="shortcut">
                  <dt>
                    {shortcut.keys.map((key, index) => (
                      <span key={key}>
                        {index ? <span className="shortcut__plus"> + </span> : null}
                        <kbd>{keyName(key, t)}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{t(shortcut.action)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
