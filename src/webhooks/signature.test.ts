import { describe, expect, it } from 'vitest';
import { newWebhookSecret, secretHint, signatureHeader } from './signature.ts';

describe('webhook signatures', () => {
  it('sign "<t>.<body>" with HMAC-SHA256, as openssl does', () => {
    // printf '%s' '1773144000.{"id":"e1","event":"ping"}' | openssl dgst -sha256 -hmac whsec_test
    expect(signatureHeader('whsec_test', 1773144000, '{"id":"e1","event":"ping"}')).toBe(
      't=1773144000,v1=daa37392d85b7e07a1e95f30b129eab53419da476b08b8a52a1e5d89d6916286',
    );
  });

  it('change with the time, the body and the secret', () => {
    const base = signatureHeader('whsec_a', 100, '{}');
    expect(signatureHeader('whsec_a', 101, '{}')).not.toBe(base);
    expect(signatureHeader('whsec_a', 100, '{ }')).not.toBe(base);
    expect(signatureHeader('whsec_b', 100, '{}').split(',')[1]).not.toBe(base.split(',')[1]);
  });

  it('use long random secrets, shown by their last four characters', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(secret);
    expect(secretHint(secret)).toBe(secret.slice(-4));
  });
});
