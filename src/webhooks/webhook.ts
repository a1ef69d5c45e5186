import { z } from 'zod';

/** The events an endpoint can ask for. */
export const WEBHOOK_EVENTS = [
  'article.published',
  'article.updated',
  'article.unpublished',
  'translation.requested',
  'translation.published',
  'translation.outdated',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/** What a delivery carries: one of those, or the test ping an editor sends by hand. */
export type DeliveredEvent = WebhookEvent | 'ping';

/** An endpoint of an edition, as the newsroom sees it: the secret only by its last characters. */
export interface Webhook {
  id: string;
  siteId: string;
  url: string;
  description: string;
  events: WebhookEvent[];
  active: boolean;
  secretHint: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'cancelled'] as const;
/** pending: tries remain; failed: gave up after the last; cancelled: the endpoint was switched off. */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One try of a delivery: the delivery log. */
export interface WebhookAttempt {
  number: number;
  /** The receiver's HTTP status, or null when there was no answer (see error). */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** The start of the receiver's answer, at most 1 KB. */
  responseExcerpt: string;
  attemptedAt: string;
}

export interface WebhookDelivery {
  /** Sent as Tribune-Delivery: receivers recognise a delivery they have seen by it. */
  id: string;
  webhookId: string;
  /** The body's `id`: the same in every endpoint's delivery of one event. */
  eventId: string;
  event: DeliveredEvent;
  status: DeliveryStatus;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
  attempts: WebhookAttempt[];
}

/** Why an address cannot be a webhook's, as an issue code; null when it can. */
export function webhookUrlProblem(value: string): string | null {
  if (!/^https?:\/\//i.test(value) || !URL.canParse(value)) return 'issue.url';
  const url = new URL(value);
  if (!url.hostname) return 'issue.url';
  // Credentials in the address would be stored and shown in plain text; the secret signs instead.
  if (url.username || url.password) return 'issue.urlCredentials';
  return null;
}

const webhookUrl = z
  .string()
  .trim()
  .min(1, 'issue.required')
  .max(2048)
  .superRefine((value, context) => {
    const problem = value ? webhookUrlProblem(value) : null;
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

// No .max(): each entry must be a known event and repeats fold into one; and zod 4 would also
// run a length check on a string given instead of a list, adding a confusing second issue.
const webhookEvents = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1, 'issue.noneChosen')
  .transform((events) => WEBHOOK_EVENTS.filter((event) => events.includes(event)));

/** An endpoint as the newsroom enters it. */
export const webhookInputSchema = z
  .object({
    url: webhookUrl,
    description: z.string().trim().max(300).default(''),
    events: webhookEvents,
    active: z.boolean().default(true),
  })
  .strict();
export type WebhookInput = z.input<typeof webhookInputSchema>;

/** A change to an endpoint: any of its fields, the others stay. */
export const webhookChangesSchema = z
  .object({
    url: webhookUrl.optional(),
    description: z.string().trim().max(300).optional(),
    events: webhookEvents.optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type WebhookChanges = z.input<typeof webhookChangesSchema>;
