import type { ColumnType } from 'kysely';

/** Row types of stories, articles, their revisions, tags and credits. */

export interface StoriesTable {
  id: string;
  created_at: string;
}

export interface ArticlesTable {
  id: string;
  story_id: string;
  site_id: string;
  language: string;
  /** 'draft' | 'scheduled' | 'published' | 'unpublished' */
  status: string;
  slug: string;
  kicker: string;
  headline: string;
  dek: string;
  /** JSON: Block[]. */
  body: string;
  lead_media_id: string | null;
  section_id: string | null;
  series_id: string | null;
  series_position: number | null;
  /** 'original' | 'translation' | 'republication' */
  origin_type: string;
  /** The sister article this one translates or republishes. */
  source_article_id: string | null;
  /** The revision number of the source a translation or a copy was made from. */
  source_revision: number | null;
  /** An outside source of a republication. */
  source_publication: string | null;
  source_url: string | null;
  source_language: string | null;
  source_published_at: string | null;
  source_permission: string | null;
  social_title: string;
  social_description: string;
  /** 0/1: meant for the whole network (translation subscriptions may ask for it). */
  network_wide: number;
  published_at: string | null;
  scheduled_at: string | null;
  /** The current revision number; also the version checked on concurrent saves. */
  revision: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** Set while the article is in the trash. */
  deleted_at: string | null;
}

export interface ArticleRevisionsTable {
  id: string;
  article_id: string;
  number: number;
  /** JSON: RevisionSnapshot. */
  snapshot: string;
  /** 'edit' | 'typo' | 'correction' (ChangeKind); older rows are 'edit'. */
  change_kind: ColumnType<string, string | undefined, string>;
  created_by: string | null;
  created_at: string;
}

export interface ArticleTagsTable {
  article_id: string;
  tag_id: string;
  position: number;
}

export interface ArticleCreditsTable {
  article_id: string;
  contributor_id: string;
  /** 'author' | 'translator' | 'photographer' */
  role: string;
  position: number;
}
