import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Contributor, Section, Series, Tag } from '../api/types.ts';
import { getList } from './api-lists.ts';

/** A list loaded from the API, or why it could not be. */
export interface Loaded<T> {
  items: T[];
  error: string | null;
}

function useList<T>(load: () => Promise<T[]>, key: string): Loaded<T> & { add(item: T): void } {
  const [state, setState] = useState<Loaded<T>>({ items: [], error: null });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what the load depends on.
  useEffect(() => {
    let cancelled = false;
    load().then(
      (items) => !cancelled && setState({ items, error: null }),
      (error: unknown) =>
        !cancelled &&
        setState({ items: [], error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [key]);
  const add = useCallback((item: T) => {
    setState((current) => ({ ...current, items: [...current.items, item] }));
  }, []);
  return { ...state, add };
}

/** The sections, series and tags of an edition, for the editor's pickers and the diffs. */
export function useEditionLists(siteId: string) {
  const sections = useList(() => getList<Section>(`/sites/${siteId}/sections`), `s:${siteId}`);
  const series = useList(() => getList<Series>(`/sites/${siteId}/series`), `r:${siteId}`);
  const tags = useList(() => getList<Tag>(`/sites/${siteId}/tags`, { limit: 500 }), `t:${siteId}`);
  return { sections, series, tags };
}

export type EditionLists = ReturnType<typeof useEditionLists>;

const contributorCache = new Map<string, Promise<Contributor | null>>();

/** One contributor of the network's registry, fetched once; null when it cannot be read. */
export function loadContributor(id: string): Promise<Contributor | null> {
  let found = contributorCache.get(id);
  if (!found) {
    found = api<Contributor>('GET', `/contributors/${encodeURIComponent(id)}`).catch(() => {
      contributorCache.delete(id);
      return null;
    });
    contributorCache.set(id, found);
  }
  return found;
}

/** Remembers a contributor just found or created. */
export function rememberContributor(contributor: Contributor): void {
  contributorCache.set(contributor.id, Promise.resolve(contributor));
}

/** The contributors with these ids, as they arrive. */
export function useContributors(ids: string[]): Map<string, Contributor> {
  const [found, setFound] = useState<Map<string, Contributor>>(new Map());
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    let cancelled = false;
    const wanted = key ? key.split(',') : [];
    void Promise.all(wanted.map(loadContributor)).then((loaded) => {
      if (cancelled) return;
      setFound(new Map(loaded.flatMap((item) => (item ? [[item.id, item] as const] : []))));
    });
    return () => {
      cancelled = true;
    };
  }, [key]);
  return found;
}
