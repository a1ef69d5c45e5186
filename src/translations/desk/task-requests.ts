import type { ArticleService } from '../../articles/article.service.ts';
import type { Article } from '../../articles/article.ts';
import '../../articles/article.events.ts';
import { type Clock, toTimestamp } from '../../core/clock.ts';
import type { EventBus } from '../../core/events.ts';
import { newId } from '../../core/ids.ts';
import type { Logger } from '../../core/logger.ts';
import { err, type Result } from '../../core/result.ts';
import { type FieldIssue, fieldIssues, issue } from '../../core/validation.ts';
import type { Db } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import type { SiteService } from '../../sites/site.service.ts';
import type { Site } from '../../sites/site.ts';
import type { SubscriptionService } from '../subscriptions/subscription.service.ts';
import { baseOf } from '../subscriptions/subscription.ts';
import { taskRef } from '../translation.events.ts';
import { versionExists } from './desk-reads.ts';
import { abort, type DeskProblem, type DeskWriter } from './desk-writer.ts';
import { TaskRepository } from './task.repository.ts';
import {
  type Priority,
  type RequestTranslationInput,
  requestTranslationSchema,
  type TranslationTask,
} from './translation-task.ts';

/** What opens a task: who asked (or which subscription, or which joint statement). */
export interface TaskOpening {
  source: Article;
  targetSite: Site;
  targetLanguage: string;
  priority: Priority;
  dueOn: string | null;
  notes: string;
  requestedBy: string | null;
  subscriptionId: string | null;
  jointStatementId: string | null;
}

/**
 * Opening translation tasks: by hand (any editor, any published article, any edition), and
 * automatically when a sister edition first publishes an original that an edition subscribes
 * to — once per story and target, never when the target already has a version.
 */
