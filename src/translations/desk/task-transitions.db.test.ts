import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { type DeskWorld, deskWorld, taskIn } from '../../../tests/helpers/translation-desk.ts';
import type { Result } from '../../core/result.ts';
import type { DeskProblem } from './desk-writer.ts';
import { nextStatus, TASK_STEPS, type TaskStep } from './task-states.ts';
import { TASK_STATUSES, type TaskStatus, type TranslationTask } from './translation-task.ts';

/*
 * Every step from every status, through the real services on a real database: a step the
 * state machine allows is done and leaves the task where the machine says; any other is
 * refused as not possible in this state, and changes nothing.
 */
describeEachDialect('every step of a translation task from every status', (dialect) => {
  let t: TestContext;
  let world: DeskWorld;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    world = await deskWorld(t.ctx);
  }, 60_000);
  afterAll(() => t.destroy());

  async function take(
    step: TaskStep,
    task: TranslationTask,
  ): Promise<Result<unknown, DeskProblem>> {
    const { desk, articles } = t.ctx;
    const { translator, otherTranslator, manager } = world;
    const article = task.targetArticleId
      ? await articles.repository.findById(task.targetArticleId)
      : undefined;
    switch (step) {
      case 'claim':
        return desk.work.claim(task.id, otherTranslator.actor);
      case 'assign':
        return desk.work.assign(task.id, otherTranslator.user.id, manager.actor);
      case 'release':
        return desk.work.release(task.id, translator.actor);
      case 'start':
        return desk.work.start(task.id, translator.actor);
      case 'save':
        return desk.work.saveTranslation(
          task.id,
          { expectedRevision: article?.revision ?? 1, dek: 'Changed' },
          manager.actor,
        );
      case 'mark':
        return desk.work.markBlocks(
          task.id,
          { blockIds: [article?.body[0]?.id ?? 'none'], done: true },
          translator.actor,
        );
      case 'submit':
        return desk.review.submit(task.id, '', translator.actor);
      case 'comment':
        return desk.review.comment(task.id, { body: 'A thought' }, manager.actor);
      case 'send-back':
        return desk.review.sendBack(task.id, 'Again', manager.actor);
      case 'approve':
        return desk.review.approve(task.id, manager.actor);
      case 'publish':
        return desk.review.publish(task.id, manager.actor);
      case 'decline':
        return desk.review.decline(task.id, '', manager.actor);
      case 'update':
        return desk.work.startUpdate(task.id, otherTranslator.actor);
      case 'edit':
        return desk.review.edit(task.id, { priority: 'urgent' }, manager.actor);
    }
  }

  it.each(TASK_STATUSES)(
    'from %s: allows exactly the steps of the state machine',
    async (status: TaskStatus) => {
      const wrong: string[] = [];
      for (const step of TASK_STEPS) {
        const task = await taskIn(t.ctx, world, status);
        const expected = nextStatus(step, status, { isUpdate: false });
        const result = await take(step, task);
        const after = await t.ctx.desk.writer.read((tasks) => tasks.find(task.id));
        if (expected === null) {
          const refused =
            !result.ok &&
            (result.error.type === 'invalid-state' || result.error.type === 'claimed');
          if (!refused) wrong.push(`${step} from ${status}: ${JSON.stringify(result)}`);
          if (after?.status !== status || after.updatedAt !== task.updatedAt) {
            wrong.push(`${step} from ${status} changed the task`);
          }
        } else {
          if (!result.ok) wrong.push(`${step} from ${status}: ${JSON.stringify(result.error)}`);
          else if (after?.status !== expected) {
            wrong.push(`${step} from ${status}: ${after?.status}, expected ${expected}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    },
    120_000,
  );
});
