import { type Clock, toTimestamp } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { signatureHeader } from './signature.ts';
import type { DeliverWebhookJob } from './webhook.jobs.ts';
import type { WebhookRepository } from './webhook.repository.ts';
import { postWebhook } from './webhook-sender.ts';

export const USER_AGENT = 'Tribune-Webhooks/0.1';
/** How long a receiver has to answer. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** Tries of a delivery that an event made: over about an hour (30 s, 1, 2, 4, 8, 16, 32 min). */
export const DELIVERY_ATTEMPTS = 8;
/** The deliveries kept per endpoint, newest first, with their tries (pending ones always). */
export const DELIVERIES_KEPT = 200;

/**
 * Sends deliveries: the handler of 'webhook.deliver' jobs. Each try signs the stored body anew
 * with the endpoint's current secret and the time, POSTs it, and logs the outcome; anything but
 * a 2xx throws, so the queue tries again later, until it gives up and the delivery is failed.
 */
export class WebhookDeliverer {
  /** How long a receiver has to answer (tests shorten it). */
  timeoutMs = DELIVERY_TIMEOUT_MS;

  constructor(
    private readonly repository: WebhookRepository,
    private readonly clock: Clock,
  ) {}

  /** Makes this deliverer the handler of delivery jobs. */
  register(jobs: JobQueue): void {
    jobs.handle('webhook.deliver', (job) => this.deliver(job.payload), {
      gaveUp: (job) => this.gaveUp(job.payload),
    });
  }

  async deliver({ deliveryId, manual }: DeliverWebhookJob): Promise<void> {
    const delivery = await this.repository.findDeliveryRow(deliveryId);
    // Gone with its endpoint, or settled by a try that was thought lost: nothing to send.
    if (delivery?.status !== 'pending') return;
    const endpoint = await this.repository.findEndpoint(delivery.endpoint_id);
    if (!endpoint) return;
    const now = this.clock.now();
    if (!endpoint.webhook.active && !manual) {
      await this.repository.finishDelivery(delivery.id, 'cancelled', toTimestamp(now));
      return;
    }
    const timestamp = Math.floor(now.getTime() / 1000);
    const outcome = await postWebhook(
      endpoint.webhook.url,
      delivery.payload,
      {
        'Content-Type': 'application/json',
        'User-Agent': USER_AGENT,
        'Tribune-Event': delivery.event,
        'Tribune-Delivery': delivery.id,
        'Tribune-Signature': signatureHeader(endpoint.secret, timestamp, delivery.payload),
      },
      this.timeoutMs,
    );
    await this.repository.recordAttempt(delivery, {
      id: newId(),
      number: delivery.attempt_count + 1,
      outcome,
      at: toTimestamp(now),
    });
    await this.repository.pruneDeliveries(endpoint.webhook.id, DELIVERIES_KEPT);
    if (!outcome.ok) throw new Error(outcome.error ?? `HTTP ${outcome.statusCode}`);
  }

  private async gaveUp({ deliveryId }: DeliverWebhookJob): Promise<void> {
    await this.repository.finishDelivery(deliveryId, 'failed', toTimestamp(this.clock.now()));
  }
}
