import { useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n.tsx';

interface Guard {
  dirty: boolean;
  question: string;
}

/** The forms on screen now, each with whether it has unsaved changes. */
const guards = new Set<{ current: Guard }>();

function firstDirty(): Guard | undefined {
  for (const guard of guards) if (guard.current.dirty) return guard.current;
  return undefined;
}

/**
 * Asks before leaving a form with unsaved changes: true when there is none, or when the user
 * agrees to lose them (the forms then count as clean, so nothing asks twice).
 */
export function confirmLeaving(): boolean {
  const dirty = firstDirty();
  if (!dirty) return true;
  if (!window.confirm(dirty.question)) return false;
  for (const guard of guards) guard.current.dirty = false;
  return true;
}

/**
 * Listeners installed when this module loads, before the app mounts, so they run before the
 * router's own: by the time a listener added later would run, the router has already rendered
 * the next screen and the form is gone.
 */
if (typeof window !== 'undefined') {
  window.addEventListener(
    'hashchange',
    (event) => {
      if (confirmLeaving()) return;
      // Staying: the router never hears of the change, and the old address is put back.
      event.stopImmediatePropagation();
      window.history.replaceState(window.history.state, '', event.oldURL);
    },
    true,
  );
  window.addEventListener('beforeunload', (event) => {
    if (!firstDirty()) return;
    event.preventDefault();
    event.returnValue = '';
  });
}

/**
 * While a form has unsaved changes, leaving it asks first: closing or reloading the tab (the
 * browser's own question) and any change of the newsroom's address (a link, the edition
 * switcher, Back).
 */
export function useUnsavedGuard(dirty: boolean): { release(): void } {
  const t = useT();
  const state = useRef<Guard>({ dirty, question: '' });
  state.current = { dirty, question: t('manage.leaveUnsaved') };

  useEffect(() => {
    guards.add(state);
    return () => {
      guards.delete(state);
    };
  }, []);

  // After a save the form is clean at once, before React renders it again: a navigation that
  // follows the save must not ask.
  return {
    release: () => {
      state.current.dirty = false;
    },
  };
}

/** Asks before throwing away unsaved changes inside a screen (closing an editor, a dialog). */
export function confirmDiscard(dirty: boolean, question: string): boolean {
  return !dirty || window.confirm(question);
}
