import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from './core/errors.ts';

/**
 * Makes sure the data folder exists and can be written, by writing and removing a probe file;
 * throws StartupError with one sentence otherwise.
 */
export function ensureDataDir(dir: string): void {
  const probe = join(dir, `.write-test-${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, 'ok');
    rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new StartupError(
      `The data folder ${dir} cannot be written (${code}): set TRIBUNE_DATA_DIR to a folder Tribune may write, or fix its permissions.`,
    );
  }
}
