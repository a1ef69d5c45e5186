import { parseArgs } from 'node:util';
import { errorMessage, StartupError } from '../core/errors.ts';
import type { CliIo, Command } from './command.ts';
import { backupCommand } from './commands/backup.ts';
import { demoCommand } from './commands/demo.ts';
import { jobsCommand } from './commands/jobs.ts';
import { migrateCommand } from './commands/migrate.ts';
import { reindexCommand } from './commands/reindex.ts';
import { serveCommand } from './commands/serve.ts';
import { siteCreateCommand } from './commands/site-create.ts';
import { tokenCreateCommand } from './commands/token-create.ts';
import { userCreateCommand } from './commands/user-create.ts';

export const COMMANDS: Command[] = [
  serveCommand,
  migrateCommand,
  demoCommand,
  siteCreateCommand,
  userCreateCommand,
  tokenCreateCommand,
  reindexCommand,
  jobsCommand,
  backupCommand,
];

function usageLine(command: Command): string {
  const options = Object.keys(command.options).length ? ' [options]' : '';
  return `Usage: tribune ${command.name}${options}`;
}

function printOverview(io: CliIo): void {
  io.out('Tribune — a publishing platform for a network of sister newspapers.');
  io.out('');
  io.out('Usage: tribune <command> [options]');
  io.out('');
  io.out('Commands:');
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  for (const command of COMMANDS) io.out(`  ${command.name.padEnd(width)}  ${command.summary}`);
  io.out('');
  io.out('Run tribune <command> --help for its options.');
}

function printHelp(io: CliIo, command: Command): void {
  io.out(usageLine(command));
  io.out('');
  io.out(command.summary);
  if (command.help.length) io.out('');
  for (const line of command.help) io.out(line);
}

/** Runs the CLI; returns the exit code. Startup problems print one sentence, no stack. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const words = argv.filter((arg) => !arg.startsWith('-'));
  const command =
    COMMANDS.find((c) => c.name === words.slice(0, 2).join(' ')) ??
    COMMANDS.find((c) => c.name === words[0]);
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (!command) {
    const group = COMMANDS.filter((c) => c.name.startsWith(`${words[0]} `));
    if (words[0] && group.length) {
      io.out(
        `Usage: tribune ${words[0]} <${group.map((c) => c.name.split(' ')[1]).join('|')}> [options]`,
      );
      for (const c of group) io.out(`  ${c.name.padEnd(14)}  ${c.summary}`);
      return wantsHelp ? 0 : 2;
    }
    if (words[0] === 'help' || wantsHelp || argv.length === 0) {
      printOverview(io);
      return argv.length === 0 ? 2 : 0;
    }
    io.err(`tribune: unknown command "${words.join(' ')}". Run tribune --help for the list.`);
    return 2;
  }
  if (wantsHelp) {
    printHelp(io, command);
    return 0;
  }
  const rest = argv.slice(argv.indexOf(command.name.split(' ').at(-1) ?? '') + 1);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: command.options,
      allowPositionals: (command.positionals?.length ?? 0) > 0,
      strict: true,
    });
  } catch (error) {
    io.err(`tribune ${command.name}: ${errorMessage(error)}. See tribune ${command.name} --help.`);
    return 2;
  }
  try {
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (error instanceof StartupError) {
      io.err(`tribune: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
