import type { Selectable } from 'kysely';
import type { ArticleService } from '../../articles/article.service.ts';
import { type Clock, toTimestamp } from '../../core/clock.ts';
import type { EventBus } from '../../core/events.ts';
import { newId } from '../../core/ids.ts';
import type { Logger } from '../../core/logger.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { type FieldIssue, fieldIssues, issue } from '../../core/validation.ts';
import type { Db } from '../../db/database.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import type { SiteService } from '../../sites/site.service.ts';
import type { JointStatementsTable } from '../desk/desk.table.ts';
import { abort, articleOrAbort, type DeskProblem, type DeskWriter } from '../desk/desk-writer.ts';
import { publishTranslation, unreviewedBlocks } from '../desk/publishing.ts';
import { openTask, type TaskOpening, type TaskRequests } from '../desk/task-requests.ts';
import { takeStep } from '../desk/task-steps.ts';
import '../translation.events.ts';
import {
  type JointStatement,
  type JointStatementInput,
  jointStatementInputSchema,
  type StatementStatus,
} from './joint-statement.ts';

/** A statement as its screen shows it. */
export interface StatementDetail extends JointStatement {
  source: {
    articleId: string;
    siteId: string;
    language: string;
    headline: string;
    status: string;
  } | null;
  editions: {
    siteId: string;
    language: string;
    taskId: string;
    status: string;
    /** Approved: it goes out with the statement. */
    ready: boolean;
    articleId: string | null;
  }[];
  readyCount: number;
}

