/** A static page of an edition (About, Support…). */
export interface PagesTable {
  id: string;
  site_id: string;
  slug: string;
  title: string;
  description: string;
  /** JSON: Block[] */
  body: string;
  published: number;
  created_at: string;
  updated_at: string;
}
