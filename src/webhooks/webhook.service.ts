import { type Clock, toTimestamp } from '../core/clock.ts';
import type { EventBus } from '../core/events.ts';
import { newId } from '../core/ids.ts';
import type { Logger } from '../core/logger.ts';
import { err, ok, type Result } from '../core/result.ts';
import { type InvalidInput, invalidInput } from '../core/validation.ts';
import type { Db } from '../db/database.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { SiteService } from '../sites/site.service.ts';
import { newWebhookSecret } from './signature.ts';
import { type EndpointWithSecret, WebhookRepository } from './webhook.repository.ts';
import {
  type Webhook,
  type WebhookChanges,
  type WebhookDelivery,
  type WebhookInput,
  webhookChangesSchema,
  webhookInputSchema,
} from './webhook.ts';
import { WebhookDeliverer } from './webhook-delivery.ts';
import { WebhookDispatcher } from './webhook-dispatcher.ts';

export type WebhookProblem = InvalidInput | { type: 'not-found' };

/**
 * An edition's webhook endpoints: managed here, fed by the articles' and translations' events
 * (webhook-dispatcher.ts), delivered by background jobs (webhook-delivery.ts).
 */
export class WebhookService {
  readonly repository: WebhookRepository;
  readonly deliverer: WebhookDeliverer;
  private readonly dispatcher: WebhookDispatcher;

  constructor(
    db: Db,
    jobs: JobQueue,
    events: EventBus,
    private readonly sites: SiteService,
    private readonly clock: Clock,
    logger: Logger,
    publicUrl: () => string,
  ) {
    this.repository = new WebhookRepository(db);
    this.dispatcher = new WebhookDispatcher(this.repository, jobs, sites, clock, logger, publicUrl);
    this.dispatcher.subscribe(events);
    this.deliverer = new WebhookDeliverer(this.repository, clock);
    this.deliverer.register(jobs);
  }

  list(siteId: string): Promise<Webhook[]> {
    return this.repository.endpointsOf(siteId);
  }

  async find(id: string): Promise<Webhook | undefined> {
    return (await this.repository.findEndpoint(id))?.webhook;
  }

  /** Creates an endpoint with a new secret; the secret is in the result and shown only now. */
  async create(
    siteId: string,
    input: WebhookInput,
    actor: { userId: string | null },
  ): Promise<Result<EndpointWithSecret, InvalidInput>> {
    const parsed = webhookInputSchema.safeParse(input);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const now = toTimestamp(this.clock.now());
    return ok(
      await this.repository.insertEndpoint(
        {
          id: newId(),
          siteId,
          ...parsed.data,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        },
        newWebhookSecret(),
      ),
    );
  }

  async update(id: string, changes: WebhookChanges): Promise<Result<Webhook, WebhookProblem>> {
    const parsed = webhookChangesSchema.safeParse(changes);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const updated = await this.repository.updateEndpoint(
      id,
      parsed.data,
      toTimestamp(this.clock.now()),
    );
    return updated ? ok(updated.webhook) : err({ type: 'not-found' });
  }

  /** Deletes an endpoint with its deliveries; pending ones are not sent. */
  delete(id: string): Promise<boolean> {
    return this.repository.deleteEndpoint(id);
  }

  /** Replaces the secret at once (the next try of every delivery is signed with the new one). */
  rotateSecret(id: string): Promise<EndpointWithSecret | undefined> {
    return this.repository.updateEndpoint(
      id,
      { secret: newWebhookSecret() },
      toTimestamp(this.clock.now()),
    );
  }

  /** Sends the 'ping' event through the same path as real ones, even to an inactive endpoint. */
  async ping(id: string): Promise<WebhookDelivery | undefined> {
    const found = await this.repository.findEndpoint(id);
    const site = found && (await this.sites.findById(found.webhook.siteId));
    if (!found || !site) return undefined;
    const { webhook } = found;
    const body = this.dispatcher.body(site, 'ping', {
      webhook: { id: webhook.id, url: webhook.url, events: webhook.events },
    });
    const deliveryId = await this.dispatcher.enqueue(webhook.id, body, true);
    return deliveryId ? this.repository.findDelivery(webhook.id, deliveryId) : undefined;
  }

  /** An endpoint's deliveries, newest first, with each try. */
  deliveries(id: string, page: { limit: number; offset: number }) {
    return this.repository.deliveriesOf(id, page);
  }

  delivery(webhookId: string, deliveryId: string) {
    return this.repository.findDelivery(webhookId, deliveryId);
  }

  /**
   * Sends a finished delivery again, the same body under the same Tribune-Delivery id (a
   * receiver that had it already may ignore it); once, now. 'pending' while tries remain.
   */
  async redeliver(
    webhookId: string,
    deliveryId: string,
  ): Promise<Result<WebhookDelivery, { type: 'not-found' } | { type: 'pending' }>> {
    const existing = await this.repository.findDelivery(webhookId, deliveryId);
    if (!existing) return err({ type: 'not-found' });
    if (!(await this.repository.reopenDelivery(deliveryId, toTimestamp(this.clock.now())))) {
      return err({ type: 'pending' });
    }
    await this.dispatcher.resend(deliveryId);
    const reopened = await this.repository.findDelivery(webhookId, deliveryId);
    return reopened ? ok(reopened) : err({ type: 'not-found' });
  }
}
