import { z } from 'zod';
import type { Block } from '../../articles/blocks.ts';
import { blocksInputSchema } from '../../articles/blocks.ts';
import { canonicalLanguageTag } from '../../core/locale.ts';

/**
 * Where a translation task stands. 'approved' is "ready to publish". Whether the source has
 * changed since is not a status but the `outdated` flag, so a published translation keeps its
 * place (and its publication) while it waits for an update.
 */
export const TASK_STATUSES = [
  'open',
  'claimed',
  'in_review',
  'approved',
  'published',
  'declined',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Most pressing last, so a higher index sorts first on the desk. */
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The steps a task's history records. */
export const HISTORY_KINDS = [
  'requested',
  'assigned',
  'claimed',
  'started',
  'released',
  'submitted',
  'commented',
  'sent-back',
  'approved',
  'published',
  'declined',
  'outdated',
  /** An update of the published translation began (the task re-opened on the same article). */
  'updated',
  /** Priority, due date or notes changed. */
  'edited',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** The fields of an article a translator translates. */
export interface TranslatableFields {
  kicker: string;
  headline: string;
  dek: string;
  body: Block[];
  socialTitle: string;
  socialDescription: string;
}

/**
 * An update of a published translation in progress: the published article stays as it is
 * while the translator works here; publishing the update saves this as a new revision of it.
 */
export interface WorkingCopy {
  /** The source revision this copy is aligned with; the pin once the update is published. */
  sourceRevision: number;
  /** Counts saves, for conflict detection as with article revisions. */
  version: number;
  fields: TranslatableFields;
  /** Whether the task was outdated when the update began (declining the update restores it). */
  outdatedBefore: boolean;
}

/** A request to produce an article on one edition, in one language, from a source article. */
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
  /** 'YYYY-MM-DD' */
  dueOn: string | null;
  notes: string;
  assigneeId: string | null;
  requestedBy: string | null;
  subscriptionId: string | null;
  jointStatementId: string | null;
  targetArticleId: string | null;
  /** The source revision the target article is translated from. */
  sourceRevision: number | null;
  workingCopy: WorkingCopy | null;
  /** Target block ids marked done by the translator. */
  doneBlocks: string[];
  /** Target block ids drafted by machine translation and not yet reviewed by a person. */
  machineBlocks: string[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface HistoryEntry {
  id: string;
  taskId: string;
  kind: HistoryKind;
  actorId: string | null;
  note: string;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface TaskComment {
  id: string;
  taskId: string;
  /** A block id of the translation, a field name (see COMMENTABLE_FIELDS), or null: the whole. */
  blockId: string | null;
  body: string;
  authorId: string | null;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

/** Fields of the translation a comment may point at besides its blocks. */
export const COMMENTABLE_FIELDS = [
  'kicker',
  'headline',
  'dek',
  'socialTitle',
  'socialDescription',
] as const;

const id = z.string().min(1).max(64);
export const dateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'issue.date', abort: true })
  .refine((value) => !Number.isNaN(Date.parse(value)), 'issue.realDate');
export const languageTag = z
  .string()
  .trim()
  .refine((value) => canonicalLanguageTag(value) !== null, 'issue.languageTag')
  .transform((value) => canonicalLanguageTag(value) ?? value);

/** Asking for a translation by hand. */
export const requestTranslationSchema = z.object({
  sourceArticleId: id,
  targetSiteId: id,
  /** Omitted: the target edition's language. */
  targetLanguage: languageTag.optional(),
  priority: z.enum(PRIORITIES).default('normal'),
  dueOn: dateOnly.nullable().default(null),
  notes: z.string().trim().max(2000).default(''),
});
export type RequestTranslationInput = z.input<typeof requestTranslationSchema>;

/** What a manager may change about a task besides its status. */
export const taskChangesSchema = z.object({
  priority: z.enum(PRIORITIES).optional(),
  dueOn: dateOnly.nullable().optional(),
  notes: z.string().trim().max(2000).optional(),
});
export type TaskChanges = z.input<typeof taskChangesSchema>;

/** A save of the translation's text (the article while a draft, the working copy in an update). */
export const translationSaveSchema = z.object({
  expectedRevision: z.number().int().min(1),
  kicker: z.string().trim().max(120).optional(),
  headline: z.string().trim().min(1, 'issue.required').max(300).optional(),
  dek: z.string().trim().max(1000).optional(),
  body: blocksInputSchema.optional(),
  socialTitle: z.string().trim().max(300).optional(),
  socialDescription: z.string().trim().max(1000).optional(),
});
export type TranslationSave = z.input<typeof translationSaveSchema>;

/** Marks on blocks of the translation: done or not, machine-drafted or reviewed by a person. */
export const blockMarksSchema = z
  .object({
    blockIds: z.array(z.string().min(1).max(64)).min(1).max(2000),
    done: z.boolean().optional(),
    machine: z.enum(['drafted', 'reviewed']).optional(),
  })
  .refine((marks) => marks.done !== undefined || marks.machine !== undefined, {
    message: 'issue.required',
    path: ['done'],
  });
export type BlockMarks = z.input<typeof blockMarksSchema>;

export const commentInputSchema = z.object({
  blockId: z.string().min(1).max(64).nullable().default(null),
  body: z.string().trim().min(1, 'issue.required').max(5000),
});
export type CommentInput = z.input<typeof commentInputSchema>;

/** A note that must say something (sending back); optional elsewhere. */
export const noteSchema = z.object({ note: z.string().trim().max(5000).default('') });
export const requiredNoteSchema = z.object({
  note: z.string().trim().min(1, 'issue.required').max(5000),
});

/** The sort rank of a priority: urgent first. */
export function priorityRank(priority: Priority): number {
  return PRIORITIES.length - 1 - PRIORITIES.indexOf(priority);
}