export class TaskRequests {
  constructor(
    private readonly db: Db,
    private readonly writer: DeskWriter,
    private readonly articles: ArticleService,
    private readonly sites: SiteService,
    private readonly subscriptions: SubscriptionService,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Subscribes the automatic requests to the articles' events. */
  subscribe(events: EventBus): void {
    events.on('article.published', ({ article }) => this.openForSubscribers(article));
  }

  /** Asks for a translation of a published article into an edition (and language). */
  async requestTranslation(
    input: RequestTranslationInput,
    actor: { userId: string | null },
  ): Promise<Result<TranslationTask, DeskProblem>> {
    const parsed = requestTranslationSchema.safeParse(input);
    if (!parsed.success) return err({ type: 'invalid', issues: fieldIssues(parsed.error) });
    const data = parsed.data;
    const issues: FieldIssue[] = [];
    const source = await this.articles.repository.findById(data.sourceArticleId);
    if (!source || source.deletedAt) issues.push(issue('sourceArticleId', 'issue.notArticle'));
    else if (source.status !== 'published') {
      issues.push(issue('sourceArticleId', 'issue.notPublished'));
    }
    const targetSite = await this.sites.findById(data.targetSiteId);
    if (!targetSite) issues.push(issue('targetSiteId', 'issue.unknownEdition'));
    if (data.dueOn && data.dueOn < toTimestamp(this.clock.now()).slice(0, 10)) {
      issues.push(issue('dueOn', 'issue.inPast'));
    }
    if (issues.length || !source || !targetSite) return err({ type: 'invalid', issues });
    return this.open({
      source,
      targetSite,
      targetLanguage: data.targetLanguage ?? targetSite.language,
      priority: data.priority,
      dueOn: data.dueOn,
      notes: data.notes,
      requestedBy: actor.userId,
      subscriptionId: null,
      jointStatementId: null,
    });
  }

  /** Why a task for this story and target cannot open, if it cannot. */
  async openingIssues(opening: Omit<TaskOpening, 'priority' | 'dueOn' | 'notes'>) {
    const { source, targetSite, targetLanguage } = opening;
    if (baseOf(targetLanguage) === baseOf(source.language)) {
      return [issue('targetLanguage', 'issue.sameLanguage')];
    }
    const live = await new TaskRepository(this.db).liveFor(
      source.storyId,
      targetSite.id,
      targetLanguage,
    );
    if (live) return [issue('targetSiteId', 'issue.taskExists', { id: live.id })];
    if (await versionExists(this.db, source.storyId, targetSite.id, targetLanguage)) {
      return [issue('targetSiteId', 'issue.versionExists')];
    }
    return [];
  }

  /** Opens one task in its own write, announcing it once committed. */
  async open(opening: TaskOpening): Promise<Result<TranslationTask, DeskProblem>> {
    const issues = await this.openingIssues(opening);
    if (issues.length) return err({ type: 'invalid', issues });
    try {
      return await this.writer.run((write) => openTask(write, opening));
    } catch (error) {
      // Two requests for the same story and target at once: the unique index lets one in.
      if (isUniqueViolation(error)) {
        return err({ type: 'invalid', issues: [issue('targetSiteId', 'issue.taskExists')] });
      }
      throw error;
    }
  }

  /** Opens a task on every edition whose subscription matches an original published for the first time. */
  private async openForSubscribers(article: Article): Promise<void> {
    if (article.origin.type !== 'original') return;
    const matching = await this.subscriptions.matching({
      siteId: article.siteId,
      language: article.language,
      sectionId: article.sectionId,
      networkWide: article.networkWide,
    });
    const tasks = new TaskRepository(this.db);
    for (const subscription of matching) {
      const targetSite = await this.sites.findById(subscription.siteId);
      if (!targetSite) continue;
      // Once per story and target, declined ones included: a re-publication asks nobody again.
      if (await tasks.anyFor(article.storyId, targetSite.id, subscription.targetLanguage)) continue;
      const opened = await this.open({
        source: article,
        targetSite,
        targetLanguage: subscription.targetLanguage,
        priority: subscription.priority,
        dueOn: null,
        notes: '',
        requestedBy: null,
        subscriptionId: subscription.id,
        jointStatementId: null,
      });
      if (!opened.ok && opened.error.type !== 'invalid') {
        this.logger.warn('a subscription could not open a translation task', {
          subscription: subscription.id,
          article: article.id,
        });
      }
    }
  }
}

/** Inserts an open task with its first history entry, inside a desk write. */
export async function openTask(
  write: Parameters<Parameters<DeskWriter['run']>[0]>[0],
  opening: TaskOpening,
): Promise<TranslationTask> {
  const task: TranslationTask = {
    id: newId(),
    storyId: opening.source.storyId,
    sourceArticleId: opening.source.id,
    sourceSiteId: opening.source.siteId,
    targetSiteId: opening.targetSite.id,
    targetLanguage: opening.targetLanguage,
    status: 'open',
    outdated: false,
    priority: opening.priority,
    dueOn: opening.dueOn,
    notes: opening.notes,
    assigneeId: null,
    requestedBy: opening.requestedBy,
    subscriptionId: opening.subscriptionId,
    jointStatementId: opening.jointStatementId,
    targetArticleId: null,
    sourceRevision: null,
    workingCopy: null,
    doneBlocks: [],
    machineBlocks: [],
    createdAt: write.now,
    updatedAt: write.now,
    publishedAt: null,
  };
  if (baseOf(task.targetLanguage) === baseOf(opening.source.language)) {
    abort({ type: 'invalid', issues: [issue('targetLanguage', 'issue.sameLanguage')] });
  }
  await write.tasks.insert(task);
  const via = opening.subscriptionId
    ? { subscriptionId: opening.subscriptionId }
    : opening.jointStatementId
      ? { jointStatementId: opening.jointStatementId }
      : {};
  await write.record(task, 'requested', opening.requestedBy, opening.notes, via);
  await write.events.emit('translation.requested', {
    task: taskRef(task),
    sourceArticle: opening.source,
  });
  return task;
}
