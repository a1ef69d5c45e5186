import { useState } from 'react';
import { NotificationList } from '../desk/notification-list.tsx';
import { markRead, useNotifications } from '../desk/notifications.ts';
import { useT } from '../i18n/i18n.tsx';
import { StatusLine } from '../manage/feedback.tsx';
import { LoadFailure } from '../manage/load-failure.tsx';
import { Pager } from '../manage/pager.tsx';

const PER_PAGE = 25;

/** All of one's notifications, a page at a time, unread ones first to the eye; marking read. */
export function Notifications() {
  const t = useT();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, error, reload } = useNotifications({
    perPage: PER_PAGE,
    page,
    unread: unreadOnly,
  });
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState<Error | null>(null);
  const read = async (ids: string[] | 'all') => {
    setMessage('');
    setFailed(null);
    try {
      await markRead(ids);
      setMessage(
        ids === 'all' ? t('desk.notifications.allMarked') : t('desk.notifications.marked'),
      );
    } catch (failure) {
      setFailed(failure instanceof Error ? failure : new Error(String(failure)));
    }
  };
  const shown = unreadOnly ? (data?.unread ?? 0) : (data?.total ?? 0);
  return (
    <section className="manage notifications-screen" aria-labelledby="notifications-title">
      <h1 id="notifications-title">{t('desk.notifications.title')}</h1>
      <p className="lede">{t('desk.notifications.lede')}</p>
      <div className="actions">
        <label className="inline">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => {
              setPage(1);
              setUnreadOnly(event.target.checked);
            }}
          />
          {t('desk.notifications.unreadOnly')}
        </label>
        {data && data.unread > 0 ? (
          <button type="button" onClick={() => void read('all')}>
            {t('desk.notifications.markAll')}
          </button>
        ) : null}
      </div>
      <LoadFailure error={error ?? failed} retry={() => void reload()} />
      {data ? (
        <>
          <p className="count" aria-live="polite">
            {t('desk.notifications.count', { count: shown, unread: data.unread })}
          </p>
          {data.items.length === 0 ? <p>{t('desk.notifications.none')}</p> : null}
          <NotificationList items={data.items} onRead={(ids) => void read(ids)} />
          <Pager page={page} hasNext={page * PER_PAGE < shown} onPage={setPage} />
        </>
      ) : error ? null : (
        <p>{t('app.loading')}</p>
      )}
      <StatusLine message={message} />
    </section>
  );
}
