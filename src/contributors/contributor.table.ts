/** Row types of the network's shared roster of contributors. */

export interface ContributorsTable {
  id: string;
  /** 'person' | 'organisation' */
  kind: string;
  slug: string;
  name: string;
  email: string | null;
  photo_media_id: string | null;
  /** JSON: ContributorLink[]. */
  links: string;
  user_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ContributorProfilesTable {
  contributor_id: string;
  /** BCP 47 language subtag or tag the profile is written in. */
  language: string;
  /** The name in this language when it differs (organisations), else null. */
  name: string | null;
  title: string;
  bio: string;
}
