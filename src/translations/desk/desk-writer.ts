import type { Transaction } from 'kysely';
import type { ArticleProblem } from '../../articles/article.service.ts';
import { ArticleService } from '../../articles/article.service.ts';
import { type Clock, FixedClock, toTimestamp } from '../../core/clock.ts';
import type { EventBus } from '../../core/events.ts';
import { newId } from '../../core/ids.ts';
import type { Logger } from '../../core/logger.ts';
import { PendingEvents } from '../../core/pending-events.ts';
import { err, ok, type Result } from '../../core/result.ts';
import type { InvalidInput } from '../../core/validation.ts';
import type { Database, Db } from '../../db/database.ts';
import { SiteService } from '../../sites/site.service.ts';
import '../translation.events.ts';
import { TaskRepository } from './task.repository.ts';
import type { HistoryKind, TaskStatus, TranslationTask } from './translation-task.ts';

/** The expected failures of the translation desk. */
export type DeskProblem =
  | InvalidInput
  | {
      type: 'not-found';
      what: 'task' | 'article' | 'site' | 'comment' | 'user' | 'subscription' | 'statement';
    }
  | { type: 'invalid-state'; status: TaskStatus | string }
  /** Someone else holds the task. */
  | { type: 'claimed'; assigneeId: string | null }
  /** Someone saved the translation since the revision the save started from. */
  | { type: 'conflict'; currentRevision: number }
  /** Blocks drafted by machine translation that no person has reviewed. */
  | { type: 'machine-drafted'; blockIds: string[] }
  /** The translation's article refused a write (a taken slug, a bad field…). */
  | { type: 'article'; problem: ArticleProblem };

/** Thrown inside a desk transaction to roll it back and answer with an expected failure. */
class Abort extends Error {
  constructor(readonly problem: DeskProblem) {
    super(problem.type);
  }
}

/** Rolls the desk transaction back with `problem` as the answer. */
export function abort(problem: DeskProblem): never {
  throw new Abort(problem);
}

/** The value of an article service result, or a rollback with its problem. */
export function articleOrAbort<T>(result: Result<T, ArticleProblem>): T {
  if (result.ok) return result.value;
  return abort({ type: 'article', problem: result.error });
}

/** What a desk write works with: one transaction, and services bound to it. */
export interface DeskWrite {
  trx: Transaction<Database>;
  tasks: TaskRepository;
  /** Writes articles inside this transaction; their events wait for the commit. */
  articles: ArticleService;
  events: PendingEvents;
  /** This write's moment (the same for everything it publishes). */
  now: string;
  /** Records a step in the task's history and announces it once the write commits. */
  record(
    task: TranslationTask,
    kind: HistoryKind,
    actorId: string | null,
    note?: string,
    data?: Record<string, unknown>,
  ): Promise<void>;
}

/**
 * Runs the desk's writes: each in one transaction, with the article service bound to it so a
 * task and its article change together or not at all (see adr/0014). Events emitted during the
 * write are held and emitted after the commit; a rolled-back write emits nothing.
 */
export class DeskWriter {
  constructor(
    private readonly db: Db,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** A read outside any write, with the same repository. */
  read<T>(work: (tasks: TaskRepository) => Promise<T>): Promise<T> {
    return work(new TaskRepository(this.db));
  }

  async run<T>(
    work: (write: DeskWrite) => Promise<T>,
    options: { at?: Date } = {},
  ): Promise<Result<T, DeskProblem>> {
    const pending = new PendingEvents(this.logger);
    // Everything published by one write carries the same moment.
    const moment = options.at ?? this.clock.now();
    const clock = new FixedClock(moment);
    const now = toTimestamp(moment);
    let value: T;
    try {
      value = await this.db.transaction().execute(async (trx) => {
        const tasks = new TaskRepository(trx);
        const sites = new SiteService(trx, pending, clock);
        const write: DeskWrite = {
          trx,
          tasks,
          articles: new ArticleService(trx, sites, pending, clock),
          events: pending,
          now,
          record: async (task, kind, actorId, note = '', data = {}) => {
            await tasks.addHistory({
              id: newId(),
              taskId: task.id,
              kind,
              actorId,
              note,
              data,
              createdAt: now,
            });
            await pending.emit('translation.task.changed', { task, kind, actorId, note });
          },
        };
        return work(write);
      });
    } catch (error) {
      if (error instanceof Abort) return err(error.problem);
      throw error;
    }
    await pending.replayOn(this.events);
    return ok(value);
  }
}
