import type { Article } from '../../articles/article.ts';
import '../../articles/article.events.ts';
import type { ChangeKind } from '../../articles/article.events.ts';
import type { EventBus } from '../../core/events.ts';
import { newId } from '../../core/ids.ts';
import type { Db } from '../../db/database.ts';
import { taskRef } from '../translation.events.ts';
import type { DeskWriter } from './desk-writer.ts';
import { TaskRepository } from './task.repository.ts';
import type { TranslationTask } from './translation-task.ts';

/**
 * Keeps translations honest about their source: when a published source is saved again with
 * anything but a typo fix, every translation made from an older revision is flagged outdated —
 * a published one announces it (`translation.outdated`: webhooks, notifications); one still in
 * work is flagged quietly (its translator sees it on the desk). A published translation made
 * outside the desk gets a task then, so the desk shows it too.
 */
export class OutdatedTranslations {
  constructor(
    private readonly db: Db,
    private readonly writer: DeskWriter,
  ) {}

  subscribe(events: EventBus): void {
    events.on('article.updated', ({ article, changeKind }) =>
      this.sourceSaved(article, changeKind),
    );
  }

  async sourceSaved(source: Article, changeKind: ChangeKind): Promise<void> {
    if (changeKind === 'typo' || source.status !== 'published') return;
    await this.adoptTranslationsWithoutTask(source);
    const tasks = await new TaskRepository(this.db).ofSource(source.id, [
      'claimed',
      'in_review',
      'approved',
      'published',
    ]);
    for (const task of tasks) {
      const base = task.workingCopy?.sourceRevision ?? task.sourceRevision;
      if (task.outdated || base === null || base >= source.revision) continue;
      await this.flag(task, source, base);
    }
  }

  private async flag(task: TranslationTask, source: Article, base: number): Promise<void> {
    await this.writer.run(async (write) => {
      if (!(await write.tasks.flagOutdated(task.id, write.now))) return;
      const flagged = { ...task, outdated: true, updatedAt: write.now };
      await write.record(flagged, 'outdated', null, '', {
        translatedRevision: base,
        currentRevision: source.revision,
      });
      if (task.status !== 'published' || !task.targetArticleId) return;
      const target = await write.articles.repository.findById(task.targetArticleId);
      if (!target) return;
      await write.events.emit('translation.outdated', {
        task: taskRef(flagged),
        sourceArticle: source,
        targetArticle: target,
        translatedRevision: base,
        currentRevision: source.revision,
      });
    });
  }

  /** Published translations of `source` that no task follows: the desk starts following them. */
  private async adoptTranslationsWithoutTask(source: Article): Promise<void> {
    const orphans = await this.db
      .selectFrom('articles')
      .leftJoin('translation_tasks', 'translation_tasks.target_article_id', 'articles.id')
      .select([
        'articles.id',
        'articles.story_id',
        'articles.site_id',
        'articles.language',
        'articles.source_revision',
        'articles.published_at',
      ])
      .where('articles.origin_type', '=', 'translation')
      .where('articles.source_article_id', '=', source.id)
      .where('articles.status', '=', 'published')
      .where('articles.deleted_at', 'is', null)
      .where('translation_tasks.id', 'is', null)
      .execute();
    for (const orphan of orphans) {
      await this.writer.run(async (write) => {
        const task: TranslationTask = {
          id: newId(),
          storyId: orphan.story_id,
          sourceArticleId: source.id,
          sourceSiteId: source.siteId,
          targetSiteId: orphan.site_id,
          targetLanguage: orphan.language,
          status: 'published',
          outdated: false,
          priority: 'normal',
          dueOn: null,
          notes: '',
          assigneeId: null,
          requestedBy: null,
          subscriptionId: null,
          jointStatementId: null,
          targetArticleId: orphan.id,
          sourceRevision: orphan.source_revision ?? 1,
          workingCopy: null,
          doneBlocks: [],
          machineBlocks: [],
          createdAt: write.now,
          updatedAt: write.now,
          publishedAt: orphan.published_at,
        };
        // Unique per story and target: an existing live task there means it is followed already.
        const live = await write.tasks.liveFor(
          task.storyId,
          task.targetSiteId,
          task.targetLanguage,
        );
        if (live) return;
        await write.tasks.insert(task);
        await write.record(task, 'requested', null, '', { adopted: true });
      });
    }
  }
}
