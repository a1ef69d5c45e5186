import { When } from '../components/status.tsx';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { RowButton } from '../manage/table-parts.tsx';
import { VisuallyHidden } from '../manage/visually-hidden.tsx';
import { Link } from '../router.tsx';
import type { DeskNotification } from './desk-types.ts';

/** Where a notification leads: its task (the translation editor), else its article. */
export function notificationTarget(notification: DeskNotification): string | null {
  if (notification.taskId) return `/translations/${notification.taskId}`;
  if (notification.articleId) return `/articles/${notification.articleId}`;
  return null;
}

/**
 * Notifications, newest first: each message linked to its task, when it came, whether it is
 * read; unread ones can be marked read one by one. Following a link marks it read too.
 */
export function NotificationList(props: {
  items: DeskNotification[];
  onRead(ids: string[]): void;
  onFollow?(): void;
}) {
  const t = useT();
  const language = useLanguage();
  return (
    <ul className="notification-list">
      {props.items.map((notification) => {
        const to = notificationTarget(notification);
        const unread = notification.readAt === null;
        return (
          <li
            key={notification.id}
            className={unread ? 'notification notification--unread' : 'notification'}
          >
            <p className="notification__message">
              {unread ? (
                <VisuallyHidden>{t('desk.notifications.unreadMark')} </VisuallyHidden>
              ) : null}
              {to ? (
                <Link
                  to={to}
                  onClick={() => {
                    if (unread) props.onRead([notification.id]);
                    props.onFollow?.();
                  }}
                >
                  {notification.message}
                </Link>
              ) : (
                notification.message
              )}
            </p>
            {notification.data.note ? (
              <p className="notification__note">“{notification.data.note}”</p>
            ) : null}
            <p className="notification__meta">
              <When iso={notification.createdAt} language={language} />
              {unread ? (
                <RowButton
                  label={t('desk.notifications.markRead')}
                  row={notification.message}
                  onClick={(event) => {
                    // The button goes once read: the focus stays on this notification's link.
                    const link = event.currentTarget.closest('li')?.querySelector('a');
                    props.onRead([notification.id]);
                    link?.focus();
                  }}
                />
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
