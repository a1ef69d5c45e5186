import type { Role } from '../api/types.ts';
import type { Task } from './types.ts';

/*
 * Which desk steps to offer on a task. The server decides (a refused step answers 403 or 422,
 * which the screen shows); this mirrors its rules (src/users/permissions.ts and the table of
 * steps in docs/translation-desk.md) so nobody is offered a button that can only fail.
 */

/** The desk rights someone has on the task's target edition. */
export interface DeskRights {
  /** translation.claim: take tasks and translate. */
  claim: boolean;
  /** translation.review: assign, comment, send back, approve, decline, fix the text. */
  review: boolean;
  /** translation.publish */
  publish: boolean;
}

/** The desk rights of roles on an edition (a network admin has them all). */
export function deskRights(roles: Set<Role>, isNetworkAdmin: boolean): DeskRights {
  const runsDesk =
    isNetworkAdmin ||
    roles.has('site-admin') ||
    roles.has('editor') ||
    roles.has('translation-manager');
  return { claim: runsDesk || roles.has('translator'), review: runsDesk, publish: runsDesk };
}

export type Step =
  | 'claim'
  | 'start'
  | 'release'
  | 'submit'
  | 'comment'
  | 'sendBack'
  | 'approve'
  | 'publish'
  | 'update'
  | 'decline';

const WORKING = ['claimed', 'in_review', 'approved'];

/** Whether the user may take `step` on the task now. */
export function mayStep(task: Task, rights: DeskRights, userId: string, step: Step): boolean {
  const mine = task.assigneeId === userId;
  const { status } = task;
  switch (step) {
    case 'claim':
      return status === 'open' && rights.claim;
    case 'start':
      return status === 'claimed' && mine && rights.claim && !task.targetArticleId;
    case 'release':
    case 'submit':
      return status === 'claimed' && ((mine && rights.claim) || rights.review);
    case 'comment':
      return WORKING.includes(status) && (mine || rights.review);
    case 'sendBack':
      return (status === 'in_review' || status === 'approved') && rights.review;
    case 'approve':
      return status === 'in_review' && rights.review;
    case 'publish':
      return status === 'approved' && rights.publish;
    case 'update':
      return status === 'published' && rights.claim;
    case 'decline':
      return [...WORKING, 'open'].includes(status) && rights.review;
  }
}

/**
 * Whether the text is open for editing here: the assignee's (or a reviewer's) while the task
 * is claimed. In review the screen is read-mostly: reviewers comment, and may open the text
 * for a fix themselves (`fixing`).
 */
export function mayEditText(
  task: Task,
  rights: DeskRights,
  userId: string,
  fixing: boolean,
): boolean {
  if (!task.targetArticleId) return false;
  if (task.status === 'claimed')
    return (task.assigneeId === userId && rights.claim) || rights.review;
  return fixing && rights.review && WORKING.includes(task.status);
}
