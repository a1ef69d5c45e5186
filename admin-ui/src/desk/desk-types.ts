/** The shapes the translation desk's part of the Admin API answers with (docs/translation-desk.md). */

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export type TaskStatus = 'open' | 'claimed' | 'in_review' | 'approved' | 'published' | 'declined';

/** The desk's columns: the statuses, and published translations whose source changed. */
export const BOARD_COLUMNS = [
  'open',
  'claimed',
  'in_review',
  'approved',
  'published',
  'outdated',
] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

/** One task as the desk shows it. */
export interface TaskCard {
  id: string;
  status: TaskStatus;
  outdated: boolean;
  isUpdate: boolean;
  machineDrafted: number;
  priority: Priority;
  dueOn: string | null;
  notes: string;
  targetSiteId: string;
  targetLanguage: string;
  source: {
    articleId: string;
    siteId: string;
    siteName: string;
    language: string;
    headline: string;
    section: { id: string; name: string } | null;
    publishedAt: string | null;
    revision: number;
  };
  sourceRevision: number | null;
  target: { articleId: string; headline: string; status: string } | null;
  assignee: { id: string; name: string } | null;
  requestedBy: string | null;
  subscriptionId: string | null;
  jointStatementId: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface Board {
  columns: Record<BoardColumn, TaskCard[]>;
  /** Tasks per column under the filters (published: all of them, not only those shown). */
  counts: Record<BoardColumn, number>;
}

/** A task as the steps answer it. */
export interface TranslationTask {
  id: string;
  storyId: string;
  sourceArticleId: string;
  sourceSiteId: string;
  targetSiteId: string;
  targetLanguage: string;
  status: TaskStatus;
  outdated: boolean;
  priority: Priority;
  dueOn: string | null;
  notes: string;
  assigneeId: string | null;
  jointStatementId: string | null;
  targetArticleId: string | null;
}

/** An edition of the network, as a request or a subscription names it. */
export interface NetworkEdition {
  id: string;
  slug: string;
  name: string;
  language: string;
  sections: { id: string; name: string }[];
}

/** Someone who may take the edition's tasks. */
export interface Translator {
  id: string;
  name: string;
  roles: string[];
}

/** How far one story has come on one edition (in one language). */
export type VersionState =
  | 'original'
  | 'translation'
  | 'republication'
  | 'outdated'
  | 'task-open'
  | 'task-claimed'
  | 'task-in_review'
  | 'task-approved'
  | 'draft'
  | 'none';

export interface EditionState {
  siteId: string;
  language: string;
  state: VersionState;
  articleId: string | null;
  taskId: string | null;
}

/** One story in the network view: which editions have it. */
export interface StoryCoverage {
  storyId: string;
  original: {
    articleId: string;
    siteId: string;
    language: string;
    headline: string;
    publishedAt: string;
  };
  editions: EditionState[];
  publishedCount: number;
}

/** An edition's standing request for its sisters' articles. */
export interface Subscription {
  id: string;
  siteId: string;
  targetLanguage: string;
  sourceSiteIds: string[];
  sourceLanguages: string[];
  sectionIds: string[];
  networkWideOnly: boolean;
  priority: Priority;
  active: boolean;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export type StatementStatus = 'preparing' | 'scheduled' | 'published';

/** A joint statement and where each of its editions stands. */
export interface JointStatement {
  id: string;
  sourceArticleId: string;
  storyId: string;
  status: StatementStatus;
  publishAt: string | null;
  publishedAt: string | null;
  source: {
    articleId: string;
    siteId: string;
    language: string;
    headline: string;
    status: string;
  } | null;
  editions: {
    siteId: string;
    language: string;
    taskId: string;
    status: TaskStatus;
    ready: boolean;
    articleId: string | null;
  }[];
  readyCount: number;
}

/** One in-app notification; its message is in the reader's interface language. */
export interface DeskNotification {
  id: string;
  kind: string;
  taskId: string | null;
  articleId: string | null;
  data: Record<string, string>;
  message: string;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPage {
  total: number;
  unread: number;
  items: DeskNotification[];
}
