import type { Command } from '../command.ts';
import { printIssues, withContext } from '../context.ts';

export const tokenCreateCommand: Command = {
  name: 'token create',
  summary: 'Create an API token for a newsroom account.',
  help: [
    'Creates an API token that acts as the account, with its roles, and prints it once: it is',
    'stored only as a hash, so copy it now. Send it as "Authorization: Bearer <token>" to the',
    'Admin API (/api/admin/v1). Revoke it in the newsroom, or with DELETE /api/admin/v1/tokens/<id>.',
    '',
    '  --email <address>  the account the token acts as (required)',
    '  --name <label>     what the token is for, to recognise it in a list (required)',
    '',
    'Example: tribune token create --email ana@example.org --name "Nightly import"',
  ],
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
  },
  async run(values, _positionals, io) {
    const missing = ['email', 'name'].filter((key) => !values[key]);
    if (missing.length) {
      io.err(`tribune token create: missing ${missing.map((key) => `--${key}`).join(', ')}.`);
      return 2;
    }
    return withContext(io, async (ctx) => {
      await ctx.migrate();
      const email = String(values.email);
      const user = await ctx.users.repository.findByEmail(email);
      if (!user) {
        io.err(`tribune token create: there is no account ${email} (see tribune user create).`);
        return 1;
      }
      if (user.disabledAt) {
        io.err(`tribune token create: the account ${user.email} is disabled.`);
        return 1;
      }
      const created = await ctx.apiTokens.create(user.id, String(values.name));
      if (!created.ok) {
        io.err('tribune token create: the token was not created:');
        printIssues(
          io,
          created.error.issues.map((found) => ({ ...found, path: 'name' })),
        );
        return 2;
      }
      io.out(`Created API token "${created.value.record.name}" for ${user.email}.`);
      io.out(`Token (shown once): ${created.value.token}`);
      return 0;
    });
  },
};
