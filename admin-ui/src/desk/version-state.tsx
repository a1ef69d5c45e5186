import type { Key } from '../i18n/en.ts';
import { useT } from '../i18n/i18n.tsx';
import { Link } from '../router.tsx';
import type { EditionState, VersionState } from './desk-types.ts';

/** Every state a story can be in on an edition, in the order the legend explains them. */
export const VERSION_STATES: VersionState[] = [
  'original',
  'translation',
  'republication',
  'outdated',
  'task-open',
  'task-claimed',
  'task-in_review',
  'task-approved',
  'draft',
  'none',
];

/** A state's name and what it means, as message keys. */
export function stateKeys(state: VersionState): { name: Key; meaning: Key } {
  return { name: `desk.state.${state}` as Key, meaning: `desk.state.${state}.about` as Key };
}

/**
 * A symbol for each state, so that the table reads without colour: filled for a published
 * version, half for work in progress, empty for nothing.
 */
export const STATE_MARKS: Record<VersionState, string> = {
  original: '●',
  translation: '●',
  republication: '●',
  outdated: '◍',
  'task-open': '○',
  'task-claimed': '◔',
  'task-in_review': '◑',
  'task-approved': '◕',
  draft: '◌',
  none: '–',
};

/**
 * One edition's state for a story, in words with its symbol; linked to the version or the
 * task when there is one (the links open wherever the user may open them).
 */
export function VersionStateLabel(props: { state: EditionState }) {
  const t = useT();
  const { state } = props.state;
  const content = (
    <>
      <span className="version-state__mark" aria-hidden="true">
        {STATE_MARKS[state]}
      </span>{' '}
      {t(stateKeys(state).name)}
    </>
  );
  const to = props.state.taskId
    ? `/translations/${props.state.taskId}`
    : props.state.articleId
      ? `/articles/${props.state.articleId}`
      : null;
  return (
    <span className={`version-state version-state--${state}`}>
      {to && state !== 'none' ? <Link to={to}>{content}</Link> : content}
    </span>
  );
}
