import { abort, type DeskProblem, type DeskWrite } from './desk-writer.ts';
import { nextStatus, type TaskStep } from './task-states.ts';
import type { TranslationTask } from './translation-task.ts';

/** Why a step cannot be taken: someone else holds the task, or it is in the wrong status. */
export function refusal(step: TaskStep, task: TranslationTask): DeskProblem {
  if ((step === 'claim' || step === 'start') && task.status === 'claimed') {
    return { type: 'claimed', assigneeId: task.assigneeId };
  }
  return { type: 'invalid-state', status: task.status };
}

/**
 * Takes one step of a task inside a desk write: checks the state machine, then moves the
 * task with an update that only applies while it is still in the status read — so of two
 * people racing for the same step, one passes and the other is told what happened.
 */
export async function takeStep(
  write: DeskWrite,
  taskId: string,
  step: TaskStep,
  changes: Partial<TranslationTask> = {},
): Promise<{ before: TranslationTask; task: TranslationTask }> {
  const before = await write.tasks.find(taskId);
  if (!before) return abort({ type: 'not-found', what: 'task' });
  const status = nextStatus(step, before.status, { isUpdate: before.workingCopy !== null });
  if (!status) return abort(refusal(step, before));
  const next = { ...changes, status, updatedAt: write.now };
  if (!(await write.tasks.updateIf(taskId, before.status, next))) {
    const now = await write.tasks.find(taskId);
    return abort(refusal(step, now ?? before));
  }
  return { before, task: { ...before, ...next } };
}

/** The ids of the translation's blocks: the working copy's in an update, else the article's. */
export function translationBlockIds(
  task: TranslationTask,
  articleBody: { id: string }[] | null,
): Set<string> {
  const body = task.workingCopy?.fields.body ?? articleBody ?? [];
  return new Set(body.map((block) => block.id));
}
