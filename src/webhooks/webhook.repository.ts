import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import { secretHint } from './signature.ts';
import type {
  WebhookAttemptsTable,
  WebhookDeliveriesTable,
  WebhookEndpointsTable,
} from './webhook.table.ts';
import {
  type DeliveredEvent,
  type DeliveryStatus,
  WEBHOOK_EVENTS,
  type Webhook,
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookEvent,
} from './webhook.ts';
import type { SendOutcome } from './webhook-sender.ts';

type EndpointRow = Selectable<WebhookEndpointsTable>;
type DeliveryRow = Selectable<WebhookDeliveriesTable>;
type AttemptRow = Selectable<WebhookAttemptsTable>;

/** An endpoint with what only deliveries may see. */
export interface EndpointWithSecret {
  webhook: Webhook;
  secret: string;
}

function webhookOf(row: EndpointRow): Webhook {
  const events = JSON.parse(row.events) as string[];
  return {
    id: row.id,
    siteId: row.site_id,
    url: row.url,
    description: row.description,
    events: WEBHOOK_EVENTS.filter((event) => events.includes(event)),
    active: row.active === 1,
    secretHint: secretHint(row.secret),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function attemptOf(row: AttemptRow): WebhookAttempt {
  return {
    number: row.attempt,
    statusCode: row.status_code,
    error: row.error,
    durationMs: row.duration_ms,
    responseExcerpt: row.response_excerpt,
    attemptedAt: row.attempted_at,
  };
}

function deliveryOf(row: DeliveryRow, attempts: AttemptRow[]): WebhookDelivery {
  return {
    id: row.id,
    webhookId: row.endpoint_id,
    eventId: row.event_id,
    event: row.event as DeliveredEvent,
    status: row.status as DeliveryStatus,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    attempts: attempts.filter((attempt) => attempt.delivery_id === row.id).map(attemptOf),
  };
}

/** Reads and writes endpoints, deliveries and the delivery log. */
export class WebhookRepository {
  constructor(private readonly db: Db) {}

  async insertEndpoint(
    webhook: Omit<Webhook, 'secretHint'>,
    secret: string,
  ): Promise<EndpointWithSecret> {
    const row: EndpointRow = {
      id: webhook.id,
      site_id: webhook.siteId,
      url: webhook.url,
      description: webhook.description,
      events: JSON.stringify(webhook.events),
      active: webhook.active ? 1 : 0,
      secret,
      created_by: webhook.createdBy,
      created_at: webhook.createdAt,
      updated_at: webhook.updatedAt,
    };
    await this.db.insertInto('webhook_endpoints').values(row).execute();
    return { webhook: webhookOf(row), secret };
  }

  async updateEndpoint(
    id: string,
    changes: {
      url?: string;
      description?: string;
      events?: WebhookEvent[];
      active?: boolean;
      secret?: string;
    },
    now: string,
  ): Promise<EndpointWithSecret | undefined> {
    await this.db
      .updateTable('webhook_endpoints')
      .set({
        ...(changes.url !== undefined ? { url: changes.url } : {}),
        ...(changes.description !== undefined ? { description: changes.description } : {}),
        ...(changes.events !== undefined ? { events: JSON.stringify(changes.events) } : {}),
        ...(changes.active !== undefined ? { active: changes.active ? 1 : 0 } : {}),
        ...(changes.secret !== undefined ? { secret: changes.secret } : {}),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    return this.findEndpoint(id);
  }

  async deleteEndpoint(id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('webhook_endpoints')
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async findEndpoint(id: string): Promise<EndpointWithSecret | undefined> {
    const row = await this.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { webhook: webhookOf(row), secret: row.secret } : undefined;
  }

  /** An edition's endpoints, oldest first; `activeOnly` for dispatching events. */
  async endpointsOf(siteId: string, activeOnly = false): Promise<Webhook[]> {
    let query = this.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('site_id', '=', siteId)
      .orderBy('created_at')
      .orderBy('id');
    if (activeOnly) query = query.where('active', '=', 1);
    return (await query.execute()).map(webhookOf);
  }

  /** Stores a pending delivery; false when this event was already delivered to this endpoint. */
  async insertDelivery(delivery: {
    id: string;
    endpointId: string;
    eventId: string;
    event: DeliveredEvent;
    payload: string;
    now: string;
  }): Promise<boolean> {
    const inserted = await this.db
      .insertInto('webhook_deliveries')
      .values({
        id: delivery.id,
        endpoint_id: delivery.endpointId,
        event_id: delivery.eventId,
        event: delivery.event,
        payload: delivery.payload,
        status: 'pending',
        attempt_count: 0,
        last_status_code: null,
        last_error: null,
        created_at: delivery.now,
        updated_at: delivery.now,
        finished_at: null,
      })
      .onConflict((conflict) => conflict.columns(['event_id', 'endpoint_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /** A delivery's row (with the exact body sent), or undefined. */
  findDeliveryRow(id: string): Promise<DeliveryRow | undefined> {
    return this.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async findDelivery(
    webhookId: string,
    id: string,
  ): Promise<(WebhookDelivery & { payload: unknown }) | undefined> {
    const row = await this.findDeliveryRow(id);
    if (!row || row.endpoint_id !== webhookId) return undefined;
    const attempts = await this.attemptsOf([row.id]);
    return { ...deliveryOf(row, attempts), payload: JSON.parse(row.payload) as unknown };
  }

  /** An endpoint's deliveries, newest first, with their tries. */
  async deliveriesOf(
    webhookId: string,
    page: { limit: number; offset: number },
  ): Promise<{ total: number; items: WebhookDelivery[] }> {
    const counted = await this.db
      .selectFrom('webhook_deliveries')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .where('endpoint_id', '=', webhookId)
      .executeTakeFirstOrThrow();
    const rows = await this.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('endpoint_id', '=', webhookId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    const attempts = await this.attemptsOf(rows.map((row) => row.id));
    return {
      total: Number(counted.total),
      items: rows.map((row) => deliveryOf(row, attempts)),
    };
  }

  private async attemptsOf(deliveryIds: string[]): Promise<AttemptRow[]> {
    if (deliveryIds.length === 0) return [];
    return this.db
      .selectFrom('webhook_attempts')
      .selectAll()
      .where('delivery_id', 'in', deliveryIds)
      .orderBy('attempt')
      .execute();
  }

  /** Logs one try and moves the delivery on: delivered on a 2xx, still pending otherwise. */
  async recordAttempt(
    delivery: DeliveryRow,
    attempt: { id: string; number: number; outcome: SendOutcome; at: string },
  ): Promise<void> {
    const { outcome } = attempt;
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('webhook_attempts')
        .values({
          id: attempt.id,
          delivery_id: delivery.id,
          endpoint_id: delivery.endpoint_id,
          attempt: attempt.number,
          status_code: outcome.statusCode,
          error: outcome.error,
          duration_ms: outcome.durationMs,
          response_excerpt: outcome.responseExcerpt,
          attempted_at: attempt.at,
        })
        .execute();
      await trx
        .updateTable('webhook_deliveries')
        .set({
          attempt_count: attempt.number,
          last_status_code: outcome.statusCode,
          last_error: outcome.error,
          updated_at: attempt.at,
          ...(outcome.ok ? { status: 'delivered', finished_at: attempt.at } : {}),
        })
        .where('id', '=', delivery.id)
        .execute();
    });
  }

  /** Ends a pending delivery without a 2xx (gave up, or the endpoint was switched off). */
  async finishDelivery(id: string, status: 'failed' | 'cancelled', now: string): Promise<void> {
    await this.db
      .updateTable('webhook_deliveries')
      .set({ status, finished_at: now, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .execute();
  }

  /** Makes a finished delivery pending again, for a redelivery; false if it was not finished. */
  async reopenDelivery(id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('webhook_deliveries')
      .set({ status: 'pending', finished_at: null, updated_at: now })
      .where('id', '=', id)
      .where('status', '!=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Keeps an endpoint's newest `keep` deliveries (and all pending ones); their tries go with them. */
  async pruneDeliveries(webhookId: string, keep: number): Promise<void> {
    const newest = this.db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('endpoint_id', '=', webhookId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(keep);
    await this.db
      .deleteFrom('webhook_deliveries')
      .where('endpoint_id', '=', webhookId)
      .where('status', '!=', 'pending')
      .where('id', 'not in', newest)
      .execute();
  }
}
