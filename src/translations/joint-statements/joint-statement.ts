import { z } from 'zod';
import { dateOnly, languageTag, PRIORITIES } from '../desk/translation-task.ts';

/**
 * One text published on several editions at the same moment, each in its language: a source
 * article (still unpublished) and a translation task for each other edition. 'preparing': it
 * publishes itself once every task is approved; 'scheduled': it publishes at `publishAt` with
 * the translations that are ready then (the others follow on their own when published).
 */
export const STATEMENT_STATUSES = ['preparing', 'scheduled', 'published'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

export interface JointStatement {
  id: string;
  sourceArticleId: string;
  storyId: string;
  status: StatementStatus;
  publishAt: string | null;
  publishedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

const id = z.string().min(1).max(64);

export const jointStatementInputSchema = z.object({
  sourceArticleId: id,
  targets: z
    .array(
      z.object({
        siteId: id,
        /** Omitted: the edition's language. */
        language: languageTag.optional(),
      }),
    )
    .min(1)
    .max(50),
  priority: z.enum(PRIORITIES).default('high'),
  dueOn: dateOnly.nullable().default(null),
  notes: z.string().trim().max(2000).default(''),
  /** Null: publish as soon as every translation is approved. */
  publishAt: z.iso.datetime({ offset: true }).nullable().default(null),
});
export type JointStatementInput = z.input<typeof jointStatementInputSchema>;

export const scheduleSchema = z.object({
  /** Null: no set time any more; it publishes when every translation is approved. */
  publishAt: z.iso.datetime({ offset: true }).nullable(),
});

/** The background job that publishes a statement at its set time. */
export interface PublishStatementJob {
  statementId: string;
  /** The time the job was made for: a statement rescheduled since ignores it. */
  publishAt: string;
}

declare module '../../jobs/job-queue.ts' {
  interface TribuneJobs {
    'joint-statement.publish': PublishStatementJob;
  }
}
