import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie, an e-mail link or an API token: 32 random bytes, URL-safe. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** What is stored of a secret: its SHA-256, so a copy of the database opens nothing. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
