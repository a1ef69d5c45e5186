import type { Executor } from '../db/database.ts';
import type { ImageRef } from '../media/image-ref.ts';
import { loadImageRefs } from '../media/media.view.ts';
import { ContributorRepository } from './contributor.repository.ts';
import { displayName, profileFor } from './contributor.ts';

/** A contributor as their page shows them, in one language. */
export interface ContributorProfileView {
  id: string;
  slug: string;
  kind: 'person' | 'organisation';
  name: string;
  title: string;
  bio: string;
  links: { label: string; url: string }[];
  photo: ImageRef | null;
}

/** Reads a contributor for the reader site. */
export class ContributorPageView {
  constructor(private readonly db: Executor) {}

  async bySlug(slug: string, language: string): Promise<ContributorProfileView | undefined> {
    const contributor = await new ContributorRepository(this.db).findBySlug(slug);
    if (!contributor) return undefined;
    const profile = profileFor(contributor, language);
    const photos = await loadImageRefs(this.db, [contributor.photoMediaId], language);
    return {
      id: contributor.id,
      slug: contributor.slug,
      kind: contributor.kind,
      name: displayName(contributor, language),
      title: profile?.title ?? '',
      bio: profile?.bio ?? '',
      links: contributor.links,
      photo: contributor.photoMediaId ? (photos.get(contributor.photoMediaId) ?? null) : null,
    };
  }
}
