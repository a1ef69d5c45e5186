import { type ReactNode, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import type { Keyed } from './keyed.ts';
import { moved, without } from './list.ts';
import { VisuallyHidden } from './visually-hidden.tsx';

/** Focuses a row's control after React has put the row in its new place. */
function focusLater(selector: string, fallback?: string) {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(selector);
    if (target && !(target as HTMLButtonElement).disabled) target.focus();
    else if (fallback) document.querySelector<HTMLElement>(fallback)?.focus();
  });
}

/**
 * An ordered list of rows the user can reorder with buttons (Move up, Move down) and remove.
 * After a move the focus stays on the same button of the moved row and the new position is
 * read out, so the keyboard user can press it again to keep moving.
 */
export function ReorderableRows<T>(props: {
  /** The list's name, e.g. "Social links". */
  label: string;
  rows: Keyed<T>[];
  onChange(rows: Keyed<T>[]): void;
  /** What a row is called in the buttons' hidden text and the announcements. */
  describe(value: T, index: number): string;
  render(row: Keyed<T>, index: number): ReactNode;
  /** Rows that cannot be removed (none by default). */
  removable?: boolean;
  /** Where to put focus when the last row is removed. */
  emptyFocus?: string;
  className?: string;
}) {
  const t = useT();
  const [announcement, setAnnouncement] = useState('');
  const count = props.rows.length;

  const move = (index: number, delta: number) => {
    const row = props.rows[index];
    if (!row) return;
    const next = moved(props.rows, index, delta);
    props.onChange(next);
    const position = next.findIndex((candidate) => candidate.key === row.key) + 1;
    setAnnouncement(
      t('manage.rows.moved', {
        item: props.describe(row.value, index),
        position,
        count,
      }),
    );
    const action = delta < 0 ? 'up' : 'down';
    const other = delta < 0 ? 'down' : 'up';
    focusLater(
      `[data-row="${row.key}"][data-action="${action}"]`,
      `[data-row="${row.key}"][data-action="${other}"]`,
    );
  };

  const remove = (index: number) => {
    const row = props.rows[index];
    if (!row) return;
    const next = without(props.rows, index);
    props.onChange(next);
    setAnnouncement(t('manage.rows.removed', { item: props.describe(row.value, index) }));
    // Focus the row that took its place, or the one before, or what the owner names.
    const neighbour = next[index] ?? next[index - 1];
    if (neighbour) focusLater(`[data-row="${neighbour.key}"][data-action="remove"]`);
    else if (props.emptyFocus) focusLater(props.emptyFocus);
  };

  return (
    <>
      <ol className={`rows ${props.className ?? ''}`} aria-label={props.label}>
        {props.rows.map((row, index) => {
          const name = props.describe(row.value, index);
          return (
            <li key={row.key} className="row">
              <div className="row__content">{props.render(row, index)}</div>
              <div className="row__controls">
                <button
                  type="button"
                  className="small"
                  data-row={row.key}
                  data-action="up"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑ </span>
                  {t('manage.rows.up')}
                  <VisuallyHidden>: {name}</VisuallyHidden>
                </button>
                <button
                  type="button"
                  className="small"
                  data-row={row.key}
                  data-action="down"
                  disabled={index === count - 1}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓ </span>
                  {t('manage.rows.down')}
                  <VisuallyHidden>: {name}</VisuallyHidden>
                </button>
                {props.removable === false ? null : (
                  <button
                    type="button"
                    className="small"
                    data-row={row.key}
                    data-action="remove"
                    onClick={() => remove(index)}
                  >
                    {t('manage.rows.remove')}
                    <VisuallyHidden>: {name}</VisuallyHidden>
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
