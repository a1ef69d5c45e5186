import type { Selectable } from 'kysely';
import { type Clock, toTimestamp } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import type { Db } from '../db/database.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { NotificationsTable } from './notification.table.ts';
import { notificationMail } from './notification-mail.ts';

/** Something a newsroom user should know about, shown in the newsroom (and e-mailed if they wish). */
export interface Notification {
  id: string;
  userId: string;
  /** e.g. 'translation.submitted' */
  kind: string;
  taskId: string | null;
  articleId: string | null;
  /** What the message names, fixed when it was made: headline, edition, language, note… */
  data: Record<string, string>;
  readAt: string | null;
  createdAt: string;
}

export interface NotifyInput {
  userIds: (string | null)[];
  kind: string;
  taskId?: string | null;
  articleId?: string | null;
  data: Record<string, string>;
}

/** The job that e-mails one notification. */
export interface EmailNotificationJob {
  notificationId: string;
}

declare module '../jobs/job-queue.ts' {
  interface TribuneJobs {
    'notification.email': EmailNotificationJob;
  }
}

function toNotification(row: Selectable<NotificationsTable>): Notification {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    taskId: row.task_id,
    articleId: row.article_id,
    data: JSON.parse(row.data) as Record<string, string>,
    readAt: row.read_at,
    createdAt: row.created_at,
  };
}

/**
 * In-app notifications per user, with e-mail for those who opted in: the mail is a background
 * job (through the mail port), so a slow mail server never holds up the step that notified.
 */
export class NotificationService {
  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly newsroomUrl: () => string,
  ) {
    jobs.handle('notification.email', ({ payload }) => this.sendMail(payload.notificationId));
  }

  /** Notifies each user once (nulls and repeats left out); returns the notifications made. */
  async notify(input: NotifyInput): Promise<Notification[]> {
    const userIds = [...new Set(input.userIds.filter((id): id is string => !!id))];
    if (userIds.length === 0) return [];
    const now = toTimestamp(this.clock.now());
    const made: Notification[] = userIds.map((userId) => ({
      id: newId(),
      userId,
      kind: input.kind,
      taskId: input.taskId ?? null,
      articleId: input.articleId ?? null,
      data: input.data,
      readAt: null,
      createdAt: now,
    }));
    await this.db
      .insertInto('notifications')
      .values(
        made.map((n) => ({
          id: n.id,
          user_id: n.userId,
          kind: n.kind,
          task_id: n.taskId,
          article_id: n.articleId,
          data: JSON.stringify(n.data),
          read_at: null,
          created_at: n.createdAt,
        })),
      )
      .execute();
    const mailed = await this.db
      .selectFrom('notification_preferences')
      .select('user_id')
      .where('user_id', 'in', userIds)
      .where('email', '=', 1)
      .execute();
    const wantsMail = new Set(mailed.map((row) => row.user_id));
    for (const notification of made) {
      if (!wantsMail.has(notification.userId)) continue;
      await this.jobs.enqueue(
        'notification.email',
        { notificationId: notification.id },
        { dedupeKey: `notification.email:${notification.id}` },
      );
    }
    return made;
  }

  /** A user's notifications, newest first, with how many are unread. */
  async list(
    userId: string,
    options: { unreadOnly: boolean; limit: number; offset: number },
  ): Promise<{ total: number; unread: number; items: Notification[] }> {
    let query = this.db.selectFrom('notifications').where('user_id', '=', userId);
    if (options.unreadOnly) query = query.where('read_at', 'is', null);
    const [rows, total, unread] = await Promise.all([
      query
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit)
        .offset(options.offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      this.db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow(),
    ]);
    return { total: Number(total.n), unread: Number(unread.n), items: rows.map(toNotification) };
  }

  /** Marks some (or, with 'all', every) of a user's notifications read; how many changed. */
  async markRead(userId: string, ids: string[] | 'all'): Promise<number> {
    if (ids !== 'all' && ids.length === 0) return 0;
    let query = this.db
      .updateTable('notifications')
      .set({ read_at: toTimestamp(this.clock.now()) })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null);
    if (ids !== 'all') query = query.where('id', 'in', ids);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async preferences(userId: string): Promise<{ email: boolean }> {
    const row = await this.db
      .selectFrom('notification_preferences')
      .select('email')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return { email: row?.email === 1 };
  }

  async setPreferences(userId: string, preferences: { email: boolean }): Promise<void> {
    const now = toTimestamp(this.clock.now());
    const email = preferences.email ? 1 : 0;
    await this.db
      .insertInto('notification_preferences')
      .values({ user_id: userId, email, updated_at: now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ email, updated_at: now }))
      .execute();
  }

  /** Sends one notification by e-mail, in its reader's language (unless they opted out since). */
  private async sendMail(notificationId: string): Promise<void> {
    const row = await this.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .selectAll('notifications')
      .select(['users.email as email', 'users.name as name', 'users.locale as locale'])
      .select('users.disabled_at as disabledAt')
      .where('notifications.id', '=', notificationId)
      .executeTakeFirst();
    if (!row || row.disabledAt || !(await this.preferences(row.user_id)).email) return;
    const notification = toNotification(row);
    await this.mailer.send({
      to: { address: row.email, name: row.name },
      ...notificationMail(notification, {
        name: row.name,
        locale: row.locale,
        newsroomUrl: this.newsroomUrl(),
      }),
    });
  }
}
