import { StartupError } from '../../core/errors.ts';
import { pendingMigrations } from '../../db/migrator.ts';
import { JOB_STATUSES } from '../../jobs/job-queue.ts';
import type { Command } from '../command.ts';
import { withContext } from '../context.ts';

export const jobsCommand: Command = {
  name: 'jobs',
  summary: 'Show how many background jobs wait, run, finished or failed.',
  help: [
    'Background jobs (webhook deliveries) are run by `tribune serve`; failed ones are retried',
    'with growing delays and given up after their last try. This shows how many jobs are in',
    'each state; the newsroom shows each webhook delivery and its tries.',
    '',
    'Example: tribune jobs',
  ],
  options: {},
  async run(_values, _positionals, io) {
    return withContext(io, async (ctx) => {
      // A look must not change the database: an older schema is the operator's to migrate.
      if ((await pendingMigrations(ctx.db, ctx.dialect)).length) {
        throw new StartupError(
          `The database ${ctx.database.description} is not up to date: run tribune migrate first.`,
        );
      }
      const counts = await ctx.jobs.counts();
      io.out(`Background jobs in ${ctx.database.description}:`);
      for (const status of JOB_STATUSES) io.out(`  ${status.padEnd(8)} ${counts[status]}`);
      return 0;
    });
  },
};
