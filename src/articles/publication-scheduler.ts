import type { Clock } from '../core/clock.ts';
import type { EventBus } from '../core/events.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../db/database.ts';
import type { ArticleService } from './article.service.ts';
import './article.events.ts';

/** The longest the scheduler sleeps: articles scheduled by another process are found by then. */
const MAX_SLEEP_MS = 30_000;

/**
 * Publishes scheduled articles when their time comes. The schedule lives in the database, so it
 * survives restarts; each article flips from 'scheduled' once, guarded by its status, so two
 * processes running schedulers publish it once. It wakes at the next due time, or when this
 * process schedules something, and at least every 30 seconds.
 */
export class PublicationScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private stopped = true;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly db: Db,
    private readonly articles: ArticleService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = this.events.on('article.scheduled', () => this.wake(0));
    this.wake(0);
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Publishes what is due now, then sleeps until the next scheduled time. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.articles.publishDueArticles();
    } catch (error) {
      this.logger.error('publishing scheduled articles failed', { error });
    } finally {
      this.running = false;
    }
    if (!this.stopped) this.wake(await this.msUntilNext());
  }

  private wake(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), Math.max(0, Math.min(delayMs, MAX_SLEEP_MS)));
    this.timer.unref();
  }

  private async msUntilNext(): Promise<number> {
    try {
      const next = await this.db
        .selectFrom('articles')
        .select((eb) => eb.fn.min('scheduled_at').as('next'))
        .where('status', '=', 'scheduled')
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (!next?.next) return MAX_SLEEP_MS;
      return Date.parse(next.next) - this.clock.now().getTime();
    } catch {
      return MAX_SLEEP_MS;
    }
  }
}
