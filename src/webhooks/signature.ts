import { createHmac, randomBytes } from 'node:crypto';

/** A new endpoint secret: 32 random bytes, URL-safe, recognisable by its prefix. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The part of a secret the newsroom shows to tell secrets apart. */
export function secretHint(secret: string): string {
  return secret.slice(-4);
}

/**
 * The Tribune-Signature header of a body sent at `timestamp` (Unix seconds):
 * `t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<body>" keyed with the secret>`.
 * Signing the time with the body lets receivers refuse old deliveries replayed later
 * (docs/webhooks.md).
 */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}
