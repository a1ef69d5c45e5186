import type { ExpressionBuilder } from 'kysely';
import { type Clock, toTimestamp } from '../core/clock.ts';
import { errorMessage } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import type { Logger } from '../core/logger.ts';
import type { Database, Db, SqlDialect } from '../db/database.ts';
import { skippingLockedRows } from '../db/dialect.ts';
import { retryDelayMs } from './backoff.ts';
import type { JobsTable } from './job.table.ts';
import {
  type EnqueueOptions,
  JOB_STATUSES,
  type Job,
  type JobHandler,
  type JobHooks,
  type JobQueue,
  type JobRecord,
  type JobStatus,
  type TribuneJobs,
} from './job-queue.ts';

export interface DatabaseJobQueueOptions {
  /** How long a claim lasts: a job whose worker is silent that long is tried again. */
  leaseMs?: number;
  /** How often the loop looks for jobs that other processes enqueued or that fell due. */
  pollMs?: number;
  /** Jobs this worker runs at once (a slow webhook receiver must not hold up the rest). */
  concurrency?: number;
  /** Tries of a job unless its enqueue says otherwise. */
  maxAttempts?: number;
  /** In [0, 1), for the retry delays' jitter; tests fix it. */
  random?: () => number;
}

/** Finished jobs are kept this long (their dedupe keys with them), failed ones longer. */
const KEEP_DONE_MS = 7 * 24 * 3600_000;
const KEEP_FAILED_MS = 30 * 24 * 3600_000;
const PRUNE_EVERY_MS = 3600_000;

type Row = JobsTable;
interface Registered {
  run: JobHandler<unknown>;
  hooks: JobHooks<unknown>;
}

/** Due: queued and its time has come, or claimed by a worker whose claim has expired. */
function due(now: string) {
  return (eb: ExpressionBuilder<Database, 'jobs'>) =>
    eb.or([
      eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
      eb.and([eb('status', '=', 'running'), eb('locked_until', '<=', now)]),
    ]);
}

