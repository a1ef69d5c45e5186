import { randomBytes } from 'node:crypto';
import { ROLES } from '../../users/user.ts';
import type { Command } from '../command.ts';
import { printIssues, withContext } from '../context.ts';

export const userCreateCommand: Command = {
  name: 'user create',
  summary: 'Create a newsroom account.',
  help: [
    'Creates a newsroom account. Without --password a strong one is generated and printed once.',
    '',
    '  --email <address>      sign-in address (required)',
    '  --name <name>          shown in the newsroom (required)',
    '  --password <password>  at least 10 characters (visible in the process list: prefer the',
    '                         generated one, or TRIBUNE_PASSWORD in the environment)',
    '  --locale <lang>        interface language: en, es, pt, fr, de, it',
    '  --network-admin        may do everything on every edition',
    `  --role <site>:<role>   a role on an edition; repeat for more. Roles: ${ROLES.join(', ')}`,
    '',
    'Example: tribune user create --email ana@example.org --name "Ana Ruiz" --role es-pe:editor',
  ],
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    locale: { type: 'string' },
    'network-admin': { type: 'boolean' },
    role: { type: 'string', multiple: true },
  },
  async run(values, _positionals, io) {
    const missing = ['email', 'name'].filter((key) => !values[key]);
    if (missing.length) {
      io.err(`tribune user create: missing ${missing.map((key) => `--${key}`).join(', ')}.`);
      return 2;
    }
    const roles = ((values.role as string[] | undefined) ?? []).map((spec) => {
      const [site, role] = spec.split(':');
      return { spec, site: site ?? '', role: role ?? '' };
    });
    const badRole = roles.find(
      (entry) => !entry.site || !(ROLES as readonly string[]).includes(entry.role),
    );
    if (badRole) {
      io.err(
        `tribune user create: --role ${badRole.spec} must be <site>:<role>, with role one of ${ROLES.join(', ')}.`,
      );
      return 2;
    }
    const given = (values.password as string | undefined) ?? io.env.TRIBUNE_PASSWORD;
    const password = given ?? randomBytes(15).toString('base64url');
    return withContext(io, async (ctx) => {
      await ctx.migrate();
      const sites = new Map((await ctx.sites.list()).map((site) => [site.slug, site]));
      const unknown = roles.find((entry) => !sites.has(entry.site));
      if (unknown) {
        io.err(
          `tribune user create: there is no edition "${unknown.site}" (see the network directory).`,
        );
        return 2;
      }
      const created = await ctx.users.createUser(
        {
          email: String(values.email),
          name: String(values.name),
          password,
          ...(values.locale ? { locale: String(values.locale) as 'en' } : {}),
          isNetworkAdmin: values['network-admin'] === true,
        },
        roles.map((entry) => ({ siteId: sites.get(entry.site)?.id ?? '', role: entry.role })),
      );
      if (!created.ok) {
        const problem = created.error;
        if (problem.type === 'invalid') {
          io.err('tribune user create: the account was not created:');
          printIssues(io, problem.issues);
          return 2;
        }
        if (problem.type === 'email-taken') {
          io.err(`tribune user create: an account with ${problem.email} exists already.`);
          return 1;
        }
        io.err(`tribune user create: unknown role ${problem.role}.`);
        return 2;
      }
      io.out(`Created account ${created.value.email} (${created.value.name}).`);
      if (!given) io.out(`Password (shown once): ${password}`);
      return 0;
    });
  },
};
