import type { Context } from 'hono';
import { z } from 'zod';
import { TaskDetailView } from '../../translations/desk/task-detail.view.ts';
import {
  commentInputSchema,
  noteSchema,
  requiredNoteSchema,
  taskChangesSchema,
} from '../../translations/desk/translation-task.ts';
import type { AdminEnv } from './admin-env.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { articleSchema, problemSchema } from './schemas.ts';
import {
  commentSchema,
  deskProblem,
  guardedTask,
  mayOn,
  mayWork,
  stepErrors,
  taskParams,
  taskSchema,
} from './translation-desk.guard.ts';

type AdminContext = Context<AdminEnv>;
const actor = (c: AdminContext) => ({ userId: c.var.user.id });
const commentParams = z.object({
  id: z.string().min(1).max(64),
  commentId: z.string().min(1).max(64),
});

/** Review of translation tasks: handing in, comments, sending back, approval, publication. */
export function translationReviewRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'post',
      path: '/translation-tasks/:id/submit',
      summary: 'Hand the translation in for review (the edition’s translation managers are told)',
      tag: 'Translation desk',
      params: taskParams,
      body: noteSchema,
      responses: { 200: { description: 'In review', schema: taskSchema }, ...stepErrors },
    },
    async (c, { params, body }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      if (!mayWork(c, found.task)) return problem(c, 'forbidden');
      const result = await c.var.ctx.desk.review.submit(params.id, body.note, actor(c));
      return result.ok ? c.json(result.value) : deskProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/translation-tasks/:id/comments',
      summary: 'The review comments, oldest first (resolved ones included)',
      tag: 'Translation desk',
      params: taskParams,
      responses: { 200: { description: 'Comments', schema: z.array(commentSchema) } },
    },
    async (c, { params }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      return c.json(await c.var.ctx.desk.writer.read((tasks) => tasks.comments(params.id)));
    },
  );

  api.add(
    {
      method: 'post',
      path: '/translation-tasks/:id/comments',
      summary:
        'Comment on a block of the translation (blockId), a field (kicker, headline, dek, socialTitle, socialDescription) or the whole (null)',
      tag: 'Translation desk',
      params: taskParams,
      body: commentInputSchema,
      responses: { 201: { description: 'The comment', schema: commentSchema }, ...stepErrors },
    },
    async (c, { params, body }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      const { task } = found;
      if (task.assigneeId !== c.var.user.id && !mayOn(c, 'translation.review', task)) {
        return problem(c, 'forbidden');
      }
      const result = await c.var.ctx.desk.review.comment(params.id, body, actor(c));
      return result.ok ? c.json(result.value, 201) : deskProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/translation-tasks/:id/comments/:commentId/resolve',
      summary: 'Mark a comment dealt with',
      tag: 'Translation desk',
      params: commentParams,
      responses: { 200: { description: 'Resolved', schema: commentSchema }, ...stepErrors },
    },
    async (c, { params }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      const { task } = found;
      if (task.assigneeId !== c.var.user.id && !mayOn(c, 'translation.review', task)) {
        return problem(c, 'forbidden');
      }
      const result = await c.var.ctx.desk.review.resolveComment(
        params.id,
        params.commentId,
        actor(c),
      );
      return result.ok ? c.json(result.value) : deskProblem(c, result.error);
    },
  );

  const reviewStep = (
    path: string,
    summary: string,
    body: typeof noteSchema | typeof requiredNoteSchema,
    run: (
      c: AdminContext,
      id: string,
      note: string,
    ) => ReturnType<AdminContext['var']['ctx']['desk']['review']['approve']>,
  ) =>
    api.add(
      {
        method: 'post',
        path,
        summary,
        tag: 'Translation desk',
        params: taskParams,
        body,
        responses: { 200: { description: 'Done', schema: taskSchema }, ...stepErrors },
      },
      async (c, input) => {
        const found = await guardedTask(c, input.params.id);
        if ('denied' in found) return found.denied;
        if (!mayOn(c, 'translation.review', found.task)) return problem(c, 'forbidden');
        const result = await run(c, input.params.id, input.body.note);
        return result.ok ? c.json(result.value) : deskProblem(c, result.error);
      },
    );
  reviewStep(
    '/translation-tasks/:id/send-back',
    'Send the translation back to its translator, saying why (note required)',
    requiredNoteSchema,
    (c, id, note) => c.var.ctx.desk.review.sendBack(id, note, actor(c)),
  );
  reviewStep(
    '/translation-tasks/:id/approve',
    'Approve: ready to publish (a joint statement publishes once all its translations are)',
    noteSchema,
    (c, id) => c.var.ctx.desk.review.approve(id, actor(c)),
  );
  reviewStep(
    '/translation-tasks/:id/decline',
    'Decline: the edition will not translate this (an update only drops the update)',
    noteSchema,
    (c, id, note) => c.var.ctx.desk.review.decline(id, note, actor(c)),
  );

  api.add(
    {
      method: 'post',
      path: '/translation-tasks/:id/publish',
      summary:
        'Publish an approved translation on its edition, with generated credits; refused while machine-drafted blocks await review (error.blockIds)',
      tag: 'Translation desk',
      params: taskParams,
      responses: {
        200: {
          description: 'Published',
          schema: z.object({ task: taskSchema, article: articleSchema }),
        },
        ...stepErrors,
      },
    },
    async (c, { params }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      if (!mayOn(c, 'translation.publish', found.task)) return problem(c, 'forbidden');
      const result = await c.var.ctx.desk.review.publish(params.id, actor(c));
      return result.ok ? c.json(result.value) : deskProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'patch',
      path: '/translation-tasks/:id',
      summary: 'Change a task’s priority, due date or notes (managers)',
      tag: 'Translation desk',
      params: taskParams,
      body: taskChangesSchema,
      responses: { 200: { description: 'Changed', schema: taskSchema }, ...stepErrors },
    },
    async (c, { params, body }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      if (!mayOn(c, 'translation.review', found.task)) return problem(c, 'forbidden');
      const result = await c.var.ctx.desk.review.edit(params.id, body, actor(c));
      return result.ok ? c.json(result.value) : deskProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/translation-tasks/:id/source-diff',
      summary:
        'What the source changed since the pinned revision: fields and blocks (changed/added/removed, words marked), with the translation’s blocks for each source block',
      tag: 'Translation desk',
      params: taskParams,
      responses: {
        200: {
          description: 'The differences',
          schema: z
            .object({
              from: z.number(),
              to: z.number(),
              fields: z.array(z.object({ field: z.string() }).passthrough()),
              blocks: z.array(
                z
                  .object({ kind: z.enum(['same', 'changed', 'added', 'removed']), id: z.string() })
                  .passthrough(),
              ),
              translationBlocks: z.record(z.string(), z.array(z.string())),
            })
            .describe('blocks[].words: [{ op: same|added|removed, text }] for changed blocks'),
        },
        404: { description: 'No such task, or not started', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      const diff = await new TaskDetailView(c.var.ctx.db, c.var.ctx.articles).sourceDiff(
        found.task,
      );
      return diff ? c.json(diff) : problem(c, 'not-found');
    },
  );
}
