import { errorMessage } from '../core/errors.ts';
import { main } from './main.ts';

/** Runs the CLI for this process: real stdout/stderr, environment and signals. */
export async function runFromProcess(): Promise<void> {
  const stopSignal = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  try {
    process.exitCode = await main(process.argv.slice(2), {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
      env: process.env,
      cwd: process.cwd(),
      stopSignal,
    });
  } catch (error) {
    process.stderr.write(`tribune: unexpected error: ${errorMessage(error)}\n`);
    if (process.env.TRIBUNE_LOG_LEVEL === 'debug' && error instanceof Error) {
      process.stderr.write(`${error.stack}\n`);
    }
    process.exitCode = 1;
  }
  // Whatever is still open (a pool, a timer) must not keep a finished command alive.
  setTimeout(() => process.exit(), 100).unref();
}
