import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { StartupError } from '../../core/errors.ts';
import { backupDatabase } from '../../db/backup.ts';
import type { Command } from '../command.ts';
import { withContext } from '../context.ts';

async function countFiles(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Copy the database and the media folder, while Tribune runs.',
  help: [
    'Writes a consistent copy of the database and the media folder into a new folder',
    'tribune-backup-<time> under --out (default: ./backups). Safe while the server runs.',
    'SQLite is copied with VACUUM INTO; PostgreSQL with pg_dump (which must be installed).',
    '',
    '  --out <dir>            where to put the backup folder',
    '',
    'To restore a SQLite backup: stop Tribune, put tribune.sqlite and media/ into the data folder.',
  ],
  options: { out: { type: 'string' } },
  async run(values, _positionals, io) {
    return withContext(io, async (ctx) => {
      const stamp = ctx.clock.now().toISOString().replace(/[:.]/g, '-');
      const target = resolve(io.cwd, String(values.out ?? 'backups'), `tribune-backup-${stamp}`);
      try {
        await mkdir(target, { recursive: true });
      } catch (error) {
        throw new StartupError(
          `The backup folder ${target} cannot be created (${(error as NodeJS.ErrnoException).code}): choose another with --out.`,
        );
      }
      // The database first, then the media: every file a row of the copy names is already
      // on disk, because files are written before their rows.
      const databaseUrl =
        ctx.config.database.dialect === 'postgres' ? ctx.config.database.url : null;
      const databaseFile = await backupDatabase(ctx.database, databaseUrl, target);
      const mediaDir = join(ctx.config.dataDir, 'media');
      if (existsSync(mediaDir)) {
        await cp(mediaDir, join(target, 'media'), {
          recursive: true,
          filter: (source) => !source.endsWith('.tmp'),
        });
      }
      const mediaFiles = await countFiles(join(target, 'media'));
      await writeFile(
        join(target, 'manifest.json'),
        `${JSON.stringify(
          {
            createdAt: ctx.clock.now().toISOString(),
            database: ctx.dialect,
            databaseFile: databaseFile.slice(target.length + 1),
            mediaFiles,
          },
          null,
          2,
        )}\n`,
      );
      io.out(`Backup written to ${target} (database and ${mediaFiles} media file(s)).`);
      return 0;
    });
  },
};
