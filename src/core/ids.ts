import { randomBytes } from 'node:crypto';

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then randomness. Ids sort by creation
 * time as text, index well on both databases and reveal nothing but the creation time.
 */
let lastMs = -1;
let sequence = 0;

export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  // Ids made in the same millisecond by this process sort in the order they were made (RFC
  // 9562's counter in rand_a): history entries written together keep their order.
  sequence = now === lastMs ? (sequence + 1) & 0xfff : (bytes[7] ?? 0) & 0x7f;
  lastMs = now;
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for a well-formed lowercase UUID (any version). */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A short random token of lowercase letters and digits, e.g. for block ids. */
export function shortId(length = 10): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}
