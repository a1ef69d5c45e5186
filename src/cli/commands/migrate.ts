import type { Command } from '../command.ts';
import { withContext } from '../context.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Bring the database schema up to date (safe to run again).',
  help: [
    'Applies the migrations the database has not had yet. Running it again does nothing.',
    'The database is the one TRIBUNE_DATABASE_URL names (default: SQLite in the data folder).',
  ],
  options: {},
  async run(_values, _positionals, io) {
    await withContext(io, async (ctx) => {
      const applied = await ctx.migrate();
      io.out(
        applied.length
          ? `Applied ${applied.length} migration(s) to ${ctx.database.description}: ${applied.join(', ')}.`
          : `The database ${ctx.database.description} is up to date.`,
      );
    });
    return 0;
  },
};
