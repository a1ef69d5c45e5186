import type { Webhook, WebhookDelivery, WebhookEvent } from '../api/types.ts';

/** The events an endpoint can ask for, in the order the API and the docs list them. */
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = [
  'article.published',
  'article.updated',
  'article.unpublished',
  'translation.requested',
  'translation.published',
  'translation.outdated',
];

/** An endpoint's fields as the newsroom edits them. */
export interface WebhookFields {
  url: string;
  description: string;
  events: WebhookEvent[];
  active: boolean;
}

/** A new endpoint's fields: switched on, asking for the article events. */
export const NEW_WEBHOOK: WebhookFields = {
  url: '',
  description: '',
  events: ['article.published', 'article.updated', 'article.unpublished'],
  active: true,
};

/** The fields of an existing endpoint, to edit them. */
export function fieldsOf(webhook: Webhook): WebhookFields {
  return {
    url: webhook.url,
    description: webhook.description,
    events: sortedEvents(webhook.events),
    active: webhook.active,
  };
}

/** Events in the canonical order, each once; unknown names dropped. */
export function sortedEvents(events: readonly string[]): WebhookEvent[] {
  return WEBHOOK_EVENTS.filter((event) => events.includes(event));
}

/** The chosen events after one box is ticked or cleared. */
export function withEvent(
  events: readonly WebhookEvent[],
  event: WebhookEvent,
  chosen: boolean,
): WebhookEvent[] {
  return sortedEvents(chosen ? [...events, event] : events.filter((other) => other !== event));
}

/** Only what changed between two versions of the fields: the body of a PATCH. */
export function changedFields(before: WebhookFields, after: WebhookFields): Partial<WebhookFields> {
  const changes: Partial<WebhookFields> = {};
  if (after.url !== before.url) changes.url = after.url;
  if (after.description !== before.description) changes.description = after.description;
  if (sortedEvents(after.events).join() !== sortedEvents(before.events).join()) {
    changes.events = sortedEvents(after.events);
  }
  if (after.active !== before.active) changes.active = after.active;
  return changes;
}

/** Whether the fields differ from what they started as. */
export function fieldsChanged(before: WebhookFields, after: WebhookFields): boolean {
  return Object.keys(changedFields(before, after)).length > 0;
}

/** The badge of a delivery's status: its style; the words are the interface's. */
export function deliveryBadge(status: WebhookDelivery['status']): string {
  switch (status) {
    case 'delivered':
      return 'badge badge--published';
    case 'pending':
      return 'badge badge--pending';
    case 'failed':
      return 'badge badge--unpublished';
    case 'cancelled':
      return 'badge badge--cancelled';
  }
}

/** What the receiver last answered: an HTTP status, why there was no answer, or nothing yet. */
export type LastAnswer =
  | { kind: 'status'; code: number }
  | { kind: 'error'; message: string }
  | { kind: 'none' };

/** A delivery's or a try's answer, from its status code and its error. */
export function answerOf(code: number | null, error: string | null): LastAnswer {
  if (code !== null) return { kind: 'status', code };
  if (error) return { kind: 'error', message: error };
  return { kind: 'none' };
}

/** Whether any of these deliveries still has a try to come: the log then looks again soon. */
export function anyPending(deliveries: readonly WebhookDelivery[]): boolean {
  return deliveries.some((delivery) => delivery.status === 'pending');
}

/** How many pages a list of `total` entries takes, `perPage` at a time (at least one). */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, perPage)));
}

/** The body of a delivery, laid out for reading (it is sent as compact JSON on one line). */
export function readableBody(payload: unknown): string {
  if (typeof payload === 'string') return payload;
  return JSON.stringify(payload, null, 2) ?? '';
}