function toStatement(row: Selectable<JointStatementsTable>): JointStatement {
  return {
    id: row.id,
    sourceArticleId: row.source_article_id,
    storyId: row.story_id,
    status: row.status as StatementStatus,
    publishAt: row.publish_at,
    publishedAt: row.published_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Joint statements: prepared on every chosen edition at once, published on all of them at the
 * same moment (one write, one clock reading) — when the last translation is approved, at a set
 * time (a stored job, so a restart does not lose it, and it fires once), or when someone says so.
 */
export class JointStatementService {
  constructor(
    private readonly db: Db,
    private readonly writer: DeskWriter,
    private readonly requests: TaskRequests,
    private readonly articles: ArticleService,
    private readonly sites: SiteService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Publishes statements whose last translation was approved, and at their set times. */
  subscribe(events: EventBus): void {
    events.on('translation.task.changed', async ({ task, kind }) => {
      if (kind === 'approved' && task.jointStatementId) {
        await this.publishWhenAllApproved(task.jointStatementId);
      }
    });
    this.jobs.handle('joint-statement.publish', async ({ payload }) => {
      const statement = await this.find(payload.statementId);
      // Rescheduled, unscheduled or published since: this job's time is not the statement's.
      if (statement?.status !== 'scheduled' || statement.publishAt !== payload.publishAt) return;
      const published = await this.publish(statement.id, null, new Date(payload.publishAt));
      if (!published.ok && published.error.type !== 'invalid-state') {
        throw new Error(`joint statement ${statement.id} could not be published`);
      }
    });
  }

  async find(id: string): Promise<JointStatement | undefined> {
    const row = await this.db
      .selectFrom('joint_statements')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toStatement(row);
  }

  /** A statement with where each edition stands: ready (approved) or not yet, or published. */
  async detail(id: string): Promise<StatementDetail | undefined> {
    const statement = await this.find(id);
    if (!statement) return undefined;
    const source = await this.articles.repository.findById(statement.sourceArticleId);
    const tasks = await this.writer.read((repository) => repository.ofJointStatement(id));
    const editions = tasks.map((task) => ({
      siteId: task.targetSiteId,
      language: task.targetLanguage,
      taskId: task.id,
      status: task.status,
      ready: task.status === 'approved',
      articleId: task.targetArticleId,
    }));
    return {
      ...statement,
      source: source
        ? {
            articleId: source.id,
            siteId: source.siteId,
            language: source.language,
            headline: source.headline,
            status: source.status,
          }
        : null,
      editions,
      readyCount: editions.filter((edition) => edition.ready).length,
    };
  }

  /** Prepares a statement: its source (unpublished) and a task for every other edition. */
  async create(
    input: JointStatementInput,
    actor: { userId: string | null },
  ): Promise<Result<JointStatement, DeskProblem>> {
    const parsed = jointStatementInputSchema.safeParse(input);
    if (!parsed.success) return err({ type: 'invalid', issues: fieldIssues(parsed.error) });
    const data = parsed.data;
    const now = this.clock.now();
    const issues: FieldIssue[] = [];
    const source = await this.articles.repository.findById(data.sourceArticleId);
    if (!source || source.deletedAt) issues.push(issue('sourceArticleId', 'issue.notArticle'));
    else if (source.status !== 'draft' && source.status !== 'pending') {
      issues.push(issue('sourceArticleId', 'issue.notDraft'));
    }
    if (data.publishAt && Date.parse(data.publishAt) <= now.getTime()) {
      issues.push(issue('publishAt', 'issue.notInFuture'));
    }
    if (data.dueOn && data.dueOn < toTimestamp(now).slice(0, 10)) {
      issues.push(issue('dueOn', 'issue.inPast'));
    }
    const openings: TaskOpening[] = [];
    const seen = new Set<string>();
    for (const [index, target] of data.targets.entries()) {
      const site = await this.sites.findById(target.siteId);
      if (!site) {
        issues.push(issue(`targets.${index}.siteId`, 'issue.unknownEdition'));
        continue;
      }
      const language = target.language ?? site.language;
      if (seen.has(`${site.id}:${language}`)) {
        issues.push(issue(`targets.${index}.siteId`, 'issue.duplicate'));
        continue;
      }
      seen.add(`${site.id}:${language}`);
      if (!source) continue;
      const opening: TaskOpening = {
        source,
        targetSite: site,
        targetLanguage: language,
        priority: data.priority,
        dueOn: data.dueOn,
        notes: data.notes,
        requestedBy: actor.userId,
        subscriptionId: null,
        jointStatementId: null,
      };
      for (const found of await this.requests.openingIssues(opening)) {
        const field = found.path === 'targetLanguage' ? 'language' : 'siteId';
        issues.push({ ...found, path: `targets.${index}.${field}` });
      }
      openings.push(opening);
    }
    if (issues.length || !source) return err({ type: 'invalid', issues });

    const statement: JointStatement = {
      id: newId(),
      sourceArticleId: source.id,
      storyId: source.storyId,
      status: data.publishAt ? 'scheduled' : 'preparing',
      publishAt: data.publishAt ? toTimestamp(new Date(data.publishAt)) : null,
      publishedAt: null,
      createdBy: actor.userId,
      createdAt: toTimestamp(now),
      updatedAt: toTimestamp(now),
    };
    const created = await this.writer.run(async (write) => {
      await write.trx
        .insertInto('joint_statements')
        .values({
          id: statement.id,
          source_article_id: statement.sourceArticleId,
          story_id: statement.storyId,
          status: statement.status,
          publish_at: statement.publishAt,
          published_at: null,
          created_by: statement.createdBy,
          created_at: statement.createdAt,
          updated_at: statement.updatedAt,
        })
        .execute();
      for (const opening of openings) {
        await openTask(write, { ...opening, jointStatementId: statement.id });
      }
      return statement;
    });
    if (created.ok && statement.publishAt) await this.enqueue(statement.id, statement.publishAt);
    return created;
  }

  /** Sets (or clears, with null) the time a statement publishes itself. */
  async schedule(id: string, at: string | null): Promise<Result<JointStatement, DeskProblem>> {
    const current = await this.find(id);
    if (!current) return err({ type: 'not-found', what: 'statement' });
    if (current.status === 'published') return err({ type: 'invalid-state', status: 'published' });
    const now = this.clock.now();
    if (at && Date.parse(at) <= now.getTime()) {
      return err({ type: 'invalid', issues: [issue('publishAt', 'issue.notInFuture')] });
    }
    const publishAt = at ? toTimestamp(new Date(at)) : null;
    const status: StatementStatus = publishAt ? 'scheduled' : 'preparing';
    const result = await this.db
      .updateTable('joint_statements')
      .set({ publish_at: publishAt, status, updated_at: toTimestamp(now) })
      .where('id', '=', id)
      .where('status', '<>', 'published')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1)
      return err({ type: 'invalid-state', status: 'published' });
    if (publishAt) await this.enqueue(id, publishAt);
    else await this.publishWhenAllApproved(id);
    return ok({ ...current, publishAt, status, updatedAt: toTimestamp(now) });
  }

  /**
   * Publishes the statement now on every edition whose translation is approved, and its source,
   * all with the same publication time, in one write. Translations not ready follow later on
   * their own. Of two attempts at once, one publishes.
   */
  async publish(
    id: string,
    actorId: string | null,
    at?: Date,
  ): Promise<Result<{ statement: JointStatement; published: string[] }, DeskProblem>> {
    return this.writer.run(
      async (write) => {
        const row = await write.trx
          .selectFrom('joint_statements')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst();
        if (!row) return abort({ type: 'not-found', what: 'statement' });
        const claimed = await write.trx
          .updateTable('joint_statements')
          .set({ status: 'published', published_at: write.now, updated_at: write.now })
          .where('id', '=', id)
          .where('status', '=', row.status)
          .where('status', '<>', 'published')
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1)
          abort({ type: 'invalid-state', status: 'published' });
        let source = await write.articles.repository.findById(row.source_article_id);
        if (!source || source.deletedAt) return abort({ type: 'not-found', what: 'article' });
        if (source.status !== 'published') {
          source = articleOrAbort(
            await write.articles.publishArticle(source.id, { userId: actorId }),
          );
        }
        const published: string[] = [source.id];
        for (const task of await write.tasks.ofJointStatement(id)) {
          if (task.status !== 'approved' || !task.targetArticleId) continue;
          // A translation still waiting for a person to review its machine draft is not ready.
          const target = await write.articles.repository.findById(task.targetArticleId);
          if (!target || unreviewedBlocks(task, target).length) continue;
          const { before } = await takeStep(write, task.id, 'publish');
          const done = await publishTranslation(write, before, source, actorId);
          published.push(done.article.id);
        }
        const statement = {
          ...toStatement(row),
          status: 'published' as const,
          publishedAt: write.now,
        };
        return { statement, published };
      },
      at ? { at } : {},
    );
  }

  /** A statement without a set time publishes once every translation (not declined) is approved. */
  private async publishWhenAllApproved(id: string): Promise<void> {
    const statement = await this.find(id);
    if (statement?.status !== 'preparing') return;
    const tasks = await this.writer.read((repository) => repository.ofJointStatement(id));
    const live = tasks.filter((task) => task.status !== 'declined');
    if (live.length === 0 || live.some((task) => task.status !== 'approved')) return;
    const result = await this.publish(id, null);
    if (!result.ok && result.error.type !== 'invalid-state') {
      this.logger.warn('a joint statement could not be published', { statement: id });
    }
  }

  private async enqueue(statementId: string, publishAt: string): Promise<void> {
    await this.jobs.enqueue(
      'joint-statement.publish',
      { statementId, publishAt },
      {
        runAt: new Date(publishAt),
        dedupeKey: `joint-statement.publish:${statementId}:${publishAt}`,
      },
    );
  }
}
