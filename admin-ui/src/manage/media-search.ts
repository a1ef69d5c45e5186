import { useCallback, useEffect, useRef, useState } from 'react';
import { api, query } from '../api/client.ts';
import type { Media } from '../api/types.ts';
import { hasMore, itemsOf, type ListAnswer } from './list.ts';

/** How many items the newsroom asks for at a time. */
const PAGE_SIZE = 24;

/**
 * The media library searched by text, a page at a time ("show more" adds the next page).
 * Typing waits a moment before asking, so each keystroke does not start a search.
 */
export function useMediaSearch() {
  const [text, setText] = useState('');
  const [items, setItems] = useState<Media[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error | null>(null);
  // Answers to an older search that arrive late are dropped.
  const generation = useRef(0);

  const load = useCallback(async (q: string, pageNumber: number) => {
    const mine = ++generation.current;
    setLoading(true);
    setError(null);
    try {
      const answer = await api<ListAnswer<Media>>(
        'GET',
        `/media${query({ q, page: pageNumber, perPage: PAGE_SIZE })}`,
      );
      if (mine !== generation.current) return;
      const { items: found, total: all } = itemsOf(answer);
      setItems((current) => (pageNumber === 1 ? found : [...current, ...found]));
      setTotal(Array.isArray(answer) ? null : all);
      setPage(pageNumber);
      setMore(hasMore(answer, (pageNumber - 1) * PAGE_SIZE + found.length, PAGE_SIZE));
    } catch (failure) {
      if (mine === generation.current)
        setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void load(text, 1), text ? 250 : 0);
    return () => clearTimeout(timer);
  }, [text, load]);

  return {
    text,
    setText,
    items,
    total,
    loading,
    error,
    more,
    showMore: () => load(text, page + 1),
    retry: () => load(text, 1),
    /** A new upload goes first, as the newest item. */
    prepend: (media: Media) => {
      setItems((current) => [media, ...current.filter((item) => item.id !== media.id)]);
      setTotal((current) => (current === null ? null : current + 1));
    },
    replace: (media: Media) =>
      setItems((current) => current.map((item) => (item.id === media.id ? media : item))),
  };
}
