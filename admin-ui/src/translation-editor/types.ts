import type { Article, Block, DiffPart } from '../api/types.ts';

/*
 * The shapes of the translation desk's task detail and of the suggestion, glossary and machine
 * translation reads, as the translation editor uses them (see docs/translation-desk.md and the
 * OpenAPI document at /api/admin/v1/openapi.json).
 */

import type { Priority, TaskStatus, TranslationTask } from '../desk/desk-types.ts';

export type { TaskStatus };
export type TaskPriority = Priority;

export type Person = { id: string; name: string } | null;

/** The fields of an article a translator translates. */
export interface TranslationFields {
  kicker: string;
  headline: string;
  dek: string;
  body: Block[];
  socialTitle: string;
  socialDescription: string;
}

/** An update of a published translation in progress. */
export interface WorkingCopy {
  sourceRevision: number;
  version: number;
  outdatedBefore: boolean;
  fields: TranslationFields;
}

/** A task with what the editor needs beyond the desk's view of it. */
export interface Task extends TranslationTask {
  requestedBy: string | null;
  sourceRevision: number | null;
  workingCopy: WorkingCopy | null;
  doneBlocks: string[];
  machineBlocks: string[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export type HistoryKind =
  | 'requested'
  | 'assigned'
  | 'claimed'
  | 'started'
  | 'released'
  | 'submitted'
  | 'commented'
  | 'sent-back'
  | 'approved'
  | 'published'
  | 'declined'
  | 'outdated'
  | 'updated'
  | 'edited';

export interface HistoryEntry {
  id: string;
  kind: HistoryKind;
  actor: Person;
  note: string;
  data: Record<string, unknown>;
  createdAt: string;
}

/** A review comment: on a block of the translation, a field, or the whole (blockId null). */
export interface TaskComment {
  id: string;
  taskId: string;
  blockId: string | null;
  body: string;
  authorId: string | null;
  author: Person;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolver: Person;
}

/** The source at one revision. */
export interface SourceSnapshot extends TranslationFields {
  revision: number;
}

export interface TaskDetail {
  task: Task & { assignee: Person; requester: Person };
  source: {
    article: {
      id: string;
      siteId: string;
      language: string;
      status: string;
      headline: string;
      revision: number;
      publishedAt: string | null;
    };
    pinned: SourceSnapshot | null;
    /** In an update: the source at the working copy's revision. */
    working?: SourceSnapshot | null;
    changedSincePinned: boolean;
  };
  target: Article | null;
  translation: TranslationFields | null;
  translationRevision: number | null;
  progress: { blocks: number; done: number; machineDrafted: number };
  history: HistoryEntry[];
  comments: TaskComment[];
}

/** A step's answer that carries the translation. */
export interface TaskWithArticle {
  task: Task;
  article: Article | null;
}

type SourceBlockChange =
  | { kind: 'same' | 'added' | 'removed'; id: string; block: Block }
  | { kind: 'changed'; id: string; before: Block; after: Block; words: DiffPart[] };

/** What the source changed since the pinned revision. */
export interface SourceDiff {
  from: number;
  to: number;
  fields: { field: string; before: unknown; after: unknown; words?: DiffPart[] }[];
  blocks: SourceBlockChange[];
  /** Source block id → the translation's blocks that render it. */
  translationBlocks: Record<string, string[]>;
}

export interface MemoryMatch {
  id: string;
  kind: 'exact' | 'fuzzy';
  score: number;
  sourceText: string;
  sourceHtml: string;
  targetText: string;
  targetHtml: string;
  translation: {
    articleId: string;
    headline: string;
    siteId: string;
    siteName: string;
    publishedAt: string | null;
    blockId: string;
  };
}

export interface TermHit {
  termId: string;
  sourceTerm: string;
  targetTerm: string;
  note: string;
  caseSensitive: boolean;
  doNotTranslate: boolean;
  occurrences: number;
}

export interface TermWarning extends TermHit {
  problem: 'translated-differently' | 'not-kept';
}

export interface SuggestionsAnswer {
  segments: { id: string; matches: MemoryMatch[]; terms: TermHit[] }[];
}

export interface GlossaryCheckAnswer {
  segments: { id: string; warnings: TermWarning[] }[];
}

export type MachineStatus =
  | { enabled: false }
  | { enabled: true; provider: string; languages?: { code: string; name: string }[] | null };

export interface MachineDraft {
  kicker: string;
  headline: string;
  dek: string;
  body: Block[];
}
