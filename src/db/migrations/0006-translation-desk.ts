import { type Kysely, sql } from 'kysely';
import type { SqlDialect } from '../database.ts';

/**
 * The translation desk: tasks with their history and review comments, subscriptions between
 * editions, joint statements, in-app notifications with each user's e-mail choice, and the
 * articles' "network-wide" flag that subscriptions can ask for.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
export async function up(db: Kysely<any>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .alterTable('articles')
    .addColumn('network_wide', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('translation_subscriptions')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('target_language', 'text', (c) => c.notNull())
    .addColumn('source_site_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('source_languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('section_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('network_wide_only', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('priority', 'text', (c) => c.notNull().defaultTo('normal'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('translation_subscriptions_site_idx')
    .ifNotExists()
    .on('translation_subscriptions')
    .column('site_id')
    .execute();

  await db.schema
    .createTable('joint_statements')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_article_id', 'text', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('publish_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('translation_tasks')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('source_article_id', 'text', (c) =>
      c.notNull().references('articles.id').onDelete('cascade'),
    )
    .addColumn('source_site_id', 'text', (c) =>
      c.notNull().references('sites.id').onDelete('cascade'),
    )
    .addColumn('target_site_id', 'text', (c) =>
      c.notNull().references('sites.id').onDelete('cascade'),
    )
    .addColumn('target_language', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outdated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('priority', 'text', (c) => c.notNull().defaultTo('normal'))
    .addColumn('due_on', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('assignee_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('requested_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('subscription_id', 'text', (c) =>
      c.references('translation_subscriptions.id').onDelete('set null'),
    )
    .addColumn('joint_statement_id', 'text', (c) =>
      c.references('joint_statements.id').onDelete('set null'),
    )
    .addColumn('target_article_id', 'text', (c) => c.references('articles.id').onDelete('set null'))
    .addColumn('source_revision', 'integer')
    .addColumn('working_copy', 'text')
    .addColumn('done_blocks', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('machine_blocks', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  // One live task per story and target (edition + language): a declined one does not count.
  await db.schema
    .createIndex('translation_tasks_story_target_key')
    .ifNotExists()
    .unique()
    .on('translation_tasks')
    .columns(['story_id', 'target_site_id', 'target_language'])
    .where(sql.ref('status'), '<>', 'declined')
    .execute();
  await db.schema
    .createIndex('translation_tasks_target_idx')
    .ifNotExists()
    .on('translation_tasks')
    .columns(['target_site_id', 'status'])
    .execute();
  await db.schema
    .createIndex('translation_tasks_source_idx')
    .ifNotExists()
    .on('translation_tasks')
    .column('source_article_id')
    .execute();
  await db.schema
    .createIndex('translation_tasks_target_article_idx')
    .ifNotExists()
    .on('translation_tasks')
    .column('target_article_id')
    .execute();

  await db.schema
    .createTable('translation_task_history')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) =>
      c.notNull().references('translation_tasks.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('translation_task_history_task_idx')
    .ifNotExists()
    .on('translation_task_history')
    .columns(['task_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('translation_comments')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) =>
      c.notNull().references('translation_tasks.id').onDelete('cascade'),
    )
    .addColumn('block_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('translation_comments_task_idx')
    .ifNotExists()
    .on('translation_comments')
    .columns(['task_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('notifications')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.references('translation_tasks.id').onDelete('cascade'))
    .addColumn('article_id', 'text', (c) => c.references('articles.id').onDelete('set null'))
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('read_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .ifNotExists()
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('notification_preferences')
    .ifNotExists()
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('email', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
