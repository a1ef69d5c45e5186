/** Webhook endpoints of an edition, the deliveries made to them, and each try of a delivery. */

export interface WebhookEndpointsTable {
  id: string;
  site_id: string;
  url: string;
  description: string;
  /** JSON: the event names it wants */
  events: string;
  active: number;
  /** Kept as it is: every delivery is signed with it (an HMAC needs the secret itself). */
  secret: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** One event (or ping) for one endpoint; its id is the Tribune-Delivery header. */
export interface WebhookDeliveriesTable {
  id: string;
  endpoint_id: string;
  /** The event's own id, the same in every endpoint's delivery of it. */
  event_id: string;
  event: string;
  /** JSON: the exact body sent, fixed when the event happened, the same on every try. */
  payload: string;
  /** 'pending' | 'delivered' | 'failed' | 'cancelled' */
  status: string;
  attempt_count: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

/** The delivery log: one row per try. */
export interface WebhookAttemptsTable {
  id: string;
  delivery_id: string;
  endpoint_id: string;
  /** From 1, counted over the delivery's life (a redelivery goes on counting). */
  attempt: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  /** The start of the receiver's answer, at most 1 KB. */
  response_excerpt: string;
  attempted_at: string;
}
