import type { Article } from '../../articles/article.ts';
import { type Clock, toTimestamp } from '../../core/clock.ts';
import { newId } from '../../core/ids.ts';
import { err, type Result } from '../../core/result.ts';
import { fieldIssues, issue } from '../../core/validation.ts';
import { abort, articleOrAbort, type DeskProblem, type DeskWriter } from './desk-writer.ts';
import { publishTranslation } from './publishing.ts';
import { takeStep, translationBlockIds } from './task-steps.ts';
import type { TranslationDrafts } from './translation-drafts.ts';
import {
  COMMENTABLE_FIELDS,
  type CommentInput,
  commentInputSchema,
  type TaskChanges,
  type TaskComment,
  type TranslationTask,
  taskChangesSchema,
} from './translation-task.ts';

type Actor = { userId: string };

/**
 * The reviewing side of the desk: handing a translation in, comments per block, sending back,
 * approving, publishing, declining, and a manager's changes to priority, due date and notes.
 */
export class TaskReview {
  constructor(
    private readonly writer: DeskWriter,
    private readonly drafts: TranslationDrafts,
    private readonly clock: Clock,
  ) {}

  /** The translator hands the translation in for review. */
  async submit(
    taskId: string,
    note: string,
    actor: Actor,
  ): Promise<Result<TranslationTask, DeskProblem>> {
    // Whoever hands it in is credited as a translator on publication: they need a contributor.
    await this.drafts.ensureContributor(actor.userId);
    return this.writer.run(async (write) => {
      const { task } = await takeStep(write, taskId, 'submit');
      if (!task.targetArticleId) abort({ type: 'invalid-state', status: 'claimed' });
      await write.record(task, 'submitted', actor.userId, note);
      return task;
    });
  }

  /** A comment on one block or field of the translation (or on the whole, without one). */
  async comment(
    taskId: string,
    input: CommentInput,
    actor: Actor,
  ): Promise<Result<TaskComment, DeskProblem>> {
    const parsed = commentInputSchema.safeParse(input);
    if (!parsed.success) return err({ type: 'invalid', issues: fieldIssues(parsed.error) });
    const { blockId, body } = parsed.data;
    return this.writer.run(async (write) => {
      const { task } = await takeStep(write, taskId, 'comment');
      if (blockId && !(COMMENTABLE_FIELDS as readonly string[]).includes(blockId)) {
        const article = task.targetArticleId
          ? await write.articles.repository.findById(task.targetArticleId)
          : undefined;
        if (!translationBlockIds(task, article?.body ?? null).has(blockId)) {
          abort({ type: 'invalid', issues: [issue('blockId', 'issue.notBlock')] });
        }
      }
      const comment: TaskComment = {
        id: newId(),
        taskId,
        blockId,
        body,
        authorId: actor.userId,
        createdAt: write.now,
        resolvedAt: null,
        resolvedBy: null,
      };
      await write.tasks.addComment(comment);
      await write.record(task, 'commented', actor.userId, body, { commentId: comment.id, blockId });
      return comment;
    });
  }

  /** Marks a comment dealt with (resolving it again changes nothing). */
  async resolveComment(
    taskId: string,
    commentId: string,
    actor: Actor,
  ): Promise<Result<TaskComment, DeskProblem>> {
    return this.writer.run(async (write) => {
      const resolved = await write.tasks.resolveComment(taskId, commentId, actor.userId, write.now);
      if (!resolved) return abort({ type: 'not-found', what: 'comment' });
      return resolved;
    });
  }

  /** The reviewer returns the translation to its translator, saying why. */
  async sendBack(
    taskId: string,
    note: string,
    actor: Actor,
  ): Promise<Result<TranslationTask, DeskProblem>> {
    if (!note.trim()) {
      return err({ type: 'invalid', issues: [issue('note', 'issue.required')] });
    }
    return this.writer.run(async (write) => {
      const { task } = await takeStep(write, taskId, 'send-back');
      await write.record(task, 'sent-back', actor.userId, note);
      return task;
    });
  }

  /** The reviewer approves: the translation is ready to publish. */
  async approve(taskId: string, actor: Actor): Promise<Result<TranslationTask, DeskProblem>> {
    return this.writer.run(async (write) => {
      const { task } = await takeStep(write, taskId, 'approve');
      await write.record(task, 'approved', actor.userId);
      return task;
    });
  }

  /**
   * Publishes an approved translation on its edition. Of two people publishing at once, one
   * does. A task of a joint statement is published with the statement, not on its own.
   */
  async publish(
    taskId: string,
    actor: Actor,
  ): Promise<Result<{ task: TranslationTask; article: Article }, DeskProblem>> {
    return this.writer.run(async (write) => {
      const { before } = await takeStep(write, taskId, 'publish');
      if (before.jointStatementId) {
        const statement = await write.trx
          .selectFrom('joint_statements')
          .select('status')
          .where('id', '=', before.jointStatementId)
          .executeTakeFirst();
        if (statement && statement.status !== 'published') {
          abort({ type: 'invalid', issues: [issue('jointStatementId', 'issue.jointStatement')] });
        }
      }
      const source = await write.articles.repository.findById(before.sourceArticleId);
      if (!source || source.deletedAt || source.status !== 'published') {
        return abort({
          type: 'invalid',
          issues: [issue('sourceArticleId', 'issue.notPublished')],
        });
      }
      return publishTranslation(write, before, source, actor.userId);
    });
  }

  /**
   * The edition will not translate this. A draft started for it goes to the trash (restorable);
   * declining the update of a published translation only drops the update.
   */
  async decline(
    taskId: string,
    note: string,
    actor: Actor,
  ): Promise<Result<TranslationTask, DeskProblem>> {
    return this.writer.run(async (write) => {
      const { before } = await takeStep(write, taskId, 'decline');
      const copy = before.workingCopy;
      const changes: Partial<TranslationTask> = copy
        ? { workingCopy: null, doneBlocks: [], machineBlocks: [], outdated: copy.outdatedBefore }
        : { doneBlocks: [], machineBlocks: [] };
      await write.tasks.update(taskId, changes);
      if (!copy && before.targetArticleId) {
        const draft = await write.articles.repository.findById(before.targetArticleId);
        if (draft && !draft.publishedAt && !draft.deletedAt) {
          articleOrAbort(await write.articles.trashArticle(draft.id, actor));
        }
      }
      const task = {
        ...before,
        ...changes,
        status: copy ? ('published' as const) : ('declined' as const),
        updatedAt: write.now,
      };
      await write.record(task, 'declined', actor.userId, note);
      return task;
    });
  }

  /** A manager changes the priority, due date or notes. */
  async edit(
    taskId: string,
    input: TaskChanges,
    actor: Actor,
  ): Promise<Result<TranslationTask, DeskProblem>> {
    const parsed = taskChangesSchema.safeParse(input);
    if (!parsed.success) return err({ type: 'invalid', issues: fieldIssues(parsed.error) });
    const changes = Object.fromEntries(
      Object.entries(parsed.data).filter(([, value]) => value !== undefined),
    ) as Partial<TranslationTask>;
    if (changes.dueOn && changes.dueOn < toTimestamp(this.clock.now()).slice(0, 10)) {
      return err({ type: 'invalid', issues: [issue('dueOn', 'issue.inPast')] });
    }
    return this.writer.run(async (write) => {
      const { task } = await takeStep(write, taskId, 'edit', changes);
      await write.record(task, 'edited', actor.userId, '', { ...changes });
      return task;
    });
  }
}
