/** Row types of sections, tags and series: each belongs to one edition. */

export interface SectionsTable {
  id: string;
  site_id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface TagsTable {
  id: string;
  site_id: string;
  slug: string;
  name: string;
  description: string;
  created_at: string;
  updated_at: string;
}

export interface SeriesTable {
  id: string;
  site_id: string;
  slug: string;
  title: string;
  description: string;
  created_at: string;
  updated_at: string;
}
