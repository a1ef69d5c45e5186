/** Background jobs of the database-backed queue (database-job-queue.ts). */
export interface JobsTable {
  id: string;
  kind: string;
  /** JSON */
  payload: string;
  /** 'queued' | 'running' | 'done' | 'failed' */
  status: string;
  /** Tries started so far (a claim counts, even if its worker died). */
  attempts: number;
  max_attempts: number;
  /** When it is due (queued), or was last due. */
  run_at: string;
  /** While running: when the claim expires and another worker may take the job. */
  locked_until: string | null;
  /** While running: the claim's own random token, so only its holder can finish it. */
  locked_by: string | null;
  /** Unique when set: a second job with the same key is not stored. */
  dedupe_key: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}
