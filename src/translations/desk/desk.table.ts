/** Row types of the translation desk: tasks, their history and comments, subscriptions, joint statements. */

export interface TranslationTasksTable {
  id: string;
  story_id: string;
  source_article_id: string;
  /** The source's edition, kept for the desk's filters. */
  source_site_id: string;
  target_site_id: string;
  /** BCP 47 */
  target_language: string;
  /** 'open' | 'claimed' | 'in_review' | 'approved' | 'published' | 'declined' */
  status: string;
  /** 0/1: the source changed (not a typo fix) after the revision the translation follows. */
  outdated: number;
  /** 'low' | 'normal' | 'high' | 'urgent' */
  priority: string;
  /** 'YYYY-MM-DD' */
  due_on: string | null;
  notes: string;
  assignee_id: string | null;
  /** Null when a subscription or the desk itself opened the task. */
  requested_by: string | null;
  subscription_id: string | null;
  joint_statement_id: string | null;
  /** The translation's article on the target edition, once work started. */
  target_article_id: string | null;
  /** The source revision the target article is translated from (pinned when work starts). */
  source_revision: number | null;
  /** JSON: WorkingCopy — an update of a published translation in progress. */
  working_copy: string | null;
  /** JSON: target block ids the translator marked done. */
  done_blocks: string;
  /** JSON: target block ids drafted by machine translation and not reviewed yet. */
  machine_blocks: string;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

export interface TranslationTaskHistoryTable {
  id: string;
  task_id: string;
  /** TaskHistoryKind */
  kind: string;
  /** Null: the desk itself (a subscription, the source changing, a timed publication). */
  actor_id: string | null;
  note: string;
  /** JSON: what else the step records (revisions, the assignee…). */
  data: string;
  created_at: string;
}

export interface TranslationCommentsTable {
  id: string;
  task_id: string;
  /** A block id of the translation, a field name ('headline'…), or null for the whole. */
  block_id: string | null;
  body: string;
  author_id: string | null;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

export interface TranslationSubscriptionsTable {
  id: string;
  /** The subscribing edition: tasks open there. */
  site_id: string;
  target_language: string;
  /** JSON: string[]; empty: any edition. */
  source_site_ids: string;
  /** JSON: string[]; empty: any language. */
  source_languages: string;
  /** JSON: string[]; empty: any section. */
  section_ids: string;
  network_wide_only: number;
  priority: string;
  active: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface JointStatementsTable {
  id: string;
  source_article_id: string;
  story_id: string;
  /** 'preparing' | 'scheduled' | 'published' */
  status: string;
  publish_at: string | null;
  published_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