function recordOf(row: Row): JobRecord {
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    status: row.status as JobStatus,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/**
 * The job queue kept in our own database (table `jobs`), on SQLite and PostgreSQL alike. A
 * claim is one atomic UPDATE that marks the next due job running with a lease and a random
 * token; finishing, rescheduling and giving up only apply while that token still holds the
 * job, so a worker that lost its claim (lease expired, job taken over) changes nothing.
 */
export class DatabaseJobQueue<Jobs extends object = TribuneJobs> implements JobQueue<Jobs> {
  private readonly handlers = new Map<string, Registered>();
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly concurrency: number;
  private readonly maxAttempts: number;
  private readonly random: () => number;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private closing = false;
  private draining: Promise<number> | null = null;
  private ticking: Promise<void> | null = null;
  /** Set when asked to run while already running: look once more before resting. */
  private again = false;
  private lastPrune = 0;

  constructor(
    private readonly db: Db,
    private readonly dialect: SqlDialect,
    private readonly clock: Clock,
    private readonly logger: Logger,
    options: DatabaseJobQueueOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.pollMs = options.pollMs ?? 2_000;
    this.concurrency = options.concurrency ?? 4;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.random = options.random ?? Math.random;
  }

  async enqueue<K extends keyof Jobs & string>(
    kind: K,
    payload: Jobs[K],
    options: EnqueueOptions = {},
  ): Promise<{ id: string; created: boolean }> {
    const now = toTimestamp(this.clock.now());
    const runAt = options.runAt ? toTimestamp(options.runAt) : now;
    const inserted = await this.db
      .insertInto('jobs')
      .values({
        id: newId(),
        kind,
        payload: JSON.stringify(payload),
        status: 'queued',
        attempts: 0,
        max_attempts: Math.max(1, options.maxAttempts ?? this.maxAttempts),
        run_at: runAt,
        locked_until: null,
        locked_by: null,
        dedupe_key: options.dedupeKey ?? null,
        last_error: null,
        created_at: now,
        updated_at: now,
        finished_at: null,
      })
      .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      const existing = await this.db
        .selectFrom('jobs')
        .select('id')
        .where('dedupe_key', '=', options.dedupeKey ?? '')
        .executeTakeFirstOrThrow();
      return { id: existing.id, created: false };
    }
    if (runAt <= now) this.wake(0);
    return { id: inserted.id, created: true };
  }

  handle<K extends keyof Jobs & string>(
    kind: K,
    handler: JobHandler<Jobs[K]>,
    hooks: JobHooks<Jobs[K]> = {},
  ): void {
    this.handlers.set(kind, {
      run: handler as JobHandler<unknown>,
      hooks: hooks as JobHooks<unknown>,
    });
  }

  runDue(): Promise<number> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.wake(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.closing = true;
    try {
      await this.ticking;
      await this.draining;
    } finally {
      this.closing = false;
    }
  }

  async find(id: string): Promise<JobRecord | undefined> {
    const row = await this.db
      .selectFrom('jobs')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? recordOf(row) : undefined;
  }

  async counts(): Promise<Record<JobStatus, number>> {
    const rows = await this.db
      .selectFrom('jobs')
      .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
      .groupBy('status')
      .execute();
    const counts = Object.fromEntries(JOB_STATUSES.map((status) => [status, 0])) as Record<
      JobStatus,
      number
    >;
    for (const row of rows) counts[row.status as JobStatus] = Number(row.count);
    return counts;
  }

  /** Deletes jobs finished long ago; returns how many. */
  async prune(): Promise<number> {
    const now = this.clock.now().getTime();
    const result = await this.db
      .deleteFrom('jobs')
      .where((eb) =>
        eb.or([
          eb.and([
            eb('status', '=', 'done'),
            eb('finished_at', '<', toTimestamp(new Date(now - KEEP_DONE_MS))),
          ]),
          eb.and([
            eb('status', '=', 'failed'),
            eb('finished_at', '<', toTimestamp(new Date(now - KEEP_FAILED_MS))),
          ]),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private async drain(): Promise<number> {
    const kinds = [...this.handlers.keys()];
    let ran = 0;
    while (kinds.length && !this.closing) {
      const claimed: { row: Row; token: string }[] = [];
      while (claimed.length < this.concurrency) {
        const found = await this.claim(kinds);
        if (!found) break;
        if (found.row.attempts > found.row.max_attempts) {
          // Its worker died during the last try: that try counts, and there is no other.
          await this.giveUp(found.row, found.token, 'its worker stopped during the last try');
          continue;
        }
        claimed.push(found);
      }
      if (claimed.length === 0) {
        if (!this.again) break;
        this.again = false;
        continue;
      }
      await Promise.all(claimed.map(({ row, token }) => this.run(row, token)));
      ran += claimed.length;
    }
    return ran;
  }

  /** Takes the next due job for this worker, atomically, or finds none. */
  private async claim(kinds: string[]): Promise<{ row: Row; token: string } | undefined> {
    const now = this.clock.now();
    const stamp = toTimestamp(now);
    const token = newId();
    const next = skippingLockedRows(
      this.db
        .selectFrom('jobs')
        .select('id')
        .where('kind', 'in', kinds)
        .where(due(stamp))
        .orderBy('run_at')
        .orderBy('id')
        .limit(1),
      this.dialect,
    );
    const row = await this.db
      .updateTable('jobs')
      .set((eb) => ({
        status: 'running',
        attempts: eb('attempts', '+', 1),
        locked_until: toTimestamp(new Date(now.getTime() + this.leaseMs)),
        locked_by: token,
        updated_at: stamp,
      }))
      .where('id', '=', next)
      // Checked again on the row itself: what the inner select saw may have changed.
      .where(due(stamp))
      .returningAll()
      .executeTakeFirst();
    return row ? { row, token } : undefined;
  }

  private async run(row: Row, token: string): Promise<void> {
    const registered = this.handlers.get(row.kind);
    if (!registered) return;
    const job: Job<unknown> = {
      id: row.id,
      kind: row.kind,
      payload: JSON.parse(row.payload) as unknown,
      attempt: row.attempts,
      maxAttempts: row.max_attempts,
      createdAt: row.created_at,
    };
    let failure: string | null = null;
    try {
      await registered.run(job);
    } catch (error) {
      failure = errorMessage(error).slice(0, 2000) || 'failed';
    }
    try {
      if (failure === null) await this.settle(row.id, token, { status: 'done', last_error: null });
      else if (row.attempts >= row.max_attempts) await this.giveUp(row, token, failure);
      else {
        const delay = retryDelayMs(row.attempts, this.random);
        const runAt = toTimestamp(new Date(this.clock.now().getTime() + delay));
        this.logger.warn('job failed, will retry', {
          kind: row.kind,
          job: row.id,
          attempt: row.attempts,
          runAt,
          error: failure,
        });
        await this.settle(row.id, token, { status: 'queued', run_at: runAt, last_error: failure });
      }
    } catch (error) {
      // The claim expires and the job is tried again: at least once, never lost.
      this.logger.error('could not record the outcome of a job', { job: row.id, error });
    }
  }

  private async giveUp(row: Row, token: string, reason: string): Promise<void> {
    const settled = await this.settle(row.id, token, { status: 'failed', last_error: reason });
    if (!settled) return;
    this.logger.error('job gave up after its last try', {
      kind: row.kind,
      job: row.id,
      attempts: row.attempts,
      error: reason,
    });
    const hook = this.handlers.get(row.kind)?.hooks.gaveUp;
    if (!hook) return;
    try {
      await hook(
        {
          id: row.id,
          kind: row.kind,
          payload: JSON.parse(row.payload) as unknown,
          attempt: row.attempts,
          maxAttempts: row.max_attempts,
          createdAt: row.created_at,
        },
        reason,
      );
    } catch (error) {
      this.logger.error('a job’s give-up hook failed', { job: row.id, error });
    }
  }

  /** Ends a claim, if this worker still holds it; false when another has taken the job over. */
  private async settle(
    id: string,
    token: string,
    change: { status: 'done' | 'failed' | 'queued'; run_at?: string; last_error?: string | null },
  ): Promise<boolean> {
    const now = toTimestamp(this.clock.now());
    const result = await this.db
      .updateTable('jobs')
      .set({
        ...change,
        locked_until: null,
        locked_by: null,
        updated_at: now,
        ...(change.status === 'queued' ? {} : { finished_at: now }),
      })
      .where('id', '=', id)
      .where('locked_by', '=', token)
      .executeTakeFirst();
    const settled = Number(result.numUpdatedRows) > 0;
    if (!settled) this.logger.warn('a job was taken over by another worker', { job: id });
    return settled;
  }

  private wake(delayMs: number): void {
    if (this.stopped) return;
    if (this.ticking && delayMs === 0) {
      // Running now: it looks once more before it rests.
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.ticking = this.tick().finally(() => {
        this.ticking = null;
      });
    }, delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      await this.runDue();
      if (this.clock.now().getTime() - this.lastPrune > PRUNE_EVERY_MS) {
        this.lastPrune = this.clock.now().getTime();
        await this.prune();
      }
    } catch (error) {
      this.logger.error('running background jobs failed', { error });
    }
    const soon = this.again;
    this.again = false;
    this.ticking = null;
    this.wake(soon ? 0 : this.pollMs);
  }
}
