import type { ArticleService } from '../../articles/article.service.ts';
import type { Article, RevisionSnapshot } from '../../articles/article.ts';
import { diffRevisions, type RevisionDiff } from '../../articles/revision-diff.ts';
import type { Executor } from '../../db/database.ts';
import { TaskRepository } from './task.repository.ts';
import type {
  HistoryEntry,
  TaskComment,
  TranslatableFields,
  TranslationTask,
} from './translation-task.ts';

type Person = { id: string; name: string } | null;

/** A task with everything the translator's and the reviewer's screens show. */
export interface TaskDetail {
  task: TranslationTask & { assignee: Person; requester: Person };
  source: {
    article: Pick<
      Article,
      'id' | 'siteId' | 'language' | 'status' | 'headline' | 'revision' | 'publishedAt'
    >;
    /** The source as it was at the pinned revision (what the translation follows). */
    pinned: (RevisionSnapshot & { revision: number }) | null;
    /**
     * In an update: the source at the revision the working copy is aligned with (the next pin),
     * which the translator works from; null otherwise.
     */
    working: (RevisionSnapshot & { revision: number }) | null;
    /** The source changed since the pinned revision (a typo fix included). */
    changedSincePinned: boolean;
  };
  /** The translation's article as saved (online, for a published translation). */
  target: Article | null;
  /** The text being translated: the working copy in an update, else the article's. */
  translation: TranslatableFields | null;
  /** For conflict detection on saves: the working copy's version, else the article's revision. */
  translationRevision: number | null;
  progress: { blocks: number; done: number; machineDrafted: number };
  history: (HistoryEntry & { actor: Person })[];
  comments: (TaskComment & { author: Person; resolver: Person })[];
}

/** What the source changed since the pinned revision, and which translated blocks render it. */
export interface SourceDiff extends RevisionDiff {
  from: number;
  to: number;
  /** Source block id → the ids of the translation's blocks that render it. */
  translationBlocks: Record<string, string[]>;
}

/** The read model of one task. */
export class TaskDetailView {
  constructor(
    private readonly db: Executor,
    private readonly articles: ArticleService,
  ) {}

  async detail(task: TranslationTask): Promise<TaskDetail | undefined> {
    const source = await this.articles.repository.findById(task.sourceArticleId);
    if (!source) return undefined;
    const repository = new TaskRepository(this.db);
    const workingRevision = task.workingCopy?.sourceRevision ?? null;
    const [target, pinned, working, history, comments] = await Promise.all([
      task.targetArticleId ? this.articles.repository.findById(task.targetArticleId) : undefined,
      task.sourceRevision ? this.snapshot(source.id, task.sourceRevision) : undefined,
      workingRevision ? this.snapshot(source.id, workingRevision) : undefined,
      repository.history(task.id),
      repository.comments(task.id),
    ]);
    const names = await this.names([
      task.assigneeId,
      task.requestedBy,
      ...history.map((entry) => entry.actorId),
      ...comments.flatMap((comment) => [comment.authorId, comment.resolvedBy]),
    ]);
    const person = (id: string | null): Person =>
      id && names.has(id) ? { id, name: names.get(id) ?? '' } : null;
    const translation = task.workingCopy?.fields ?? (target ? fieldsOf(target) : null);
    const blockIds = new Set(translation?.body.map((block) => block.id) ?? []);
    return {
      task: { ...task, assignee: person(task.assigneeId), requester: person(task.requestedBy) },
      source: {
        article: {
          id: source.id,
          siteId: source.siteId,
          language: source.language,
          status: source.status,
          headline: source.headline,
          revision: source.revision,
          publishedAt: source.publishedAt,
        },
        pinned: pinned && task.sourceRevision ? { ...pinned, revision: task.sourceRevision } : null,
        working: working && workingRevision ? { ...working, revision: workingRevision } : null,
        changedSincePinned: task.sourceRevision !== null && source.revision > task.sourceRevision,
      },
      target: target ?? null,
      translation,
      translationRevision: task.workingCopy?.version ?? target?.revision ?? null,
      progress: {
        blocks: blockIds.size,
        done: task.doneBlocks.filter((id) => blockIds.has(id)).length,
        machineDrafted: task.machineBlocks.filter((id) => blockIds.has(id)).length,
      },
      history: history.map((entry) => ({ ...entry, actor: person(entry.actorId) })),
      comments: comments.map((comment) => ({
        ...comment,
        author: person(comment.authorId),
        resolver: person(comment.resolvedBy),
      })),
    };
  }

  /** The source's changes from the pinned revision to its current one, block by block. */
  async sourceDiff(task: TranslationTask): Promise<SourceDiff | undefined> {
    const source = await this.articles.repository.findById(task.sourceArticleId);
    if (!source || task.sourceRevision === null) return undefined;
    const [before, after] = await Promise.all([
      this.snapshot(source.id, task.sourceRevision),
      this.snapshot(source.id, source.revision),
    ]);
    if (!before || !after) return undefined;
    const target = task.targetArticleId
      ? await this.articles.repository.findById(task.targetArticleId)
      : undefined;
    const body = task.workingCopy?.fields.body ?? target?.body ?? [];
    const translationBlocks: Record<string, string[]> = {};
    for (const block of body) {
      if (!block.sourceBlockId) continue;
      translationBlocks[block.sourceBlockId] = [
        ...(translationBlocks[block.sourceBlockId] ?? []),
        block.id,
      ];
    }
    return {
      from: task.sourceRevision,
      to: source.revision,
      ...diffRevisions(before, after),
      translationBlocks,
    };
  }

  private async snapshot(articleId: string, number: number): Promise<RevisionSnapshot | undefined> {
    const row = await this.db
      .selectFrom('article_revisions')
      .select('snapshot')
      .where('article_id', '=', articleId)
      .where('number', '=', number)
      .executeTakeFirst();
    return row ? (JSON.parse(row.snapshot) as RevisionSnapshot) : undefined;
  }

  private async names(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('id', 'in', wanted)
      .execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}

function fieldsOf(article: Article): TranslatableFields {
  return {
    kicker: article.kicker,
    headline: article.headline,
    dek: article.dek,
    body: article.body,
    socialTitle: article.socialTitle,
    socialDescription: article.socialDescription,
  };
}
