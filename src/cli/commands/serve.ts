import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { createApp } from '../../app.ts';
import { type Config, loadConfig } from '../../config.ts';
import { AppContext } from '../../context.ts';
import { StartupError } from '../../core/errors.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemo } from '../../demo/load-demo.ts';
import { demoSites } from '../../demo/sites.ts';
import { listen } from '../../server.ts';
import { siteHomeUrl } from '../../sites/site.ts';
import type { CliIo, Command } from '../command.ts';

type WorkerMessage = { type: 'listening'; port: number } | { type: 'failed'; message: string };

function isLoopbackOrAny(host: string): boolean {
  return ['127.0.0.1', 'localhost', '::1', '0.0.0.0', '::'].includes(host);
}

function parseWorkers(value: unknown): number {
  if (value === undefined) return 1;
  if (value === 'auto') return availableParallelism();
  const text = String(value);
  if (!/^\d{1,3}$/.test(text) || Number(text) < 1) {
    throw new StartupError(
      `--workers must be a number of processes from 1 up, or "auto" (it is "${text}").`,
    );
  }
  return Number(text);
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the server (migrates the database first).',
  help: [
    'Runs Tribune: the reader site of every edition, the newsroom and the APIs.',
    'Applies pending migrations first. Stops cleanly on Ctrl+C or SIGTERM.',
    '',
    '  --port <port>          overrides PORT (default 3000)',
    '  --host <address>       overrides HOST (default 127.0.0.1; 0.0.0.0 for every interface)',
    '  --workers <n|auto>     serve from n processes sharing the port (default 1; auto: one per core)',
    '  --demo                 load the demo network first if the database has no edition',
    '',
    'Configuration comes from the environment: PORT, HOST, TRIBUNE_DATA_DIR,',
    'TRIBUNE_DATABASE_URL, TRIBUNE_PUBLIC_URL, TRIBUNE_LOG_LEVEL, TRIBUNE_PAGE_CACHE_SECONDS',
    '(see README.md).',
  ],
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    workers: { type: 'string' },
    demo: { type: 'boolean' },
  },
  async run(values, _positionals, io) {
    const env = { ...io.env };
    if (values.port !== undefined) env.PORT = String(values.port);
    if (values.host !== undefined) env.HOST = String(values.host);
    const config = loadConfig(env, io.cwd);
    if (cluster.isWorker) return serveAsWorker(config, io);
    const workers = parseWorkers(values.workers);
    const ctx = await AppContext.fromConfig(config);
    try {
      await ctx.migrate();
      const isDemo = values.demo === true && (await prepareDemo(ctx, io));
      await ctx.siteDirectory.reload();
      const stopServing =
        workers === 1 ? await serveHere(ctx, config) : await serveFromWorkers(workers, values, io);
      // Scheduled articles are published, and background jobs (webhook deliveries) run, by this
      // process; either would happen once anyway if more processes ran them.
      ctx.scheduler.start();
      ctx.jobs.start();
      printBanner(ctx, config, stopServing.port, workers, isDemo, io);
      await io.stopSignal;
      io.out('Stopping…');
      await stopServing.stop();
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

/**
 * Loads the demo into an empty database, and completes one whose first load was interrupted;
 * a database with editions of its own is left alone. True when the demo is what is served.
 */
async function prepareDemo(ctx: AppContext, io: CliIo): Promise<boolean> {
  const existing = await ctx.sites.list();
  const demoKeys = new Set<string>(demoSites.map((site) => site.key));
  if (!existing.every((site) => demoKeys.has(site.slug))) return false;
  io.out(
    existing.length ? 'Checking the demo network…' : 'Loading the demo network (first start only)…',
  );
  const summary = await loadDemo(ctx, (line) => io.out(`  ${line}`));
  if (existing.length && summary.created)
    io.out(`  Completed ${summary.created} missing article(s).`);
  return true;
}

/** Serves from this process. */
async function serveHere(ctx: AppContext, config: Config) {
  const server = await listen(createApp(ctx), config.port, config.host);
  if (!process.env.TRIBUNE_PUBLIC_URL)
    ctx.config.publicUrl = localOrigin(config.host, server.port, server.url);
  return { port: server.port, stop: () => server.close() };
}

/** Forks worker processes that share the port; resolves when all listen. */
function serveFromWorkers(count: number, values: Record<string, unknown>, io: CliIo) {
  cluster.setupPrimary({
    args: [
      'serve',
      ...(values.port ? ['--port', String(values.port)] : []),
      ...(values.host ? ['--host', String(values.host)] : []),
    ],
  });
  return new Promise<{ port: number; stop(): Promise<void> }>((resolve, reject) => {
    let listening = 0;
    let port = 0;
    const stop = async () => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
      await new Promise<void>((done) => {
        const check = () =>
          Object.keys(cluster.workers ?? {}).length === 0 ? done() : setTimeout(check, 50);
        check();
      });
    };
    for (let i = 0; i < count; i++) {
      const worker = cluster.fork();
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'failed') {
          stop().then(() => reject(new StartupError(message.message)));
          return;
        }
        port = message.port;
        if (++listening === count) resolve({ port, stop });
      });
      worker.on('exit', (code) => {
        if (listening < count && code !== 0)
          io.err(`tribune: a worker stopped while starting (exit ${code}).`);
      });
    }
  });
}

/** A worker: serves until the primary asks it to stop. */
async function serveAsWorker(config: Config, io: CliIo): Promise<number> {
  const send = (message: WorkerMessage) => process.send?.(message);
  let ctx: AppContext | undefined;
  try {
    ctx = await AppContext.fromConfig(config);
    await ctx.siteDirectory.reload();
    const server = await listen(createApp(ctx), config.port, config.host);
    if (!process.env.TRIBUNE_PUBLIC_URL)
      ctx.config.publicUrl = localOrigin(config.host, server.port, server.url);
    send({ type: 'listening', port: server.port });
    await io.stopSignal;
    await server.close();
    return 0;
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    return 1;
  } finally {
    await ctx?.close();
  }
}

function localOrigin(host: string, port: number, url: string): string {
  return isLoopbackOrAny(host) ? `http://localhost:${port}` : url;
}

function printBanner(
  ctx: AppContext,
  config: Config,
  port: number,
  workers: number,
  isDemo: boolean,
  io: CliIo,
) {
  const origin = localOrigin(config.host, port, `http://${config.host}:${port}`);
  const processes = workers > 1 ? `, ${workers} workers` : '';
  io.out(`Tribune is running at ${origin}/  (${ctx.database.description}${processes})`);
  for (const site of ctx.siteDirectory.list()) {
    io.out(`  ${site.name} (${site.language}): ${siteHomeUrl(site, origin)}`);
  }
  if (isDemo) {
    io.out(`Demo newsroom login: ${DEMO_ACCOUNTS[0].email} / ${DEMO_PASSWORD}`);
    if (config.host === '0.0.0.0' || config.host === '::' || !isLoopbackOrAny(config.host)) {
      io.err('Warning: the demo accounts have a published password; do not expose this server.');
    }
  }
  io.out('Stop with Ctrl+C.');
}
