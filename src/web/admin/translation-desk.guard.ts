import type { Context } from 'hono';
import { z } from 'zod';
import { issue } from '../../core/validation.ts';
import type { DeskProblem } from '../../translations/desk/desk-writer.ts';
import {
  HISTORY_KINDS,
  PRIORITIES,
  TASK_STATUSES,
  type TranslationTask,
} from '../../translations/desk/translation-task.ts';
import { type Action, can } from '../../users/permissions.ts';
import type { Role } from '../../users/user.ts';
import type { AdminEnv } from './admin-env.ts';
import { articleProblem } from './articles.routes.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import { blockSchema, problemSchema } from './schemas.ts';

type AdminContext = Context<AdminEnv>;

/** The answer for an expected failure of the translation desk. */
export async function deskProblem(c: AdminContext, failure: DeskProblem): Promise<Response> {
  switch (failure.type) {
    case 'invalid':
      return problem(c, 'invalid', { issues: failure.issues });
    case 'not-found':
      return problem(c, 'not-found');
    case 'invalid-state':
      return problem(c, 'invalid', {
        issues: [issue('status', 'issue.invalidState', { status: failure.status })],
      });
    case 'claimed': {
      // The one who lost the race is told who has the task.
      const user = failure.assigneeId
        ? await c.var.ctx.users.repository.findById(failure.assigneeId)
        : undefined;
      const assignee = user ? { id: user.id, name: user.name } : null;
      return problem(c, 'invalid', {
        issues: [issue('status', 'issue.claimedBy', { name: assignee?.name ?? '?' })],
        details: { assignee },
      });
    }
    case 'conflict':
      return problem(c, 'conflict', { details: { currentRevision: failure.currentRevision } });
    case 'machine-drafted':
      return problem(c, 'invalid', {
        issues: [issue('blocks', 'issue.machineDrafted', { blocks: failure.blockIds.join(', ') })],
        details: { blockIds: failure.blockIds },
      });
    case 'article':
      return articleProblem(c, failure.problem);
  }
}

/**
 * The task, if the caller works on its target or its source edition (404 otherwise, so the
 * answer does not tell whether it exists).
 */
export async function guardedTask(
  c: AdminContext,
  id: string,
): Promise<{ task: TranslationTask } | { denied: Response }> {
  const task = await c.var.ctx.desk.writer.read((tasks) => tasks.find(id));
  if (
    !task ||
    !(
      allowed(c, 'article.read', { siteId: task.targetSiteId }) ||
      allowed(c, 'article.read', { siteId: task.sourceSiteId })
    )
  ) {
    return { denied: problem(c, 'not-found') };
  }
  return { task };
}

/** Whether the caller may do a desk action on the task's target edition. */
export function mayOn(c: AdminContext, action: Action, task: TranslationTask): boolean {
  return allowed(c, action, { siteId: task.targetSiteId });
}

/**
 * The translator's own work (saving, marking blocks, handing in, releasing): the assignee, if
 * they may take tasks on the edition, while the task is theirs; or a reviewer of the edition.
 */
export function mayWork(c: AdminContext, task: TranslationTask): boolean {
  if (mayOn(c, 'translation.review', task)) return true;
  return (
    task.assigneeId === c.var.user.id &&
    task.status === 'claimed' &&
    mayOn(c, 'translation.claim', task)
  );
}

/** Whether the user may take tasks on an edition (for assigning a task to them). */
export async function userMayTranslate(
  c: AdminContext,
  userId: string,
  siteId: string,
): Promise<boolean> {
  const user = await c.var.ctx.users.repository.findById(userId);
  if (!user || user.disabledAt) return false;
  const roles = new Map<string, Set<Role>>();
  for (const membership of await c.var.ctx.users.repository.memberships(userId)) {
    roles.set(membership.siteId, (roles.get(membership.siteId) ?? new Set()).add(membership.role));
  }
  return can({ userId, isNetworkAdmin: user.isNetworkAdmin, roles }, 'translation.claim', {
    siteId,
  });
}

export const taskParams = z.object({ id: z.string().min(1).max(64) });

const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const taskSchema = z.object({
  id: z.string(),
  storyId: z.string(),
  sourceArticleId: z.string(),
  sourceSiteId: z.string(),
  targetSiteId: z.string(),
  targetLanguage: z.string(),
  status: z.enum(TASK_STATUSES),
  outdated: z.boolean(),
  priority: z.enum(PRIORITIES),
  dueOn: z.string().nullable(),
  notes: z.string(),
  assigneeId: z.string().nullable(),
  requestedBy: z.string().nullable(),
  subscriptionId: z.string().nullable(),
  jointStatementId: z.string().nullable(),
  targetArticleId: z.string().nullable(),
  sourceRevision: z.number().nullable(),
  workingCopy: z
    .object({
      sourceRevision: z.number(),
      version: z.number(),
      outdatedBefore: z.boolean(),
      fields: z.object({ headline: z.string(), body: z.array(blockSchema) }).passthrough(),
    })
    .nullable(),
  doneBlocks: z.array(z.string()),
  machineBlocks: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});

export const historySchema = z.object({
  id: z.string(),
  kind: z.enum(HISTORY_KINDS),
  actor: person,
  note: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const commentSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  blockId: z.string().nullable(),
  body: z.string(),
  authorId: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
});

export const taskDetailSchema = z.object({
  task: taskSchema.extend({ assignee: person, requester: person }),
  source: z.object({
    article: z.object({ id: z.string(), siteId: z.string(), headline: z.string() }).passthrough(),
    pinned: z
      .object({ revision: z.number(), body: z.array(blockSchema) })
      .passthrough()
      .nullable(),
    working: z
      .object({ revision: z.number(), body: z.array(blockSchema) })
      .passthrough()
      .nullable()
      .describe('In an update: the source at the working copy’s revision'),
    changedSincePinned: z.boolean(),
  }),
  target: z.object({ id: z.string() }).passthrough().nullable(),
  translation: z
    .object({ headline: z.string(), body: z.array(blockSchema) })
    .passthrough()
    .nullable(),
  translationRevision: z.number().nullable(),
  progress: z.object({ blocks: z.number(), done: z.number(), machineDrafted: z.number() }),
  history: z.array(historySchema),
  comments: z.array(commentSchema.extend({ author: person, resolver: person })),
});

/** The refusals every task step may answer with. */
export const stepErrors = {
  403: { description: 'Not allowed for this role or this task', schema: problemSchema },
  404: { description: 'No such task here', schema: problemSchema },
  422: {
    description:
      'Not possible in the task’s state (issue.invalidState), taken by someone else (issue.claimedBy, with error.assignee), or a field is wrong',
    schema: problemSchema,
  },
};
