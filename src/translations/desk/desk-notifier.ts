import type { ArticleService } from '../../articles/article.service.ts';
import type { EventBus } from '../../core/events.ts';
import type { Db } from '../../db/database.ts';
import type { NotificationService } from '../../notifications/notification.service.ts';
import type { SiteService } from '../../sites/site.service.ts';
import type { UserService } from '../../users/user.service.ts';
import '../translation.events.ts';
import { staffWithRole } from './desk-reads.ts';
import type { HistoryKind, TranslationTask } from './translation-task.ts';

/**
 * Who hears about what on the desk: the edition's translation managers when a translation is
 * handed in; the translator when it is assigned to them, sent back, approved or published; the
 * requester when it is published; the translator and the managers when a published
 * translation's source changed. Nobody is told about their own step.
 */
export class DeskNotifier {
  constructor(
    private readonly db: Db,
    private readonly notifications: NotificationService,
    private readonly articles: ArticleService,
    private readonly sites: SiteService,
    private readonly users: UserService,
  ) {}

  subscribe(events: EventBus): void {
    events.on('translation.task.changed', ({ task, kind, actorId, note }) =>
      this.notify(task, kind, actorId, note),
    );
  }

  private async recipients(task: TranslationTask, kind: HistoryKind): Promise<(string | null)[]> {
    const managers = () => staffWithRole(this.db, task.targetSiteId, 'translation-manager');
    switch (kind) {
      case 'assigned':
      case 'sent-back':
      case 'approved':
        return [task.assigneeId];
      case 'submitted':
        return managers();
      case 'published':
        return [task.assigneeId, task.requestedBy];
      case 'outdated':
        // A translation still in work is flagged quietly: its translator sees it on the desk.
        return task.status === 'published' ? [task.assigneeId, ...(await managers())] : [];
      default:
        return [];
    }
  }

  private async notify(
    task: TranslationTask,
    kind: HistoryKind,
    actorId: string | null,
    note: string,
  ): Promise<void> {
    const userIds = (await this.recipients(task, kind)).filter((id) => id && id !== actorId);
    if (userIds.length === 0) return;
    const [source, site, actor] = await Promise.all([
      this.articles.repository.findById(task.sourceArticleId),
      this.sites.findById(task.targetSiteId),
      actorId ? this.users.repository.findById(actorId) : undefined,
    ]);
    await this.notifications.notify({
      userIds,
      kind: `translation.${kind}`,
      taskId: task.id,
      articleId: task.targetArticleId ?? task.sourceArticleId,
      data: {
        headline: source?.headline ?? '',
        edition: site?.name ?? '',
        language: task.targetLanguage,
        actor: actor?.name ?? '',
        ...(note ? { note } : {}),
      },
    });
  }
}
