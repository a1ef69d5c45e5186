/** Row types of the shared media archive. */

export interface MediaTable {
  id: string;
  /** The edition that uploaded it; media is shared by every edition. */
  site_id: string | null;
  /** 'image' */
  kind: string;
  storage_key: string;
  original_name: string;
  mime_type: string;
  width: number;
  height: number;
  bytes: number;
  /** Who to credit, e.g. 'Ana Pérez / Meridiano'; shown after "Photo:" in each language. */
  credit: string;
  uploaded_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface MediaTextsTable {
  media_id: string;
  language: string;
  alt: string;
  caption: string;
}
