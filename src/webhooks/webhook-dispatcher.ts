import '../articles/article.events.ts';
import '../translations/translation.events.ts';
import type { Article } from '../articles/article.ts';
import { type Clock, toTimestamp } from '../core/clock.ts';
import type { EventBus } from '../core/events.ts';
import { newId } from '../core/ids.ts';
import type { Logger } from '../core/logger.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { SiteService } from '../sites/site.service.ts';
import type { Site } from '../sites/site.ts';
import type { TranslationTaskRef } from '../translations/translation.events.ts';
import type { WebhookRepository } from './webhook.repository.ts';
import type { DeliveredEvent, WebhookEvent } from './webhook.ts';
import { DELIVERY_ATTEMPTS } from './webhook-delivery.ts';
import {
  type ArticleData,
  articleData,
  translationData,
  type WebhookBody,
} from './webhook-payload.ts';

/**
 * Turns domain events into deliveries: for each active endpoint of the edition that wants the
 * event, one delivery row (unique per event and endpoint) and one job that sends it. The body
 * is fixed now, so every try and every redelivery sends the same bytes.
 */
export class WebhookDispatcher {
  constructor(
    private readonly repository: WebhookRepository,
    private readonly jobs: JobQueue,
    private readonly sites: SiteService,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly publicUrl: () => string,
  ) {}

  subscribe(events: EventBus): void {
    events.on('article.published', ({ article }) => this.onArticle('article.published', article));
    // Drafts are saved every few seconds and are nobody's business outside the newsroom.
    events.on('article.updated', ({ article }) =>
      article.status === 'published' ? this.onArticle('article.updated', article) : undefined,
    );
    events.on('article.unpublished', ({ article }) =>
      this.onArticle('article.unpublished', article),
    );
    events.on('translation.requested', ({ task, sourceArticle }) =>
      this.onTranslation('translation.requested', task, sourceArticle, null),
    );
    events.on('translation.published', ({ task, sourceArticle, targetArticle }) =>
      this.onTranslation('translation.published', task, sourceArticle, targetArticle),
    );
    events.on('translation.outdated', (payload) =>
      this.onTranslation(
        'translation.outdated',
        payload.task,
        payload.sourceArticle,
        payload.targetArticle,
        {
          translatedRevision: payload.translatedRevision,
          currentRevision: payload.currentRevision,
        },
      ),
    );
  }

  /** Stores a delivery of `body` to one endpoint and enqueues its sending; its id, or undefined. */
  async enqueue(
    endpointId: string,
    body: WebhookBody,
    manual: boolean,
  ): Promise<string | undefined> {
    const id = newId();
    const stored = await this.repository.insertDelivery({
      id,
      endpointId,
      eventId: body.id,
      event: body.event,
      payload: JSON.stringify(body),
      now: toTimestamp(this.clock.now()),
    });
    if (!stored) return undefined;
    await this.jobs.enqueue(
      'webhook.deliver',
      { deliveryId: id, manual },
      // Someone asking by hand watches the outcome and asks again; events are retried.
      { dedupeKey: `webhook.deliver:${id}`, maxAttempts: manual ? 1 : DELIVERY_ATTEMPTS },
    );
    return id;
  }

  /** Enqueues one more try of an existing delivery, asked for by hand. */
  async resend(deliveryId: string): Promise<void> {
    await this.jobs.enqueue('webhook.deliver', { deliveryId, manual: true }, { maxAttempts: 1 });
  }

  /** The body of a delivery to an endpoint of `site`. */
  body(
    site: Pick<Site, 'id' | 'slug'>,
    event: DeliveredEvent,
    data: Record<string, unknown>,
  ): WebhookBody {
    return {
      id: newId(),
      event,
      createdAt: toTimestamp(this.clock.now()),
      site: { id: site.id, slug: site.slug },
      data,
    };
  }

  private onArticle(event: WebhookEvent, article: Article): Promise<void> {
    return this.dispatch(event, article.siteId, async () => ({
      article: await this.describe(article),
    }));
  }

  /** Translation events go to the edition that publishes the translation. */
  private onTranslation(
    event: WebhookEvent,
    task: TranslationTaskRef,
    source: Article,
    target: Article | null,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    return this.dispatch(event, task.targetSiteId, async () =>
      translationData(
        task,
        await this.describe(source),
        target ? await this.describe(target) : null,
        extra,
      ),
    );
  }

  private async describe(article: Article): Promise<ArticleData> {
    const site = await this.sites.findById(article.siteId);
    return articleData(article, site ?? { host: '', basePath: '' }, this.publicUrl());
  }

  /** One delivery per active endpoint of the edition that wants `event`; never throws. */
  private async dispatch(
    event: WebhookEvent,
    siteId: string,
    data: () => Promise<Record<string, unknown>>,
  ): Promise<void> {
    try {
      const endpoints = (await this.repository.endpointsOf(siteId, true)).filter((endpoint) =>
        endpoint.events.includes(event),
      );
      if (endpoints.length === 0) return;
      const site = await this.sites.findById(siteId);
      if (!site) return;
      const body = this.body(site, event, await data());
      for (const endpoint of endpoints) await this.enqueue(endpoint.id, body, false);
    } catch (error) {
      this.logger.error('webhook deliveries could not be enqueued', { event, siteId, error });
    }
  }
}
