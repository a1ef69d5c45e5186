import { z } from 'zod';
import { issue } from '../../core/validation.ts';
import { TaskDetailView } from '../../translations/desk/task-detail.view.ts';
import {
  blockMarksSchema,
  requestTranslationSchema,
  translationSaveSchema,
} from '../../translations/desk/translation-task.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { articleSchema, problemSchema } from './schemas.ts';
import {
  deskProblem,
  guardedTask,
  mayOn,
  mayWork,
  stepErrors,
  taskDetailSchema,
  taskParams,
  taskSchema,
  userMayTranslate,
} from './translation-desk.guard.ts';

const withTranslation = z.object({ task: taskSchema, article: articleSchema.nullable() });

/** Translation tasks: asking for one, reading one, and the translator's work on it. */
export function translationTaskRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'post',
      path: '/translation-tasks',
      summary:
        'Ask for a translation of a published article into an edition (and language): an open task',
      tag: 'Translation desk',
      body: requestTranslationSchema,
      responses: {
        201: { description: 'The open task', schema: taskSchema },
        403: { description: 'Not an editor or manager of either edition', schema: problemSchema },
        422: {
          description:
            'A field is wrong: not a published article, unknown edition, same language, a task or version exists, due date past',
          schema: problemSchema,
        },
      },
    },
    async (c, { body }) => {
      const { ctx } = c.var;
      const source = await ctx.articles.repository.findById(body.sourceArticleId);
      // Editors and managers ask on behalf of their edition: as the target or as the source.
      const mayRequest =
        allowed(c, 'translation.request', { siteId: body.targetSiteId }) ||
        (source !== undefined && allowed(c, 'translation.request', { siteId: source.siteId }));
      if (!mayRequest) return problem(c, 'forbidden');
      const result = await ctx.desk.requests.requestTranslation(body, { userId: c.var.user.id });
      return result.ok ? c.json(result.value, 201) : deskProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/translation-tasks/:id',
      summary:
        'One task with its history, comments, the source at the pinned revision, the target and the translation being worked on',
      tag: 'Translation desk',
      params: taskParams,
      responses: {
        200: { description: 'The task', schema: taskDetailSchema },
        404: { description: 'No such task here', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      const detail = await new TaskDetailView(c.var.ctx.db, c.var.ctx.articles).detail(found.task);
      return detail ? c.json(detail) : problem(c, 'not-found');
    },
  );

  api.add(
    {
      method: 'post',
      path: '/translation-tasks/:id/claim',
      summary:
        'Take an open task (one of several at once wins) and start: the draft article is created, aligned block by block with the source',
      tag: 'Translation desk',
      params: taskParams,
      responses: {
        200: { description: 'Claimed, with the draft', schema: withTranslation },
        ...stepErrors,
      },
    },
    async (c, { params }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      if (!mayOn(c, 'translation.claim', found.task)) return problem(c, 'forbidden');
      const result = await c.var.ctx.desk.work.claim(params.id, { userId: c.var.user.id });
      return result.ok ? c.json(result.value) : deskProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/translation-tasks/:id/assign',
      summary: 'Give an open or claimed task to someone who translates on the edition (managers)',
      tag: 'Translation desk',
      params: taskParams,
      body: z.object({ userId: z.string().min(1).max(64) }),
      responses: { 200: { description: 'Assigned', schema: taskSchema }, ...stepErrors },
    },
    async (c, { params, body }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      if (!mayOn(c, 'translation.review', found.task)) return problem(c, 'forbidden');
      if (!(await userMayTranslate(c, body.userId, found.task.targetSiteId))) {
        return problem(c, 'invalid', { issues: [issue('userId', 'issue.notTranslator')] });
      }
      const result = await c.var.ctx.desk.work.assign(params.id, body.userId, {
        userId: c.var.user.id,
      });
      return result.ok ? c.json(result.value) : deskProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/translation-tasks/:id/start',
      summary: 'The assignee starts: creates the draft article if there is none yet',
      tag: 'Translation desk',
      params: taskParams,
      responses: { 200: { description: 'Started', schema: withTranslation }, ...stepErrors },
    },
    async (c, { params }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      if (!mayOn(c, 'translation.claim', found.task)) return problem(c, 'forbidden');
      const result = await c.var.ctx.desk.work.start(params.id, { userId: c.var.user.id });
      return result.ok ? c.json(result.value) : deskProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/translation-tasks/:id/release',
      summary: 'Give a claimed task back to the desk (the work done stays with it)',
      tag: 'Translation desk',
      params: taskParams,
      responses: { 200: { description: 'Open again', schema: taskSchema }, ...stepErrors },
    },
    async (c, { params }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      if (!mayWork(c, found.task)) return problem(c, 'forbidden');
      const result = await c.var.ctx.desk.work.release(params.id, { userId: c.var.user.id });
      return result.ok ? c.json(result.value) : deskProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'put',
      path: '/translation-tasks/:id/translation',
      summary:
        'Save the translation’s text: a new revision of the draft article, or (in an update) the working copy; 409 if someone saved since expectedRevision',
      tag: 'Translation desk',
      params: taskParams,
      body: translationSaveSchema,
      responses: {
        200: { description: 'Saved', schema: withTranslation },
        409: {
          description: 'Someone saved in between; error.currentRevision',
          schema: problemSchema,
        },
        ...stepErrors,
      },
    },
    async (c, { params, body }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      if (!mayWork(c, found.task)) return problem(c, 'forbidden');
      const result = await c.var.ctx.desk.work.saveTranslation(params.id, body, {
        userId: c.var.user.id,
      });
      return result.ok ? c.json(result.value) : deskProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/translation-tasks/:id/blocks',
      summary:
        'Mark blocks of the translation done (done: true/false) or machine-drafted / reviewed by a person (machine: drafted/reviewed)',
      tag: 'Translation desk',
      params: taskParams,
      body: blockMarksSchema,
      responses: { 200: { description: 'Marked', schema: taskSchema }, ...stepErrors },
    },
    async (c, { params, body }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      if (!mayWork(c, found.task)) return problem(c, 'forbidden');
      const result = await c.var.ctx.desk.work.markBlocks(params.id, body, {
        userId: c.var.user.id,
      });
      return result.ok ? c.json(result.value) : deskProblem(c, result.error);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/translation-tasks/:id/update',
      summary:
        'Update a published translation (its source changed): take it again and work in a copy aligned with the current source, while the article stays online',
      tag: 'Translation desk',
      params: taskParams,
      responses: {
        200: { description: 'Re-opened as an update', schema: taskSchema },
        ...stepErrors,
      },
    },
    async (c, { params }) => {
      const found = await guardedTask(c, params.id);
      if ('denied' in found) return found.denied;
      if (!mayOn(c, 'translation.claim', found.task)) return problem(c, 'forbidden');
      const result = await c.var.ctx.desk.work.startUpdate(params.id, { userId: c.var.user.id });
      return result.ok ? c.json(result.value) : deskProblem(c, result.error);
    },
  );
}
