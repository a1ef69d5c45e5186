import { type Config, loadConfig } from '../config.ts';
import { AppContext } from '../context.ts';
import type { FieldIssue } from '../core/validation.ts';
import { issueMessage } from '../i18n/issues.ts';
import type { CliIo } from './command.ts';

/** Builds the app context from the environment for one command and closes it afterwards. */
export async function withContext<T>(
  io: CliIo,
  run: (ctx: AppContext) => Promise<T>,
  override: Partial<Config> = {},
): Promise<T> {
  const config = { ...loadConfig(io.env, io.cwd), ...override };
  const ctx = await AppContext.fromConfig(config);
  try {
    return await run(ctx);
  } finally {
    await ctx.close();
  }
}

/** Prints field issues as "  field: message" lines. */
export function printIssues(io: CliIo, issues: FieldIssue[]): void {
  for (const issue of issues) io.err(`  ${issue.path || 'input'}: ${issueMessage(issue, 'en')}`);
}
