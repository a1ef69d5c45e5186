import { z } from 'zod';
import { type FieldIssue, issue } from '../core/validation.ts';

/**
 * What kind of change a save of a published article is: an ordinary edit, a typo fix (the
 * translations need no update and nobody is alerted) or a correction (translators are alerted
 * and a correction note may be shown on every version).
 */
export const CHANGE_KINDS = ['edit', 'typo', 'correction'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A correction note is a sentence or two for readers, not a second article. */
export const CORRECTION_NOTE_MAX = 2000;

/** How a save describes itself: its kind, and for a correction the note readers see. */
export const saveOptionsSchema = z.object({
  changeKind: z.enum(CHANGE_KINDS).default('edit'),
  correctionNote: z.string().trim().max(CORRECTION_NOTE_MAX).default(''),
});
export type SaveOptions = z.input<typeof saveOptionsSchema>;

/**
 * What is wrong with a save's kind: typos and corrections are said of published text only
 * (a draft has no readers to correct), and only a correction carries a note.
 */
export function changeKindIssues(
  options: z.output<typeof saveOptionsSchema>,
  status: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (options.changeKind !== 'edit' && status !== 'published') {
    issues.push(issue('changeKind', 'issue.onlyWhenPublished'));
  }
  if (options.correctionNote && options.changeKind !== 'correction') {
    issues.push(issue('correctionNote', 'issue.onlyWithCorrection'));
  }
  return issues;
}

const WEIGHT: Record<ChangeKind, number> = { typo: 0, edit: 1, correction: 2 };

/** The kind that says the most of several saves: a correction among them makes it one. */
export function strongestChange(kinds: ChangeKind[]): ChangeKind {
  if (kinds.length === 0) return 'edit';
  return kinds.reduce<ChangeKind>(
    (strongest, kind) => (WEIGHT[kind] > WEIGHT[strongest] ? kind : strongest),
    'typo',
  );
}

/** A stored kind, read leniently: anything unknown was an ordinary edit. */
export function changeKindOf(value: string): ChangeKind {
  return (CHANGE_KINDS as readonly string[]).includes(value) ? (value as ChangeKind) : 'edit';
}
