import { isAbsolute, resolve } from 'node:path';
import { StartupError } from './core/errors.ts';
import { LOG_LEVELS, type LogLevel } from './core/logger.ts';

/** Where the data lives: an embedded SQLite file, or a PostgreSQL server. */
export type DatabaseConfig =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; url: string };

/** Everything that varies by deployment, read once at start. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  /** The network's own origin, used for absolute links to editions without their own host. */
  publicUrl: string;
  /**
   * The host of the shared origin when TRIBUNE_PUBLIC_URL names one: then a host that is
   * neither this nor an edition's is refused. Null (unset): every other host is the shared origin.
   */
  sharedHost: string | null;
  logLevel: LogLevel;
  /** How long a rendered page may be served from memory; 0 turns the page cache off. */
  pageCacheSeconds: number;
  /** smtp(s)://user:password@host:port, or null: mail goes to the outbox folder. */
  smtpUrl: string | null;
  /** The sender of the newsroom's mail. */
  mailFrom: string;
  /** Null (or absent): machine translation is off. */
  machineTranslation?: MachineTranslationConfig | null;
}

/**
 * The machine translation service, when one is configured (off by default). LibreTranslate
 * needs its address; DeepL needs a key, and finds its free or pro address by the key.
 */
export type MachineTranslationConfig =
  | { provider: 'libretranslate'; url: string; apiKey: string | null }
  | { provider: 'deepl'; url: string | null; apiKey: string };

type Env = Record<string, string | undefined>;

/** Reads the configuration from the environment; throws StartupError with one sentence. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const port = parsePort(env.PORT);
  const dataDir = resolve(cwd, nonEmpty(env.TRIBUNE_DATA_DIR) ?? 'data');
  return {
    port,
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    dataDir,
    database: parseDatabaseUrl(env.TRIBUNE_DATABASE_URL, dataDir, cwd),
    publicUrl: parsePublicUrl(env.TRIBUNE_PUBLIC_URL, port),
    sharedHost: nonEmpty(env.TRIBUNE_PUBLIC_URL)
      ? new URL(parsePublicUrl(env.TRIBUNE_PUBLIC_URL, port)).hostname
      : null,
    logLevel: parseLogLevel(env.TRIBUNE_LOG_LEVEL),
    pageCacheSeconds: parsePageCacheSeconds(env.TRIBUNE_PAGE_CACHE_SECONDS),
    smtpUrl: parseSmtpUrl(env.TRIBUNE_SMTP_URL),
    mailFrom: nonEmpty(env.TRIBUNE_MAIL_FROM) ?? 'Tribune <newsroom@localhost>',
    machineTranslation: parseMachineTranslation(env),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parsePort(value: string | undefined): number {
  const text = nonEmpty(value);
  if (text === undefined) return 3000;
  const port = Number(text);
  if (!/^\d+$/.test(text) || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StartupError(
      `PORT must be a port number from 1 to 65535, or 0 for any free port (it is "${text}"): correct it or leave it unset for 3000.`,
    );
  }
  return port;
}

/** Hides the password of a database URL before it is printed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = '***';
    return parsed.toString().replace('%2A%2A%2A', '***');
  } catch {
    // Not a URL: hide everything between "user:" and the last "@"; too much is better than too little.
    return url.replace(/(\/\/[^:/@]+:).*@/, '$1***@');
  }
}

/**
 * Parses TRIBUNE_DATABASE_URL: unset → SQLite file in the data folder; `sqlite:<path>` → that
 * file (`sqlite::memory:` for a throwaway database); `postgres://…` → PostgreSQL.
 */
export function parseDatabaseUrl(
  value: string | undefined,
  dataDir: string,
  cwd: string = process.cwd(),
): DatabaseConfig {
  const url = nonEmpty(value);
  if (url === undefined) return { dialect: 'sqlite', file: resolve(dataDir, 'tribune.sqlite') };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) {
      throw new StartupError(
        'TRIBUNE_DATABASE_URL "sqlite:" names no file: write sqlite:path/to/tribune.sqlite or leave it unset.',
      );
    }
    if (path === ':memory:') return { dialect: 'sqlite', file: ':memory:' };
    return { dialect: 'sqlite', file: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new StartupError(
        `TRIBUNE_DATABASE_URL "${redactUrl(url)}" is not a valid address: write it as postgres://user:password@host:5432/database.`,
      );
    }
    if (!parsed.hostname || parsed.pathname.length <= 1) {
      throw new StartupError(
        `TRIBUNE_DATABASE_URL "${redactUrl(url)}" must name a host and a database: write it as postgres://user:password@host:5432/database.`,
      );
    }
    return { dialect: 'postgres', url };
  }
  throw new StartupError(
    `TRIBUNE_DATABASE_URL "${redactUrl(url)}" is not a database Tribune supports: use postgres://user:password@host:5432/database, sqlite:path/to/file, or leave it unset for SQLite in the data folder.`,
  );
}

