import { sql } from 'kysely';
import type { Clock } from '../core/clock.ts';
import type { Db } from '../db/database.ts';

/**
 * Counts attempts per key in fixed windows, in the database so every server process shares
 * the count. One statement per hit (insert or update, returning the count): safe under races.
 */
export class RateLimiter {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Counts an attempt; true when it is within `limit` attempts per `windowMs`. */
  async hit(key: string, limit: number, windowMs: number): Promise<boolean> {
    const now = this.clock.now();
    const nowText = now.toISOString();
    const expired = new Date(now.getTime() - windowMs).toISOString();
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key, count: 1, window_started_at: nowText })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql<number>`case when rate_limits.window_started_at <= ${expired} then 1 else rate_limits.count + 1 end`,
          window_started_at: sql<string>`case when rate_limits.window_started_at <= ${expired} then ${nowText} else rate_limits.window_started_at end`,
        }),
      )
      .returning('count')
      .executeTakeFirstOrThrow();
    return Number(row.count) <= limit;
  }

  /** How many attempts the key has left in its window. */
  async remaining(key: string, limit: number, windowMs: number): Promise<number> {
    const row = await this.db
      .selectFrom('rate_limits')
      .selectAll()
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row) return limit;
    const expired = Date.parse(row.window_started_at) <= this.clock.now().getTime() - windowMs;
    return expired ? limit : Math.max(0, limit - Number(row.count));
  }

  /** Forgets a key (after a successful sign-in, its account's failures no longer count). */
  async reset(key: string): Promise<void> {
    await this.db.deleteFrom('rate_limits').where('key', '=', key).execute();
  }
}
