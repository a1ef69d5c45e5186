import { execFileSync } from 'node:child_process';
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const ADMIN_UI = join(ROOT, 'admin-ui');

/** The newest modification time of a file under `path` (or of the file itself), in ms. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (latest, name) => Math.max(latest, newest(join(path, name))),
    stat.mtimeMs,
  );
}

/** Why the built newsroom app can't be used as it is, or null when it is up to date. */
function reasonToBuild(): string | null {
  let built: number;
  try {
    built = statSync(join(ADMIN_UI, 'dist', 'index.html')).mtimeMs;
  } catch {
    return 'admin-ui/dist is missing';
  }
  const sources = Math.max(
    newest(join(ADMIN_UI, 'src')),
    newest(join(ADMIN_UI, 'index.html')),
    newest(join(ADMIN_UI, 'vite.config.ts')),
  );
  return sources > built ? 'admin-ui/dist is older than its sources' : null;
}

/**
 * The browser tests drive the built newsroom app (what Tribune serves at /newsroom/): it is
 * built once here when it is missing or older than its sources. The build goes to a folder of
 * its own that then takes dist's place, so a server already serving dist (another test run on
 * this machine) never sees it half-written.
 */
function buildNewsroomIfNeeded(): void {
  const reason = reasonToBuild();
  if (!reason) return;
  console.log(`Building the newsroom app (${reason}): npm run build.`);
  const dist = join(ADMIN_UI, 'dist');
  const fresh = join(ADMIN_UI, `.dist-${process.pid}`);
  const stale = join(ADMIN_UI, `.dist-old-${process.pid}`);
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      join(ADMIN_UI, 'vite.config.ts'),
      '--outDir',
      fresh,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    renameSync(dist, stale);
  } catch {
    // No dist yet (or another run moved it away first).
  }
  renameSync(fresh, dist);
  rmSync(stale, { recursive: true, force: true });
}

/** Runs once before the suite: says plainly which optional parts will be skipped. */
export default function setup(): void {
  if (!process.env.TRIBUNE_TEST_DATABASE_URL) {
    console.log(
      'PostgreSQL tests skipped: set TRIBUNE_TEST_DATABASE_URL=postgres://user:password@127.0.0.1:5432/postgres to run them.',
    );
  }
  buildNewsroomIfNeeded();
}
