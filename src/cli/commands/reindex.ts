import type { Command } from '../command.ts';
import { withContext } from '../context.ts';

export const reindexCommand: Command = {
  name: 'reindex',
  summary: 'Rebuild the search index from the published articles.',
  help: [
    'Empties the search index and indexes every published article again. The index follows',
    'publishing on its own; run this after restoring a backup, after changing the stemming',
    'rules in an upgrade, or if searches miss articles they should find. Readers can keep',
    'searching meanwhile: they see fewer results until it finishes.',
    '',
    'Example: tribune reindex',
  ],
  options: {},
  async run(_values, _positionals, io) {
    return withContext(io, async (ctx) => {
      await ctx.migrate();
      const started = Date.now();
      let reported = 0;
      const count = await ctx.search.reindex((done) => {
        // A line every thousand articles: progress without flooding the terminal.
        if (done - reported >= 1000) {
          io.out(`  ${done} articles indexed…`);
          reported = done;
        }
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      io.out(
        `Indexed ${count} published article(s) with ${ctx.search.index.name} in ${seconds} s.`,
      );
      return 0;
    });
  },
};
