/** A section of an edition: the main division of its articles (Politics, Labor…). */
export interface Section {
  id: string;
  siteId: string;
  slug: string;
  name: string;
  description: string;
  position: number;
}

/** A free label on articles of one edition. */
export interface Tag {
  id: string;
  siteId: string;
  slug: string;
  name: string;
  description: string;
}

/** An ordered run of articles on one edition (a multi-part investigation, a column). */
export interface Series {
  id: string;
  siteId: string;
  slug: string;
  title: string;
  description: string;
}
