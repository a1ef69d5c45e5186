import { expect, it } from 'vitest';
import { cliWorkspace } from '../../../tests/helpers/cli-in-process.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';

describeEachDialect('tribune jobs', (dialect) => {
  const { tribune, withContext } = cliWorkspace(dialect);

  it('counts the background jobs in each state', async () => {
    await withContext(async (ctx) => {
      await ctx.migrate();
      // Nothing handles these here, so they stay queued: what a stopped server leaves behind.
      await ctx.jobs.enqueue('webhook.deliver', { deliveryId: 'a', manual: false });
      await ctx.jobs.enqueue('webhook.deliver', { deliveryId: 'b', manual: false });
    });

    const run = await tribune('jobs');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out.split('\n').slice(1)).toEqual([
      '  queued   2',
      '  running  0',
      '  done     0',
      '  failed   0',
    ]);
  });

  it('asks for a migration first instead of changing the database itself', async () => {
    const run = await tribune('jobs');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/is not up to date: run tribune migrate first\.$/);
  });
});
