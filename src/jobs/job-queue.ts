/**
 * The kinds of background jobs and their payloads. Each feature adds its own with declaration
 * merging (`declare module '../jobs/job-queue.ts'`), as with events, so the queue knows none.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by declaration merging in features.
export interface TribuneJobs {}

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
/** queued: waiting for its time; running: claimed by a worker; done; failed: gave up (dead). */
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface EnqueueOptions {
  /** Not before this moment; now by default. */
  runAt?: Date;
  /** Tries in all, the first included; then the job is given up. */
  maxAttempts?: number;
  /** A job with the same key already enqueued (in the last days) makes this one a no-op. */
  dedupeKey?: string;
}

/** A job as its handler sees it. */
export interface Job<P = unknown> {
  id: string;
  kind: string;
  payload: P;
  /** This try's number, from 1. */
  attempt: number;
  maxAttempts: number;
  createdAt: string;
}

/** A job as stored, for inspection (tests, the CLI). */
export interface JobRecord<P = unknown> extends Omit<Job<P>, 'attempt'> {
  status: JobStatus;
  /** Tries started so far. */
  attempts: number;
  runAt: string;
  lastError: string | null;
  finishedAt: string | null;
}

/** Runs one job; throwing (or rejecting) means "try again later". */
export type JobHandler<P> = (job: Job<P>) => Promise<void>;

export interface JobHooks<P> {
  /** Called once when the job is given up after its last try, with the last error. */
  gaveUp?(job: Job<P>, error: string): Promise<void>;
}

/**
 * Background work that must happen even if this process stops: webhook deliveries, later
 * federation and mail. Jobs are stored; a worker loop claims the due ones, runs their kind's
 * handler, and retries failures with growing delays until their last try. Several processes
 * may run workers on one store: a job is claimed by one at a time; a claim whose worker died
 * expires and the job is tried again; a finished job never runs again. Handlers must tolerate
 * a rare second run of a try that was cut short (at least once, never lost).
 */
export interface JobQueue<Jobs extends object = TribuneJobs> {
  /** Stores a job; `created` is false when a job with its dedupe key exists already. */
  enqueue<K extends keyof Jobs & string>(
    kind: K,
    payload: Jobs[K],
    options?: EnqueueOptions,
  ): Promise<{ id: string; created: boolean }>;
  /** Registers the handler of a kind; a worker only claims kinds it has a handler for. */
  handle<K extends keyof Jobs & string>(
    kind: K,
    handler: JobHandler<Jobs[K]>,
    hooks?: JobHooks<Jobs[K]>,
  ): void;
  /** Claims and runs due jobs until none is due; resolves with how many it ran. */
  runDue(): Promise<number>;
  /** Starts the worker loop: it wakes when a job falls due or is enqueued here, and polls. */
  start(): void;
  /** Stops the loop and waits for the jobs it is running. */
  stop(): Promise<void>;
  find(id: string): Promise<JobRecord | undefined>;
  /** How many jobs are in each status. */
  counts(): Promise<Record<JobStatus, number>>;
}