function parsePublicUrl(value: string | undefined, port: number): string {
  const text = nonEmpty(value);
  if (text === undefined) return `http://localhost:${port}`;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    return url.origin;
  } catch {
    throw new StartupError(
      `TRIBUNE_PUBLIC_URL "${text}" is not an http(s) address: set it to the address readers use, e.g. https://news.example.org.`,
    );
  }
}

function parsePageCacheSeconds(value: string | undefined): number {
  const text = nonEmpty(value);
  if (text === undefined) return 10;
  if (!/^\d{1,5}$/.test(text)) {
    throw new StartupError(
      `TRIBUNE_PAGE_CACHE_SECONDS must be a whole number of seconds, 0 to turn the cache off (it is "${text}").`,
    );
  }
  return Number(text);
}

function parseSmtpUrl(value: string | undefined): string | null {
  const text = nonEmpty(value);
  if (text === undefined) return null;
  if (!/^smtps?:\/\//.test(text) || !URL.canParse(text)) {
    throw new StartupError(
      `TRIBUNE_SMTP_URL "${redactUrl(text)}" is not an SMTP address: write it as smtp://user:password@host:587 or smtps://…:465, or leave it unset to keep mail in the outbox folder.`,
    );
  }
  return text;
}

function parseLogLevel(value: string | undefined): LogLevel {
  const text = nonEmpty(value)?.toLowerCase();
  if (text === undefined) return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(text)) return text as LogLevel;
  throw new StartupError(
    `TRIBUNE_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (it is "${text}").`,
  );
}

/** Reads TRIBUNE_MT_PROVIDER, TRIBUNE_MT_URL and TRIBUNE_MT_API_KEY; unset provider: off. */
function parseMachineTranslation(env: Env): MachineTranslationConfig | null {
  const provider = nonEmpty(env.TRIBUNE_MT_PROVIDER)?.toLowerCase();
  const url = nonEmpty(env.TRIBUNE_MT_URL);
  const apiKey = nonEmpty(env.TRIBUNE_MT_API_KEY) ?? null;
  if (provider === undefined) {
    const stray =
      url !== undefined ? 'TRIBUNE_MT_URL' : apiKey !== null ? 'TRIBUNE_MT_API_KEY' : null;
    if (stray) {
      throw new StartupError(
        `${stray} is set but TRIBUNE_MT_PROVIDER is not: set TRIBUNE_MT_PROVIDER to libretranslate or deepl, or unset ${stray} to keep machine translation off.`,
      );
    }
    return null;
  }
  if (url !== undefined && !(/^https?:\/\//i.test(url) && URL.canParse(url))) {
    throw new StartupError(
      `TRIBUNE_MT_URL "${redactUrl(url)}" is not an http(s) address: write it as e.g. http://localhost:5000.`,
    );
  }
  if (provider === 'libretranslate') {
    if (url === undefined) {
      throw new StartupError(
        'TRIBUNE_MT_PROVIDER=libretranslate needs TRIBUNE_MT_URL, the address of the LibreTranslate server (e.g. http://localhost:5000).',
      );
    }
    return { provider, url, apiKey };
  }
  if (provider === 'deepl') {
    if (apiKey === null) {
      throw new StartupError(
        'TRIBUNE_MT_PROVIDER=deepl needs TRIBUNE_MT_API_KEY, the authentication key of your DeepL API account.',
      );
    }
    return { provider, url: url ?? null, apiKey };
  }
  throw new StartupError(
    `TRIBUNE_MT_PROVIDER must be libretranslate or deepl (it is "${provider}"), or unset to keep machine translation off.`,
  );
}
