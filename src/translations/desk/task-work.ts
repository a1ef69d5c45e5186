import type { Article } from '../../articles/article.ts';
import { parseBlocks } from '../../articles/blocks.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { fieldIssues, issue } from '../../core/validation.ts';
import {
  abort,
  articleOrAbort,
  type DeskProblem,
  type DeskWrite,
  type DeskWriter,
} from './desk-writer.ts';
import { nextStatus } from './task-states.ts';
import { refusal, takeStep, translationBlockIds } from './task-steps.ts';
import type { DraftPlan, TranslationDrafts } from './translation-drafts.ts';
import {
  type BlockMarks,
  blockMarksSchema,
  type TranslationSave,
  type TranslationTask,
  translationSaveSchema,
} from './translation-task.ts';

type Actor = { userId: string };

/** A task with the translation as it now stands. */
export interface TaskWithTranslation {
  task: TranslationTask;
  /** The target article (null before work starts). */
  article: Article | null;
}

/**
 * The translator's side of the desk: claiming (which starts the translation), being assigned,
 * releasing, saving the translation, marking blocks, and starting the update of a published
 * translation whose source changed.
 */
export class TaskWork {
  constructor(
    private readonly writer: DeskWriter,
    private readonly drafts: TranslationDrafts,
  ) {}

  /**
   * Takes an open task: exactly one of several people claiming at once gets it. The claimer
   * starts at once: the draft article is created on the target edition in the same write.
   */
  async claim(taskId: string, actor: Actor): Promise<Result<TaskWithTranslation, DeskProblem>> {
    const plan = await this.planFor(taskId, actor.userId);
    if (!plan.ok) return plan;
    return this.writer.run(async (write) => {
      const { task } = await takeStep(write, taskId, 'claim', { assigneeId: actor.userId });
      await write.record(task, 'claimed', actor.userId);
      return startOn(write, task, plan.value, actor.userId);
    });
  }

  /** A manager gives the task to someone (who starts it when they begin). */
  async assign(
    taskId: string,
    assigneeId: string,
    actor: Actor,
  ): Promise<Result<TranslationTask, DeskProblem>> {
    return this.writer.run(async (write) => {
      const { task } = await takeStep(write, taskId, 'assign', { assigneeId });
      await write.record(task, 'assigned', actor.userId, '', { assigneeId });
      return task;
    });
  }

  /** The assignee begins: the draft article is created if it does not exist yet. */
  async start(taskId: string, actor: Actor): Promise<Result<TaskWithTranslation, DeskProblem>> {
    const plan = await this.planFor(taskId, actor.userId);
    if (!plan.ok) return plan;
    return this.writer.run(async (write) => {
      const { task } = await takeStep(write, taskId, 'start');
      if (task.assigneeId !== actor.userId) abort({ type: 'claimed', assigneeId: task.assigneeId });
      return startOn(write, task, plan.value, actor.userId);
    });
  }

  /** Gives a claimed task back to the desk; the work done so far stays with it. */
  async release(taskId: string, actor: Actor): Promise<Result<TranslationTask, DeskProblem>> {
    return this.writer.run(async (write) => {
      const { task } = await takeStep(write, taskId, 'release', { assigneeId: null });
      await write.record(task, 'released', actor.userId);
      return task;
    });
  }

  /**
   * Saves the translation's text: as a new revision of the draft article, or, in an update of
   * a published translation, into the working copy (the article online stays as it is).
   * `expectedRevision` is the article's revision, or the working copy's version.
   */
  async saveTranslation(
    taskId: string,
    input: TranslationSave,
    actor: Actor,
  ): Promise<Result<TaskWithTranslation, DeskProblem>> {
    const parsed = translationSaveSchema.safeParse(input);
    if (!parsed.success) return err({ type: 'invalid', issues: fieldIssues(parsed.error) });
    const { expectedRevision, body: rawBody, ...fields } = parsed.data;
    const body = rawBody === undefined ? undefined : parseBlocks(rawBody);
    if (body && !body.ok) return err({ type: 'invalid', issues: body.error });
    const changes = Object.fromEntries(
      Object.entries({ ...fields, body: body?.value }).filter(([, value]) => value !== undefined),
    );
    return this.writer.run(async (write) => {
      const { task } = await takeStep(write, taskId, 'save');
      if (!task.targetArticleId) return abort({ type: 'invalid-state', status: task.status });
      const copy = task.workingCopy;
      if (copy) {
        if (copy.version !== expectedRevision) {
          abort({ type: 'conflict', currentRevision: copy.version });
        }
        const workingCopy = {
          ...copy,
          version: copy.version + 1,
          fields: { ...copy.fields, ...changes },
        };
        await write.tasks.update(task.id, { workingCopy });
        const article = (await write.articles.repository.findById(task.targetArticleId)) ?? null;
        return { task: { ...task, workingCopy }, article };
      }
      const saved = await write.articles.updateArticle(
        task.targetArticleId,
        changes,
        expectedRevision,
        actor,
      );
      if (!saved.ok && saved.error.type === 'conflict') {
        abort({ type: 'conflict', currentRevision: saved.error.currentRevision });
      }
      return { task, article: articleOrAbort(saved) };
    });
  }

