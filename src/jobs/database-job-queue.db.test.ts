import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb, describeEachDialect, type TestDb } from '../../tests/helpers/db.ts';
import { FixedClock } from '../core/clock.ts';
import { silentLogger } from '../core/logger.ts';
import { connectDatabase, type DatabaseHandle } from '../db/connect.ts';
import { DatabaseJobQueue } from './database-job-queue.ts';
import { jobQueueConformance, type TestJobs } from './job-queue.conformance.ts';

const DAY = 24 * 3600_000;

describeEachDialect('the job queue', (dialect) => {
  describe('in our own database', () => {
    jobQueueConformance(async () => {
      const database = await createTestDb(dialect);
      const others: DatabaseHandle[] = [];
      return {
        async queue(options) {
          // Each queue is another process: on PostgreSQL its own connection pool. An in-memory
          // SQLite has one connection, which a second process of a file database would share
          // the same way: one writer at a time.
          let handle: DatabaseHandle = database;
          if (dialect === 'postgres') {
            handle = await connectDatabase({ dialect: 'postgres', url: database.url ?? '' });
            others.push(handle);
          }
          return new DatabaseJobQueue<TestJobs>(handle.db, dialect, options.clock, silentLogger, {
            ...(options.random ? { random: options.random } : {}),
            ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
            ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
            pollMs: 20,
          });
        },
        async close() {
          for (const handle of others) await handle.close();
          await database.destroy();
        },
      };
    });
  });

  describe('housekeeping', () => {
    let database: TestDb | undefined;
    afterEach(async () => {
      await database?.destroy();
      database = undefined;
    });

    it('forgets finished jobs after a week, and with them their dedupe keys', async () => {
      database = await createTestDb(dialect);
      const clock = new FixedClock(new Date('2026-03-10T12:00:00.000Z'));
      const queue = new DatabaseJobQueue<TestJobs>(database.db, dialect, clock, silentLogger);
      queue.handle('test.note', async () => {});
      await queue.enqueue('test.note', { n: 1 }, { dedupeKey: 'once' });
      await queue.runDue();
      const waiting = await queue.enqueue('test.other', { n: 2 });

      clock.advance(6 * DAY);
      expect(await queue.prune()).toBe(0);
      clock.advance(2 * DAY);
      expect(await queue.prune()).toBe(1);
      expect(await queue.counts()).toEqual({ queued: 1, running: 0, done: 0, failed: 0 });
      expect((await queue.find(waiting.id))?.status).toBe('queued');
      expect((await queue.enqueue('test.note', { n: 3 }, { dedupeKey: 'once' })).created).toBe(
        true,
      );
    });
  });
});
