import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { useLanguage } from '../i18n/i18n.tsx';
import { languageName } from '../manage/languages.ts';
import type { NetworkEdition } from './desk-types.ts';

/** Asked once per page load: editions change rarely, and every desk screen needs them. */
let asked: Promise<NetworkEdition[]> | null = null;
/** The answer once it came: a dialog opened later has the editions from its first render. */
let known: NetworkEdition[] | null = null;

function networkEditions(): Promise<NetworkEdition[]> {
  asked ??= api<NetworkEdition[]>('GET', '/translation-desk/editions').then(
    (list) => {
      known = list;
      return list;
    },
    (error) => {
      asked = null;
      throw error;
    },
  );
  return asked;
}

/** Every edition of the network (null while loading; an empty list if it could not be read). */
export function useNetworkEditions(): NetworkEdition[] | null {
  const [editions, setEditions] = useState<NetworkEdition[] | null>(known);
  useEffect(() => {
    let live = true;
    networkEditions()
      .then((list) => live && setEditions(list))
      .catch(() => live && setEditions([]));
    return () => {
      live = false;
    };
  }, []);
  return editions;
}

/** A function naming language tags in the interface language. */
export function useLanguageName(): (tag: string) => string {
  const language = useLanguage();
  return (tag) => languageName(tag, language);
}

/** An edition's name by its id; the id itself if unknown. */
export function editionLabel(editions: NetworkEdition[] | null, siteId: string): string {
  const edition = editions?.find((candidate) => candidate.id === siteId);
  return edition ? edition.name : siteId;
}