  /** Marks blocks of the translation done or not, machine-drafted or reviewed by a person. */
  async markBlocks(
    taskId: string,
    input: BlockMarks,
    _actor: Actor,
  ): Promise<Result<TranslationTask, DeskProblem>> {
    const parsed = blockMarksSchema.safeParse(input);
    if (!parsed.success) return err({ type: 'invalid', issues: fieldIssues(parsed.error) });
    const marks = parsed.data;
    return this.writer.run(async (write) => {
      const current = await write.tasks.find(taskId);
      if (!current) return abort({ type: 'not-found', what: 'task' });
      if (!nextStatus('mark', current.status)) abort(refusal('mark', current));
      const article = current.targetArticleId
        ? await write.articles.repository.findById(current.targetArticleId)
        : undefined;
      const known = translationBlockIds(current, article?.body ?? null);
      const unknown = marks.blockIds.flatMap((id, index) =>
        known.has(id) ? [] : [issue(`blockIds.${index}`, 'issue.notBlock')],
      );
      if (unknown.length) abort({ type: 'invalid', issues: unknown });
      const { task } = await takeStep(write, taskId, 'mark', {
        doneBlocks: toggled(current.doneBlocks, marks.blockIds, marks.done),
        machineBlocks: toggled(
          current.machineBlocks,
          marks.blockIds,
          marks.machine === undefined ? undefined : marks.machine === 'drafted',
        ),
      });
      return task;
    });
  }

  /**
   * Re-opens a published translation for an update (its source changed, or it needs fixing):
   * the caller takes it, and works in a copy aligned with the source's current revision while
   * the published article stays online; publishing the update saves the copy as a new revision
   * and moves the pin.
   */
  async startUpdate(taskId: string, actor: Actor): Promise<Result<TranslationTask, DeskProblem>> {
    const current = await this.writer.read((tasks) => tasks.find(taskId));
    if (!current) return err({ type: 'not-found', what: 'task' });
    if (current.status !== 'published')
      return err({ type: 'invalid-state', status: current.status });
    const plan = await this.drafts.updateFor(current);
    if (!plan.ok) return plan;
    await this.drafts.ensureContributor(actor.userId);
    const { workingCopy, doneBlocks, changed, added, removed } = plan.value;
    return this.writer.run(async (write) => {
      const { task } = await takeStep(write, taskId, 'update', {
        assigneeId: actor.userId,
        workingCopy,
        doneBlocks,
        machineBlocks: [],
        outdated: false,
      });
      await write.record(task, 'updated', actor.userId, '', {
        fromRevision: current.sourceRevision,
        toRevision: workingCopy.sourceRevision,
        changed,
        added,
        removed,
      });
      return task;
    });
  }

  /** The draft a start would create, when the task has no article yet. */
  private async planFor(
    taskId: string,
    userId: string,
  ): Promise<Result<DraftPlan | null, DeskProblem>> {
    const task = await this.writer.read((tasks) => tasks.find(taskId));
    if (!task) return err({ type: 'not-found', what: 'task' });
    if (task.targetArticleId) return ok(null);
    return this.drafts.draftFor(task, userId);
  }
}

/** Creates the draft article of a task that has none, inside the write that starts it. */
async function startOn(
  write: DeskWrite,
  task: TranslationTask,
  plan: DraftPlan | null,
  actorId: string,
): Promise<TaskWithTranslation> {
  if (task.targetArticleId || !plan) {
    const article = task.targetArticleId
      ? ((await write.articles.repository.findById(task.targetArticleId)) ?? null)
      : null;
    return { task, article };
  }
  const article = articleOrAbort(
    await write.articles.createArticle(plan.input, { userId: actorId }),
  );
  const started = {
    ...task,
    targetArticleId: article.id,
    sourceRevision: plan.sourceRevision,
  };
  await write.tasks.update(task.id, {
    targetArticleId: article.id,
    sourceRevision: plan.sourceRevision,
  });
  await write.record(started, 'started', actorId, '', {
    articleId: article.id,
    sourceRevision: plan.sourceRevision,
    slug: article.slug,
  });
  return { task: started, article };
}

/** `list` with `ids` added (on: true), taken out (false), or as it is (undefined). */
function toggled(list: string[], ids: string[], on: boolean | undefined): string[] {
  if (on === undefined) return list;
  const set = new Set(list);
  for (const id of ids) {
    if (on) set.add(id);
    else set.delete(id);
  }
  return [...set];
}
