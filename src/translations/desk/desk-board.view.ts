import type { Executor } from '../../db/database.ts';
import { toTask } from './task.repository.ts';
import { type Priority, priorityRank, type TaskStatus } from './translation-task.ts';

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
  /** The source changed (not a typo fix) after the revision this translation follows. */
  outdated: boolean;
  /** An update of a published translation (its article stays online meanwhile). */
  isUpdate: boolean;
  /** Blocks drafted by machine translation that no person has reviewed yet. */
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
    /** The source's current revision; compare with `sourceRevision`, the pinned one. */
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

export interface BoardFilters {
  siteId: string;
  language?: string;
  sourceSiteId?: string;
  /** A section of the source edition. */
  sectionId?: string;
  priority?: Priority;
  /** 'YYYY-MM-DD': tasks due on or before. */
  dueBefore?: string;
  assigneeId?: string;
  /** How many published (up to date) translations to show, newest first. */
  publishedLimit?: number;
}

export interface Board {
  columns: Record<BoardColumn, TaskCard[]>;
  /** Tasks per column under the filters (published: all of them, not only those shown). */
  counts: Record<BoardColumn, number>;
}

/** The column a task stands in. */
export function columnOf(card: Pick<TaskCard, 'status' | 'outdated'>): BoardColumn | null {
  if (card.status === 'declined') return null;
  if (card.status === 'published') return card.outdated ? 'outdated' : 'published';
  return card.status;
}

/**
 * Work comes first by urgency, then by due date (undated last), then oldest first; published
 * and outdated translations newest first.
 */
export function sortCards(column: BoardColumn, cards: TaskCard[]): TaskCard[] {
  const byDate = (a: string | null, b: string | null) => (a ?? '9999').localeCompare(b ?? '9999');
  return [...cards].sort((a, b) => {
    if (column === 'published' || column === 'outdated') {
      return (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '');
    }
    return (
      priorityRank(a.priority) - priorityRank(b.priority) ||
      byDate(a.dueOn, b.dueOn) ||
      a.createdAt.localeCompare(b.createdAt)
    );
  });
}

/** The translation desk of one edition: its tasks by column, filtered and sorted. */
export class DeskBoardView {
  constructor(private readonly db: Executor) {}

  async board(filters: BoardFilters): Promise<Board> {
    let query = this.db
      .selectFrom('translation_tasks as t')
      .innerJoin('articles as src', 'src.id', 't.source_article_id')
      .innerJoin('sites as ss', 'ss.id', 'src.site_id')
      .leftJoin('sections as sec', 'sec.id', 'src.section_id')
      .leftJoin('articles as tgt', 'tgt.id', 't.target_article_id')
      .leftJoin('users as u', 'u.id', 't.assignee_id')
      .selectAll('t')
      .select([
        'src.headline as src_headline',
        'src.language as src_language',
        'src.published_at as src_published_at',
        'src.revision as src_revision',
        'ss.name as src_site_name',
        'sec.id as sec_id',
        'sec.name as sec_name',
        'tgt.headline as tgt_headline',
        'tgt.status as tgt_status',
        'u.name as assignee_name',
      ])
      .where('t.target_site_id', '=', filters.siteId)
      .where('t.status', '<>', 'declined');
    if (filters.language) query = query.where('t.target_language', '=', filters.language);
    if (filters.sourceSiteId) query = query.where('t.source_site_id', '=', filters.sourceSiteId);
    if (filters.sectionId) query = query.where('src.section_id', '=', filters.sectionId);
    if (filters.priority) query = query.where('t.priority', '=', filters.priority);
    if (filters.dueBefore) query = query.where('t.due_on', '<=', filters.dueBefore);
    if (filters.assigneeId) query = query.where('t.assignee_id', '=', filters.assigneeId);
    const rows = await query.execute();

    const columns = Object.fromEntries(BOARD_COLUMNS.map((c) => [c, [] as TaskCard[]])) as Record<
      BoardColumn,
      TaskCard[]
    >;
    for (const row of rows) {
      const task = toTask(row);
      const card: TaskCard = {
        id: task.id,
        status: task.status,
        outdated: task.outdated,
        isUpdate: task.workingCopy !== null,
        machineDrafted: task.machineBlocks.length,
        priority: task.priority,
        dueOn: task.dueOn,
        notes: task.notes,
        targetSiteId: task.targetSiteId,
        targetLanguage: task.targetLanguage,
        source: {
          articleId: task.sourceArticleId,
          siteId: task.sourceSiteId,
          siteName: row.src_site_name,
          language: row.src_language,
          headline: row.src_headline,
          section: row.sec_id ? { id: row.sec_id, name: row.sec_name ?? '' } : null,
          publishedAt: row.src_published_at,
          revision: row.src_revision,
        },
        sourceRevision: task.sourceRevision,
        target:
          task.targetArticleId && row.tgt_headline !== null
            ? {
                articleId: task.targetArticleId,
                headline: row.tgt_headline,
                status: row.tgt_status ?? 'draft',
              }
            : null,
        assignee:
          task.assigneeId && row.assignee_name
            ? { id: task.assigneeId, name: row.assignee_name }
            : null,
        requestedBy: task.requestedBy,
        subscriptionId: task.subscriptionId,
        jointStatementId: task.jointStatementId,
        createdAt: task.createdAt,
        updatedAt: task.updatedAt,
        publishedAt: task.publishedAt,
      };
      const column = columnOf(card);
      if (column) columns[column].push(card);
    }
    const counts = {} as Record<BoardColumn, number>;
    for (const column of BOARD_COLUMNS) {
      counts[column] = columns[column].length;
      columns[column] = sortCards(column, columns[column]);
    }
    columns.published = columns.published.slice(0, filters.publishedLimit ?? 50);
    return { columns, counts };
  }
}
