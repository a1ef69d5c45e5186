import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { Article } from '../api/types.ts';
import type { SourceUpdate, SourceUpdateDetail } from './types.ts';

/*
 * Source updates: changes of an original offered to its copies on sister editions. Screens that
 * apply or dismiss one say so here, so the sidebar's count and other views follow.
 */

const listeners = new Set<() => void>();

/** Tells every view of source updates that one was applied or dismissed. */
export function sourceUpdatesChanged(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever source updates change; returns the way to stop. */
export function onSourceUpdatesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Updates that call for attention: a typo fix of the original is offered, not announced. */
export function needsReview(update: SourceUpdate): boolean {
  return update.state === 'available' && !update.minor;
}

/** How many copies of an edition wait for a look at their original's changes. */
export function useSourceUpdateCount(siteId: string | null): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!siteId) {
      setCount(0);
      return;
    }
    let cancelled = false;
    const load = () =>
      api<SourceUpdate[]>('GET', `/sites/${siteId}/source-updates`).then(
        (updates) => !cancelled && setCount(updates.filter(needsReview).length),
        // A count is a courtesy: without it the entry is still there.
        () => !cancelled && setCount(0),
      );
    void load();
    const stop = onSourceUpdatesChanged(() => void load());
    // Originals change on other editions while the newsroom is open.
    const timer = window.setInterval(() => void load(), 120_000);
    return () => {
      cancelled = true;
      stop();
      window.clearInterval(timer);
    };
  }, [siteId]);
  return count;
}

/**
 * A copy's standing against its original, for the editor of an article (null when it is not a
 * copy of a sister article). Reloaded when the article's revision changes.
 */
export function useCopyStanding(article: Pick<Article, 'id' | 'revision' | 'origin'> | null) {
  const [detail, setDetail] = useState<SourceUpdateDetail | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [asked, setAsked] = useState(0);
  const source = article?.origin.source as { kind?: string } | undefined;
  const isCopy = article?.origin.type === 'republication' && source?.kind === 'article';
  const id = isCopy ? article?.id : undefined;
  const revision = article?.revision;
  // biome-ignore lint/correctness/useExhaustiveDependencies: revision and asked ask for a new load.
  useEffect(() => {
    if (!id) {
      setDetail(null);
      return;
    }
    let cancelled = false;
    setError(null);
    api<SourceUpdateDetail>('GET', `/articles/${id}/source-update`).then(
      (found) => !cancelled && setDetail(found),
      (failure: unknown) => {
        if (cancelled) return;
        // Not a copy after all (404): nothing to show.
        if (failure instanceof ApiError && failure.status === 404) setDetail(null);
        else setError(failure instanceof Error ? failure : new Error(String(failure)));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, revision, asked]);
  useEffect(() => onSourceUpdatesChanged(() => setAsked((n) => n + 1)), []);
  const reload = useCallback(() => setAsked((n) => n + 1), []);
  return { detail, error, reload };
}

/** Brings a copy up to its original: a new revision of the copy. */
export async function applySourceUpdate(copyId: string, expectedRevision?: number) {
  const revision = expectedRevision ?? (await api<Article>('GET', `/articles/${copyId}`)).revision;
  const copy = await api<Article>('POST', `/articles/${copyId}/apply-source-update`, {
    expectedRevision: revision,
  });
  sourceUpdatesChanged();
  return copy;
}

/** Keeps a copy as it is: the original's changes so far are no longer offered. */
export async function dismissSourceUpdate(copyId: string, sourceRevision: number) {
  const detail = await api<SourceUpdateDetail>(
    'POST',
    `/articles/${copyId}/dismiss-source-update`,
    { sourceRevision },
  );
  sourceUpdatesChanged();
  return detail;
}
