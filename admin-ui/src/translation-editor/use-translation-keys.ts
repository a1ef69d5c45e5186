import { useEffect, useRef } from 'react';

/** The places to type in, row by row: each row's text (or its field), in page order. */
function rowTargets(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.translation-row')].flatMap((row) => {
    const target = row.querySelector<HTMLElement>(
      '.translation-row__target [contenteditable], .translation-row__target input, .translation-row__target textarea',
    );
    return target ? [target] : [];
  });
}

/** Moves the focus to the next (+1) or previous (-1) row's text. */
function moveToRow(direction: 1 | -1): boolean {
  const targets = rowTargets();
  const current = document.activeElement?.closest('.translation-row');
  const at = targets.findIndex((target) => target.closest('.translation-row') === current);
  const next = targets[at < 0 ? (direction > 0 ? 0 : targets.length - 1) : at + direction];
  if (!next) return false;
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
  return true;
}

/**
 * The translation editor's keys, wherever the focus is: Ctrl/Cmd+S saves, Alt+↓ and Alt+↑ go
 * to the next and previous row. Listened to before the rows' editors hear them.
 */
export function useTranslationKeys(save: () => Promise<boolean>): void {
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current();
        return;
      }
      if (event.altKey && !mod && !event.shiftKey) {
        const direction = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
        if (direction && moveToRow(direction)) {
          event.preventDefault();
          event.stopPropagation();
        }
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
