import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { NotificationPage } from './desk-types.ts';

/** How often the bell asks for news while the newsroom is open. */
export const POLL_MS = 60_000;

/** Said on the window when notifications were marked read, so every counter updates. */
const CHANGED = 'tribune:notifications-changed';

/** Marks notifications read (some by id, or all) and tells every counter on screen. */
export async function markRead(which: string[] | 'all'): Promise<void> {
  await api('POST', '/me/notifications/read', which === 'all' ? { all: true } : { ids: which });
  window.dispatchEvent(new Event(CHANGED));
}

/**
 * One page of the user's notifications, asked again every minute, on every change of address
 * and whenever some were marked read.
 */
export function useNotifications(options: { perPage: number; page?: number; unread?: boolean }) {
  const { perPage, page = 1, unread = false } = options;
  const [data, setData] = useState<NotificationPage | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const load = useCallback(async () => {
    try {
      setData(
        await api<NotificationPage>(
          'GET',
          `/me/notifications?perPage=${perPage}&page=${page}${unread ? '&unread=true' : ''}`,
        ),
      );
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    }
  }, [perPage, page, unread]);
  useEffect(() => {
    void load();
    const again = () => void load();
    const timer = window.setInterval(again, POLL_MS);
    window.addEventListener('hashchange', again);
    window.addEventListener(CHANGED, again);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('hashchange', again);
      window.removeEventListener(CHANGED, again);
    };
  }, [load]);
  return { data, error, reload: load };
}
