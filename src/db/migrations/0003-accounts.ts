import type { Kysely } from 'kysely';
import type { SqlDialect } from '../database.ts';

/** Newsroom accounts: CSRF tokens of sessions, reset and invitation tokens, rate limits. */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
export async function up(db: Kysely<any>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .alterTable('sessions')
    .addColumn('csrf_token', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await db.schema
    .alterTable('api_tokens')
    .addColumn('hint', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('account_tokens')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('account_tokens_user_idx')
    .ifNotExists()
    .on('account_tokens')
    .columns(['user_id', 'purpose'])
    .execute();

  await db.schema
    .createTable('rate_limits')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .execute();
}
