/** Row types of the editions' tables, as stored (JSON columns are text, booleans 0/1). */

export interface SitesTable {
  id: string;
  slug: string;
  name: string;
  /** BCP 47 tag, e.g. 'es-AR'. */
  language: string;
  /** ISO 3166-1 alpha-2, or null for an edition not tied to one country. */
  country: string | null;
  timezone: string;
  tagline: string;
  /** The edition's own host name, or '' when it is served on the network's shared origin. */
  host: string;
  /** '' when the edition owns its host's root, else a prefix like '/en'. */
  base_path: string;
  /** JSON: SocialLink[]. */
  social_links: string;
  /** JSON: NavigationItem[]. */
  navigation: string;
  /** JSON: SiteSettings. */
  settings: string;
  position: number;
  created_at: string;
  updated_at: string;
}

/** Settings of the whole network, one JSON value per key. */
export interface NetworkSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

/** The curated front page of an edition: position 0 is the lead story, then featured slots. */
export interface FrontPageSlotsTable {
  site_id: string;
  position: number;
  article_id: string;
  updated_at: string;
}
