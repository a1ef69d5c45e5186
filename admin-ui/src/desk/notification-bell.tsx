import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { VisuallyHidden } from '../manage/visually-hidden.tsx';
import { Link } from '../router.tsx';
import { NotificationList } from './notification-list.tsx';
import { markRead, useNotifications } from './notifications.ts';

/** How many notifications the bell's panel shows; the screen has them all. */
const SHOWN = 8;

function BellIcon() {
  return (
    <svg className="bell__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

/**
 * The bell in the newsroom's header: how many notifications are unread (asked every minute and
 * on every navigation), and a panel with the newest, to follow or mark read.
 */
export function NotificationBell() {
  const t = useT();
  const { data, reload } = useNotifications({ perPage: SHOWN });
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const unread = data?.unread ?? 0;

  // A click anywhere else closes the panel, as does a change of address.
  useEffect(() => {
    if (!open) return;
    const outside = (event: MouseEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false);
    };
    const away = () => setOpen(false);
    // Escape closes it wherever the focus is (a button just removed leaves it on the page).
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('keydown', onEscape);
    window.addEventListener('hashchange', away);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('keydown', onEscape);
      window.removeEventListener('hashchange', away);
    };
  }, [open]);

  const read = (ids: string[] | 'all') => void markRead(ids).catch(() => reload());

  return (
    <div className="bell" ref={box}>
      <button
        type="button"
        ref={button}
        className="bell__button"
        aria-expanded={open}
        aria-controls="notification-panel"
        onClick={() => {
          if (!open) void reload();
          setOpen(!open);
        }}
      >
        <BellIcon />
        {unread > 0 ? (
          <span className="bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
        <VisuallyHidden>
          {unread > 0
            ? t('desk.notifications.bellUnread', { count: unread })
            : t('desk.notifications.bell')}
        </VisuallyHidden>
      </button>
      {open ? (
        <section
          id="notification-panel"
          className="bell__panel"
          aria-labelledby="notification-panel-title"
        >
          <div className="bell__head">
            <h2 id="notification-panel-title">{t('desk.notifications.latest')}</h2>
            {unread > 0 ? (
              <button type="button" className="small" onClick={() => read('all')}>
                {t('desk.notifications.markAll')}
              </button>
            ) : null}
          </div>
          {data && data.items.length === 0 ? (
            <p className="hint">{t('desk.notifications.none')}</p>
          ) : null}
          {data ? (
            <NotificationList
              items={data.items}
              onRead={(ids) => read(ids)}
              onFollow={() => setOpen(false)}
            />
          ) : (
            <p>{t('app.loading')}</p>
          )}
          <p className="bell__all">
            <Link to="/notifications" onClick={() => setOpen(false)}>
              {t('desk.notifications.all', { count: data?.total ?? 0 })}
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
