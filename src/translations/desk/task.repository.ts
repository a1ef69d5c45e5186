import type { Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { TranslationCommentsTable, TranslationTasksTable } from './desk.table.ts';
import type {
  HistoryEntry,
  HistoryKind,
  Priority,
  TaskComment,
  TaskStatus,
  TranslationTask,
  WorkingCopy,
} from './translation-task.ts';

type TaskRow = Selectable<TranslationTasksTable>;
type TaskUpdate = Updateable<TranslationTasksTable>;

function parseList(text: string): string[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function toTask(row: TaskRow): TranslationTask {
  return {
    id: row.id,
    storyId: row.story_id,
    sourceArticleId: row.source_article_id,
    sourceSiteId: row.source_site_id,
    targetSiteId: row.target_site_id,
    targetLanguage: row.target_language,
    status: row.status as TaskStatus,
    outdated: row.outdated === 1,
    priority: row.priority as Priority,
    dueOn: row.due_on,
    notes: row.notes,
    assigneeId: row.assignee_id,
    requestedBy: row.requested_by,
    subscriptionId: row.subscription_id,
    jointStatementId: row.joint_statement_id,
    targetArticleId: row.target_article_id,
    sourceRevision: row.source_revision,
    workingCopy: row.working_copy ? (JSON.parse(row.working_copy) as WorkingCopy) : null,
    doneBlocks: parseList(row.done_blocks),
    machineBlocks: parseList(row.machine_blocks),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  };
}

/** The columns of a task's changeable parts, for updates. */
export function taskColumns(task: Partial<TranslationTask>): TaskUpdate {
  const set: TaskUpdate = {};
  if (task.status !== undefined) set.status = task.status;
  if (task.outdated !== undefined) set.outdated = task.outdated ? 1 : 0;
  if (task.priority !== undefined) set.priority = task.priority;
  if (task.dueOn !== undefined) set.due_on = task.dueOn;
  if (task.notes !== undefined) set.notes = task.notes;
  if (task.assigneeId !== undefined) set.assignee_id = task.assigneeId;
  if (task.targetArticleId !== undefined) set.target_article_id = task.targetArticleId;
  if (task.sourceRevision !== undefined) set.source_revision = task.sourceRevision;
  if (task.workingCopy !== undefined) {
    set.working_copy = task.workingCopy ? JSON.stringify(task.workingCopy) : null;
  }
  if (task.doneBlocks !== undefined) set.done_blocks = JSON.stringify(task.doneBlocks);
  if (task.machineBlocks !== undefined) set.machine_blocks = JSON.stringify(task.machineBlocks);
  if (task.updatedAt !== undefined) set.updated_at = task.updatedAt;
  if (task.publishedAt !== undefined) set.published_at = task.publishedAt;
  return set;
}

/** Reads and writes translation tasks, their history and their review comments. */
export class TaskRepository {
  constructor(private readonly db: Executor) {}

  async insert(task: TranslationTask): Promise<void> {
    await this.db
      .insertInto('translation_tasks')
      .values({
        id: task.id,
        story_id: task.storyId,
        source_article_id: task.sourceArticleId,
        source_site_id: task.sourceSiteId,
        target_site_id: task.targetSiteId,
        target_language: task.targetLanguage,
        status: task.status,
        outdated: task.outdated ? 1 : 0,
        priority: task.priority,
        due_on: task.dueOn,
        notes: task.notes,
        assignee_id: task.assigneeId,
        requested_by: task.requestedBy,
        subscription_id: task.subscriptionId,
        joint_statement_id: task.jointStatementId,
        target_article_id: task.targetArticleId,
        source_revision: task.sourceRevision,
        working_copy: task.workingCopy ? JSON.stringify(task.workingCopy) : null,
        done_blocks: JSON.stringify(task.doneBlocks),
        machine_blocks: JSON.stringify(task.machineBlocks),
        created_at: task.createdAt,
        updated_at: task.updatedAt,
        published_at: task.publishedAt,
      })
      .execute();
  }

  async find(id: string): Promise<TranslationTask | undefined> {
    const row = await this.db
      .selectFrom('translation_tasks')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toTask(row);
  }

  async findByTargetArticle(articleId: string): Promise<TranslationTask | undefined> {
    const row = await this.db
      .selectFrom('translation_tasks')
      .selectAll()
      .where('target_article_id', '=', articleId)
      .executeTakeFirst();
    return row && toTask(row);
  }

  /** Tasks of a source article in any of `statuses`. */
  async ofSource(articleId: string, statuses: TaskStatus[]): Promise<TranslationTask[]> {
    const rows = await this.db
      .selectFrom('translation_tasks')
      .selectAll()
      .where('source_article_id', '=', articleId)
      .where('status', 'in', statuses)
      .orderBy('created_at')
      .execute();
    return rows.map(toTask);
  }

  async ofJointStatement(statementId: string): Promise<TranslationTask[]> {
    const rows = await this.db
      .selectFrom('translation_tasks')
      .selectAll()
      .where('joint_statement_id', '=', statementId)
      .orderBy('created_at')
      .execute();
    return rows.map(toTask);
  }

  /** Any task for the story and target, declined ones included (a subscription asks once). */
  async anyFor(storyId: string, siteId: string, language: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('translation_tasks')
      .select('id')
      .where('story_id', '=', storyId)
      .where('target_site_id', '=', siteId)
      .where('target_language', '=', language)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The live (not declined) task for the story and target, if any. */
  async liveFor(
    storyId: string,
    siteId: string,
    language: string,
  ): Promise<TranslationTask | undefined> {
    const row = await this.db
      .selectFrom('translation_tasks')
      .selectAll()
      .where('story_id', '=', storyId)
      .where('target_site_id', '=', siteId)
      .where('target_language', '=', language)
      .where('status', '<>', 'declined')
      .executeTakeFirst();
    return row && toTask(row);
  }

  /**
   * Changes a task if it is still in status `from`: the guard that lets exactly one of two
   * racing steps through. False when someone changed its status first.
   */
  async updateIf(
    id: string,
    from: TaskStatus,
    changes: Partial<TranslationTask>,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('translation_tasks')
      .set(taskColumns(changes))
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Changes a task's fields whatever its status (the caller holds it through a step). */
  async update(id: string, changes: Partial<TranslationTask>): Promise<void> {
    await this.db
      .updateTable('translation_tasks')
      .set(taskColumns(changes))
      .where('id', '=', id)
      .execute();
  }

  /** Flags a task outdated unless it already is; false when it was. */
  async flagOutdated(id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('translation_tasks')
      .set({ outdated: 1, updated_at: now })
      .where('id', '=', id)
      .where('outdated', '=', 0)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async addHistory(entry: HistoryEntry): Promise<void> {
    await this.db
      .insertInto('translation_task_history')
      .values({
        id: entry.id,
        task_id: entry.taskId,
        kind: entry.kind,
        actor_id: entry.actorId,
        note: entry.note,
        data: JSON.stringify(entry.data),
        created_at: entry.createdAt,
      })
      .execute();
  }

  async history(taskId: string): Promise<HistoryEntry[]> {
    const rows = await this.db
      .selectFrom('translation_task_history')
      .selectAll()
      .where('task_id', '=', taskId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      taskId: row.task_id,
      kind: row.kind as HistoryKind,
      actorId: row.actor_id,
      note: row.note,
      data: JSON.parse(row.data) as Record<string, unknown>,
      createdAt: row.created_at,
    }));
  }

  /** The users who handed the translation in for review, first to last. */
  async submitters(taskId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('translation_task_history')
      .select('actor_id')
      .where('task_id', '=', taskId)
      .where('kind', '=', 'submitted')
      .orderBy('created_at')
      .execute();
    return [...new Set(rows.map((row) => row.actor_id).filter((id): id is string => !!id))];
  }

  async addComment(comment: TaskComment): Promise<void> {
    await this.db
      .insertInto('translation_comments')
      .values({
        id: comment.id,
        task_id: comment.taskId,
        block_id: comment.blockId,
        body: comment.body,
        author_id: comment.authorId,
        created_at: comment.createdAt,
        resolved_at: comment.resolvedAt,
        resolved_by: comment.resolvedBy,
      })
      .execute();
  }

  async comments(taskId: string): Promise<TaskComment[]> {
    const rows = await this.db
      .selectFrom('translation_comments')
      .selectAll()
      .where('task_id', '=', taskId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toComment);
  }

  /** Marks a comment resolved unless it is; the comment as it is now, or undefined. */
  async resolveComment(
    taskId: string,
    commentId: string,
    by: string | null,
    now: string,
  ): Promise<TaskComment | undefined> {
    await this.db
      .updateTable('translation_comments')
      .set({ resolved_at: now, resolved_by: by })
      .where('id', '=', commentId)
      .where('task_id', '=', taskId)
      .where('resolved_at', 'is', null)
      .execute();
    const row = await this.db
      .selectFrom('translation_comments')
      .selectAll()
      .where('id', '=', commentId)
      .where('task_id', '=', taskId)
      .executeTakeFirst();
    return row && toComment(row);
  }
}

function toComment(row: Selectable<TranslationCommentsTable>): TaskComment {
  return {
    id: row.id,
    taskId: row.task_id,
    blockId: row.block_id,
    body: row.body,
    authorId: row.author_id,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
  };
}
