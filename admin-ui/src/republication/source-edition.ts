import { useSession } from '../session.tsx';
import { type NetworkEdition, useNetworkEditions } from './content-api.ts';

/** An edition of the network by id, and whether the user works on it (null: not known yet). */
export function useSourceEdition(
  siteId: string | null,
): (NetworkEdition & { mine: boolean }) | null {
  const editions = useNetworkEditions();
  const { sites } = useSession();
  if (!siteId) return null;
  const mine = sites.some((site) => site.id === siteId);
  const found = editions.find((edition) => edition.id === siteId);
  if (found) return { ...found, mine };
  // The Content API could not be read: the user's own editions still have a name.
  const own = sites.find((site) => site.id === siteId);
  return own
    ? {
        id: own.id,
        slug: own.slug,
        name: own.name,
        language: own.language,
        url: `${own.host ? `https://${own.host}` : ''}${own.basePath}/`,
        mine: true,
      }
    : null;
}
