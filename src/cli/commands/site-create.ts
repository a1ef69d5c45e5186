import type { Command } from '../command.ts';
import { printIssues, withContext } from '../context.ts';

export const siteCreateCommand: Command = {
  name: 'site create',
  summary: 'Create an edition.',
  help: [
    'Creates an edition (a sister newspaper) of the network.',
    '',
    '  --slug <slug>          short name, e.g. es-pe (required)',
    '  --name <name>          the newspaper’s name (required)',
    '  --language <tag>       BCP 47 language, e.g. es-PE (required)',
    '  --timezone <zone>      IANA time zone, e.g. America/Lima (required)',
    '  --country <code>       two-letter country code, e.g. PE',
    '  --tagline <text>       one line under the masthead',
    '  --host <host>          its own domain, e.g. meridiano.pe (omit to share the network origin)',
    '  --path <prefix>        path prefix on that origin, e.g. /es-pe',
    '  --position <n>         order in the network directory',
    '',
    'Example: tribune site create --slug es-pe --name "Meridiano Perú" --language es-PE \\',
    '           --timezone America/Lima --country PE --path /es-pe',
  ],
  options: {
    slug: { type: 'string' },
    name: { type: 'string' },
    language: { type: 'string' },
    timezone: { type: 'string' },
    country: { type: 'string' },
    tagline: { type: 'string' },
    host: { type: 'string' },
    path: { type: 'string' },
    position: { type: 'string' },
  },
  async run(values, _positionals, io) {
    const missing = ['slug', 'name', 'language', 'timezone'].filter((key) => !values[key]);
    if (missing.length) {
      io.err(`tribune site create: missing ${missing.map((key) => `--${key}`).join(', ')}.`);
      return 2;
    }
    return withContext(io, async (ctx) => {
      await ctx.migrate();
      const position = values.position === undefined ? undefined : Number(values.position);
      const result = await ctx.sites.createSite({
        slug: String(values.slug),
        name: String(values.name),
        language: String(values.language),
        timezone: String(values.timezone),
        country: values.country ? String(values.country) : null,
        tagline: values.tagline ? String(values.tagline) : '',
        host: values.host ? String(values.host) : '',
        basePath: values.path ? String(values.path) : '',
        ...(position === undefined ? {} : { position }),
      });
      if (result.ok) {
        const site = result.value;
        const where = `${site.host || '(network origin)'}${site.basePath || '/'}`;
        io.out(`Created edition ${site.slug} (${site.name}, ${site.language}) at ${where}.`);
        return 0;
      }
      const problem = result.error;
      switch (problem.type) {
        case 'invalid':
          io.err('tribune site create: the edition was not created:');
          printIssues(io, problem.issues);
          return 2;
        case 'slug-taken':
          io.err(`tribune site create: an edition with slug "${problem.slug}" exists already.`);
          return 1;
        case 'address-taken':
          io.err(
            `tribune site create: another edition is served at ${problem.host || '(network origin)'}${problem.basePath || '/'}.`,
          );
          return 1;
      }
    });
  },
};
