import type { ParseArgsConfig } from 'node:util';

/** Where a command writes and what it reads of its surroundings; tests pass their own. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); serve waits for it. */
  stopSignal: Promise<void>;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** One command of the `tribune` CLI. */
export interface Command {
  /** Words typed to run it: 'serve', 'site create'. */
  name: string;
  summary: string;
  /** Lines shown by --help after the usage line. */
  help: string[];
  options: OptionSpec;
  /** Names of positional arguments, for the usage line; none by default. */
  positionals?: string[];
  run(
    values: Record<string, string | boolean | (string | boolean)[] | undefined>,
    positionals: string[],
    io: CliIo,
  ): Promise<number>;
}
