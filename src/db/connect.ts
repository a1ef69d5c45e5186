import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { type DatabaseConfig, redactUrl } from '../config.ts';
import { errorMessage, StartupError } from '../core/errors.ts';
import type { Database, SqlDialect } from './database.ts';

/** An open database with what the rest of the app needs to know about it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: SqlDialect;
  /** Where it is, with any password hidden: for messages and logs. */
  description: string;
  /** The SQLite connection, for the online backup; null on PostgreSQL. */
  sqlite: SqliteDatabase.Database | null;
  close(): Promise<void>;
}

/** Opens the database and checks it answers; throws StartupError with one sentence if not. */
export async function connectDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.dialect === 'sqlite' ? openSqlite(config.file) : openPostgres(config.url);
}

function openSqlite(file: string): DatabaseHandle {
  let sqlite: SqliteDatabase.Database;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    sqlite = new SqliteDatabase(file);
    // WAL lets readers go on while one writer writes; the busy timeout makes concurrent
    // writers from other processes (CLI, second server) wait instead of failing at once.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    throw new StartupError(
      `Cannot open the SQLite database at ${file} (${errorMessage(error)}): check that the file is a Tribune database and its folder can be written, or set TRIBUNE_DATABASE_URL.`,
    );
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return {
    db,
    dialect: 'sqlite',
    description: `SQLite ${file}`,
    sqlite,
    close: () => db.destroy(),
  };
}

/**
 * Kysely prepares every query anew; SQLite's preparation costs as much as a small query. The
 * reader pages run the same few hundred statements, so prepared statements are kept by their
 * SQL text (bounded; the oldest go first).
 */
function withStatementCache(sqlite: SqliteDatabase.Database, size = 1000) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteDatabase.Statement {
      let statement = statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
        if (statements.size > size) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      }
      return statement;
    },
  };
}

const INT8_OID = 20;

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: 5000,
    max: 10,
    // COUNT(*) and BIGINT come back as strings by default; numbers keep both dialects alike.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID
          ? (value: string) => Number.parseInt(value, 10)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new StartupError(postgresProblem(url, error));
  }
  return {
    db,
    dialect: 'postgres',
    description: `PostgreSQL ${redactUrl(url)}`,
    sqlite: null,
    close: () => db.destroy(),
  };
}

/** Turns a failed PostgreSQL connection into one sentence: what is wrong, what to do. */
export function postgresProblem(url: string, error: unknown): string {
  const parsed = new URL(url);
  const where = `${parsed.hostname}:${parsed.port || 5432}`;
  const database = decodeURIComponent(parsed.pathname.slice(1));
  const user = decodeURIComponent(parsed.username) || '(default user)';
  const code = (error as { code?: string }).code;
  const message = errorMessage(error);
  switch (code) {
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${where} (connection refused): start the server or correct the host and port in TRIBUNE_DATABASE_URL.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The PostgreSQL host "${parsed.hostname}" does not resolve: correct the host in TRIBUNE_DATABASE_URL.`;
    case '3D000':
      return `The database "${database}" does not exist on the PostgreSQL server at ${where}: create it (createdb ${database}) or correct TRIBUNE_DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused user "${user}" (${message}): correct the user and password in TRIBUNE_DATABASE_URL.`;
    default:
      if (/timeout/i.test(message)) {
        return `PostgreSQL at ${where} did not answer within 5 seconds: check that the server is running and reachable, or correct TRIBUNE_DATABASE_URL.`;
      }
      return `Cannot connect to PostgreSQL at ${where} (${message}): check the server and TRIBUNE_DATABASE_URL.`;
  }
}
