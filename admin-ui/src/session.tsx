import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiError, api, setCsrfToken } from './api/client.ts';
import type { Session, Site } from './api/types.ts';

interface SessionState {
  session: Session | null;
  sites: Site[];
  loading: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  refresh(): Promise<void>;
  setLocale(locale: string): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Who is signed in, their editions, and signing in and out. */
export function SessionProvider(props: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [sites, setSites] = useState<Site[]>([]);
  const [loading, setLoading] = useState(true);

  const adopt = useCallback(async (next: Session | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    // Both at once: a screen never sees the new session with the editions of the old one.
    const editions = next ? await api<Site[]>('GET', '/sites').catch(() => []) : [];
    setSession(next);
    setSites(editions);
  }, []);

  const refresh = useCallback(async () => {
    try {
      await adopt(await api<Session>('GET', '/session'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) await adopt(null);
      else throw error;
    } finally {
      setLoading(false);
    }
  }, [adopt]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value: SessionState = {
    session,
    sites,
    loading,
    signIn: async (email, password) => {
      await adopt(await api<Session>('POST', '/session', { email, password }));
    },
    signOut: async () => {
      await api('DELETE', '/session').catch(() => undefined);
      await adopt(null);
    },
    refresh,
    setLocale: async (locale) => {
      await api('PATCH', '/me', { locale });
      await refresh();
    },
  };
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
