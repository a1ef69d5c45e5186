/** The background job that sends one delivery (and its retries). */
export interface DeliverWebhookJob {
  deliveryId: string;
  /** A ping or a redelivery someone asked for: sent even to a switched-off endpoint. */
  manual: boolean;
}

declare module '../jobs/job-queue.ts' {
  interface TribuneJobs {
    'webhook.deliver': DeliverWebhookJob;
  }
}
