import type { HistoryKind, TaskStatus } from './translation-task.ts';

/**
 * The translation task's state machine, as data: which step is allowed from which status and
 * where it leads. The services look a step up here before touching the database, and the
 * database update is conditional on the status read, so two people racing for the same step
 * cannot both pass.
 *
 *   open ──claim/assign──▶ claimed ──submit──▶ in_review ──approve──▶ approved ──publish──▶ published
 *    ▲                      │  ▲                   │                    │                    │
 *    └───────release────────┘  └────send back──────┴────────────────────┘                    │
 *   open/claimed/in_review/approved ──decline──▶ declined                                    │
 *   published ──update (the source changed)──▶ claimed (an update on the same article) ◀─────┘
 */
export const TASK_STEPS = [
  'claim',
  'assign',
  'release',
  'start',
  'save',
  'mark',
  'submit',
  'comment',
  'send-back',
  'approve',
  'publish',
  'decline',
  'update',
  'edit',
] as const;
export type TaskStep = (typeof TASK_STEPS)[number];

const WORKING: TaskStatus[] = ['claimed', 'in_review', 'approved'];
const LIVE: TaskStatus[] = ['open', 'claimed', 'in_review', 'approved'];

/** From which statuses each step may be taken. */
export const ALLOWED_FROM: Record<TaskStep, readonly TaskStatus[]> = {
  claim: ['open'],
  assign: ['open', 'claimed'],
  release: ['claimed'],
  start: ['claimed'],
  save: WORKING,
  mark: WORKING,
  submit: ['claimed'],
  comment: WORKING,
  'send-back': ['in_review', 'approved'],
  approve: ['in_review'],
  publish: ['approved'],
  decline: LIVE,
  update: ['published'],
  edit: [...LIVE, 'published'],
};

/** Where a step leads; steps that change no status are absent. */
const LEADS_TO: Partial<Record<TaskStep, TaskStatus>> = {
  claim: 'claimed',
  assign: 'claimed',
  release: 'open',
  submit: 'in_review',
  'send-back': 'claimed',
  approve: 'approved',
  publish: 'published',
  decline: 'declined',
  update: 'claimed',
};

/** What the history records for a step (steps that are not recorded are absent). */
export const HISTORY_OF: Partial<Record<TaskStep, HistoryKind>> = {
  claim: 'claimed',
  assign: 'assigned',
  release: 'released',
  start: 'started',
  submit: 'submitted',
  comment: 'commented',
  'send-back': 'sent-back',
  approve: 'approved',
  publish: 'published',
  decline: 'declined',
  update: 'updated',
  edit: 'edited',
};

/**
 * The status after `step` from `from`, or null when the step is not allowed there. Declining
 * an update of a published translation returns it to 'published' (its article stays online);
 * `isUpdate` says whether the task is such an update.
 */
export function nextStatus(
  step: TaskStep,
  from: TaskStatus,
  options: { isUpdate?: boolean } = {},
): TaskStatus | null {
  if (!ALLOWED_FROM[step].includes(from)) return null;
  if (step === 'decline' && options.isUpdate) return 'published';
  return LEADS_TO[step] ?? from;
}
