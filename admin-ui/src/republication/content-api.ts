import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';

/*
 * The public Content API (/api/content/v1): what every edition of the network has published.
 * The newsroom reads it for what lies beyond the user's own editions: the names of sister
 * editions, and their published articles to republish. It needs no session and changes nothing.
 */

const BASE = '/api/content/v1';

/** An edition of the network as the Content API names it. */
export interface NetworkEdition {
  id: string;
  slug: string;
  name: string;
  language: string;
  url: string;
}

/** A published article of any edition, as much of it as the newsroom shows. */
export interface PublishedArticle {
  id: string;
  storyId: string;
  edition: { id: string; slug: string; name: string; language: string };
  language: string;
  url: string;
  kicker: string;
  headline: string;
  dek: string;
  publishedAt: string;
  origin: {
    type: 'original' | 'translation' | 'republication';
    /** The sister article it comes from (null if withdrawn; absent for an original). */
    source?: { edition?: { id: string } } | null;
  };
  /** The story's other published versions, on every edition. */
  translations: { id: string; edition: { id: string }; republication: boolean }[];
}

/** A search hit: plain text with the ranges that matched. */
export interface SearchHit {
  id: string;
  edition: { id: string; slug: string; name: string; language: string };
  language: string;
  url: string;
  publishedAt: string;
  contributors: string;
  headline: { text: string };
  excerpt: { text: string };
}

/** GETs a Content API path; a problem answer becomes an ApiError with its detail. */
export async function contentApi<T>(path: string, language: string): Promise<T> {
  const response = await fetch(`${BASE}${path}`, {
    headers: { Accept: 'application/json', 'Accept-Language': language },
  });
  const data = (await response.json().catch(() => ({}))) as {
    detail?: string;
    issues?: ApiError['issues'];
  };
  if (!response.ok) {
    throw new ApiError(
      response.status,
      'content-api',
      data.detail ?? response.statusText,
      data.issues ?? [],
    );
  }
  return data as T;
}

let editions: Promise<NetworkEdition[]> | null = null;

/** Every edition of the network, asked once per page load. */
export function networkEditions(): Promise<NetworkEdition[]> {
  editions ??= contentApi<{ items: NetworkEdition[] }>('/editions', 'en').then(
    (answer) => answer.items,
    (error: unknown) => {
      editions = null;
      throw error;
    },
  );
  return editions;
}

/** The network's editions (empty until they arrive, or if they cannot be read). */
export function useNetworkEditions(): NetworkEdition[] {
  const [found, setFound] = useState<NetworkEdition[]>([]);
  useEffect(() => {
    let cancelled = false;
    networkEditions().then(
      (items) => !cancelled && setFound(items),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return found;
}

/** The language's primary subtag: 'es' for 'es-PE'. */
export function baseLanguage(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

/** The languages the network writes in, as tags and base languages, for suggestions. */
export function useNetworkLanguages(): string[] {
  const editions = useNetworkEditions();
  return [
    ...new Set(editions.flatMap((edition) => [edition.language, baseLanguage(edition.language)])),
  ].sort();
}
