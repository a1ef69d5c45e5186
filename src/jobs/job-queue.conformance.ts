import { afterEach, expect, it } from 'vitest';
import { type Clock, FixedClock } from '../core/clock.ts';
import type { JobQueue } from './job-queue.ts';

/** The jobs the suite enqueues. */
export interface TestJobs {
  'test.note': { n: number };
  'test.other': { n: number };
}

export interface QueueOptions {
  clock: Clock;
  /** In [0, 1) for the retry jitter; 0.5: exact doubling. */
  random?: () => number;
  leaseMs?: number;
  maxAttempts?: number;
}

/**
 * Where the suite's queues live: each `queue()` is another worker process on the same store
 * (its own connection, where the backend has connections); `close()` releases them all.
 */
export interface QueueSetup {
  queue(options: QueueOptions): Promise<JobQueue<TestJobs>>;
  close(): Promise<void>;
}

const START = new Date('2026-03-10T12:00:00.000Z');
const SECOND = 1000;

/** Resolves when `check` holds, polling; fails after two seconds. */
async function eventually(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let waited = 0; waited < 2000; waited += 10) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the condition never held');
}

/** What every JobQueue adapter must do. */
export function jobQueueConformance(open: () => Promise<QueueSetup>): void {
  let setup: QueueSetup | undefined;
  const started: JobQueue<TestJobs>[] = [];
  afterEach(async () => {
    for (const queue of started.splice(0)) await queue.stop();
    await setup?.close();
    setup = undefined;
  });

  async function queueOn(options: QueueOptions): Promise<JobQueue<TestJobs>> {
    setup ??= await open();
    const queue = await setup.queue({ random: () => 0.5, ...options });
    started.push(queue);
    return queue;
  }

  it('runs a job once, with its payload, and never again', async () => {
    const clock = new FixedClock(START);
    const queue = await queueOn({ clock });
    const seen: number[] = [];
    queue.handle('test.note', async (job) => {
      expect(job.attempt).toBe(1);
      seen.push(job.payload.n);
    });
    const { id, created } = await queue.enqueue('test.note', { n: 7 });
    expect(created).toBe(true);
    expect(await queue.runDue()).toBe(1);
    clock.advance(24 * 3600 * SECOND);
    expect(await queue.runDue()).toBe(0);
    expect(seen).toEqual([7]);
    expect(await queue.find(id)).toMatchObject({ status: 'done', attempts: 1, lastError: null });
    expect(await queue.counts()).toEqual({ queued: 0, running: 0, done: 1, failed: 0 });
  });

  it('waits for a job’s time, and leaves kinds it has no handler for', async () => {
    const clock = new FixedClock(START);
    const queue = await queueOn({ clock });
    const seen: number[] = [];
    queue.handle('test.note', async (job) => {
      seen.push(job.payload.n);
    });
    await queue.enqueue('test.note', { n: 1 }, { runAt: new Date(START.getTime() + 60 * SECOND) });
    const other = await queue.enqueue('test.other', { n: 2 });
    expect(await queue.runDue()).toBe(0);
    clock.advance(60 * SECOND);
    expect(await queue.runDue()).toBe(1);
    expect(seen).toEqual([1]);
    expect((await queue.find(other.id))?.status).toBe('queued');
  });

  it('stores a job with the same dedupe key once', async () => {
    const queue = await queueOn({ clock: new FixedClock(START) });
    let runs = 0;
    queue.handle('test.note', async () => {
      runs++;
    });
    const first = await queue.enqueue('test.note', { n: 1 }, { dedupeKey: 'event-1' });
    const second = await queue.enqueue('test.note', { n: 2 }, { dedupeKey: 'event-1' });
    expect(second).toEqual({ id: first.id, created: false });
    await queue.runDue();
    expect(await queue.enqueue('test.note', { n: 3 }, { dedupeKey: 'event-1' })).toEqual({
      id: first.id,
      created: false,
    });
    await queue.runDue();
    expect(runs).toBe(1);
  });

  it('retries a failing job after 30 s, then 60 s, then 120 s', async () => {
    const clock = new FixedClock(START);
    const queue = await queueOn({ clock });
    const tries: { attempt: number; at: number }[] = [];
    queue.handle('test.note', async (job) => {
      tries.push({ attempt: job.attempt, at: clock.now().getTime() - START.getTime() });
      if (job.attempt < 4) throw new Error(`receiver down (${job.attempt})`);
    });
    const { id } = await queue.enqueue('test.note', { n: 1 }, { maxAttempts: 5 });
    await queue.runDue();
    expect(await queue.find(id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: 'receiver down (1)',
      runAt: new Date(START.getTime() + 30 * SECOND).toISOString(),
    });
    for (const wait of [29, 1, 59, 1, 119, 1]) {
      clock.advance(wait * SECOND);
      await queue.runDue();
    }
    expect(tries).toEqual([
      { attempt: 1, at: 0 },
      { attempt: 2, at: 30 * SECOND },
      { attempt: 3, at: 90 * SECOND },
      { attempt: 4, at: 210 * SECOND },
    ]);
    expect(await queue.find(id)).toMatchObject({ status: 'done', attempts: 4, lastError: null });
  });

  it('gives a job up after its last try, says so once, and runs it no more', async () => {
    const clock = new FixedClock(START);
    const queue = await queueOn({ clock });
    let tries = 0;
    const gaveUp: { n: number; error: string }[] = [];
    queue.handle(
      'test.note',
      async () => {
        tries++;
        throw new Error('HTTP 500');
      },
      {
        gaveUp: async (job, error) => {
          gaveUp.push({ n: job.payload.n, error });
        },
      },
    );
    const { id } = await queue.enqueue('test.note', { n: 9 }, { maxAttempts: 3 });
    for (let step = 0; step < 10; step++) {
      await queue.runDue();
      clock.advance(3600 * SECOND);
    }
    expect(tries).toBe(3);
    expect(gaveUp).toEqual([{ n: 9, error: 'HTTP 500' }]);
    expect(await queue.find(id)).toMatchObject({
      status: 'failed',
      attempts: 3,
      lastError: 'HTTP 500',
    });
    expect((await queue.counts()).failed).toBe(1);
  });

  it('never lets two workers run the same job', async () => {
    const clock = new FixedClock(START);
    const workers = [await queueOn({ clock }), await queueOn({ clock }), await queueOn({ clock })];
    const runs = new Map<number, number>();
    for (const worker of workers) {
      worker.handle('test.note', async (job) => {
        runs.set(job.payload.n, (runs.get(job.payload.n) ?? 0) + 1);
        // Yield, so the workers' claims interleave.
        await new Promise((resolve) => setTimeout(resolve, 1));
      });
    }
    const [first] = workers;
    for (let n = 0; n < 30; n++) await first?.enqueue('test.note', { n });
    const ran = await Promise.all(workers.map((worker) => worker.runDue()));
    expect(ran.reduce((sum, count) => sum + count, 0)).toBe(30);
    expect([...runs.keys()].sort((a, b) => a - b)).toEqual([...Array(30).keys()]);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
  });

  it('tries a job again when its worker died, and ignores the dead worker if it wakes', async () => {
    const clock = new FixedClock(START);
    const dying = await queueOn({ clock, leaseMs: 60 * SECOND });
    const healthy = await queueOn({ clock, leaseMs: 60 * SECOND });
    let release: () => void = () => {};
    const stuck = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = false;
    dying.handle('test.note', async () => {
      started = true;
      await stuck;
      throw new Error('too late');
    });
    const attempts: number[] = [];
    healthy.handle('test.note', async (job) => {
      attempts.push(job.attempt);
    });
    const { id } = await dying.enqueue('test.note', { n: 1 });
    const dyingRun = dying.runDue();
    await eventually(() => started);

    expect(await healthy.runDue()).toBe(0);
    clock.advance(61 * SECOND);
    expect(await healthy.runDue()).toBe(1);
    expect(attempts).toEqual([2]);

    release();
    await dyingRun;
    expect(await healthy.find(id)).toMatchObject({ status: 'done', attempts: 2, lastError: null });
    clock.advance(3600 * SECOND);
    expect(await healthy.runDue()).toBe(0);
  });

  it('gives up a job whose worker died during its last try', async () => {
    const clock = new FixedClock(START);
    const dying = await queueOn({ clock, leaseMs: 60 * SECOND });
    let release: () => void = () => {};
    const stuck = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = false;
    dying.handle('test.note', async () => {
      started = true;
      await stuck;
    });
    const { id } = await dying.enqueue('test.note', { n: 1 }, { maxAttempts: 1 });
    const dyingRun = dying.runDue();
    await eventually(() => started);

    const fresh = await queueOn({ clock, leaseMs: 60 * SECOND });
    const reasons: string[] = [];
    let ranAgain = false;
    fresh.handle(
      'test.note',
      async () => {
        ranAgain = true;
      },
      {
        gaveUp: async (_job, reason) => {
          reasons.push(reason);
        },
      },
    );
    clock.advance(61 * SECOND);
    expect(await fresh.runDue()).toBe(0);
    expect(ranAgain).toBe(false);
    expect(reasons).toHaveLength(1);
    expect(await fresh.find(id)).toMatchObject({ status: 'failed', attempts: 2 });

    // The worker thought dead finishes after all: the job stays given up.
    release();
    await dyingRun;
    expect(await fresh.find(id)).toMatchObject({ status: 'failed' });
    expect(reasons).toHaveLength(1);
  });

  it('resumes after a restart without running finished jobs again', async () => {
    const clock = new FixedClock(START);
    const before = await queueOn({ clock });
    const runs: string[] = [];
    before.handle('test.note', async (job) => {
      runs.push(`before:${job.payload.n}:${job.attempt}`);
      if (job.payload.n === 2) throw new Error('not yet');
    });
    await before.enqueue('test.note', { n: 1 });
    await before.enqueue('test.note', { n: 2 });
    await before.runDue();
    await before.enqueue('test.note', { n: 3 }, { runAt: new Date(START.getTime() + 10 * SECOND) });
    await before.stop();

    const after = await queueOn({ clock });
    after.handle('test.note', async (job) => {
      runs.push(`after:${job.payload.n}:${job.attempt}`);
    });
    clock.advance(40 * SECOND);
    expect(await after.runDue()).toBe(2);
    clock.advance(3600 * SECOND);
    expect(await after.runDue()).toBe(0);
    expect(runs.sort()).toEqual(['after:2:2', 'after:3:1', 'before:1:1', 'before:2:1']);
    expect(await after.counts()).toMatchObject({ queued: 0, running: 0, done: 3 });
  });

  it('runs jobs by itself once started, and stops cleanly', async () => {
    const clock = new FixedClock(START);
    const queue = await queueOn({ clock });
    const seen: number[] = [];
    queue.handle('test.note', async (job) => {
      seen.push(job.payload.n);
    });
    queue.start();
    await queue.enqueue('test.note', { n: 1 });
    await eventually(() => seen.length === 1);
    await queue.stop();
    await queue.enqueue('test.note', { n: 2 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([1]);
  });
}
