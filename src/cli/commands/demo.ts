import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DemoNotLoadedError,
  loadDemo,
} from '../../demo/load-demo.ts';
import type { Command } from '../command.ts';
import { withContext } from '../context.ts';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Load the demo network "Meridian" (safe to run again).',
  help: [
    'Loads the demo network: six sister newspapers in five languages, their contributors,',
    'illustrations and about forty articles, with translations, a series and republications.',
    'What exists already is kept, so running it again adds nothing twice. It refuses a',
    'database that holds editions other than the demo’s.',
  ],
  options: {},
  async run(_values, _positionals, io) {
    return withContext(io, async (ctx) => {
      await ctx.migrate();
      try {
        const summary = await loadDemo(ctx, (line) => io.out(line));
        io.out(
          `Demo network loaded: ${summary.sites} editions, ${summary.articles} articles (${summary.created} new).`,
        );
        io.out(`Newsroom login: ${DEMO_ACCOUNTS[0].email} / ${DEMO_PASSWORD}`);
        return 0;
      } catch (error) {
        if (error instanceof DemoNotLoadedError) {
          io.err(`tribune demo: ${error.message}`);
          return 1;
        }
        throw error;
      }
    });
  },
};
