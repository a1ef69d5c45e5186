import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, with the body exactly as it arrived. */
export interface Received {
  path: string;
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** What the receiver answered. */
  status: number;
}

/** How the receiver answers a request; `delayMs` holds the answer back. */
export interface Answer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

/**
 * A real HTTP server on a free local port that records every request and answers as told,
 * like an integration's endpoint would.
 */
export async function startReceiver(
  answer: (request: Received, index: number) => Answer = () => ({ status: 200, body: 'ok' }),
) {
  const received: Received[] = [];
  let respond = answer;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry: Received = {
        path: request.url ?? '/',
        method: request.method ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        status: 0,
      };
      const reply = respond(entry, received.length);
      entry.status = reply.status;
      received.push(entry);
      const send = () => {
        if (response.destroyed) return;
        response.writeHead(reply.status, reply.headers ?? { 'Content-Type': 'text/plain' });
        response.end(reply.body ?? '');
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** Changes how later requests are answered. */
    answerWith(next: (request: Received, index: number) => Answer) {
      respond = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/**
 * Checks a Tribune-Signature the way docs/webhooks.md tells receivers to, written here
 * independently of the sender: HMAC-SHA256 of "<t>.<raw body>" with the secret, in hex.
 * Returns the signed time, or null when the signature does not match.
 */
export function verifyTribuneSignature(
  secret: string,
  header: string | string[] | undefined,
  rawBody: string,
): number | null {
  if (typeof header !== 'string') return null;
  const parts = new Map(
    header.split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at), part.slice(at + 1)] as const;
    }),
  );
  const t = parts.get('t');
  const v1 = parts.get('v1');
  if (!t || !v1 || !/^\d+$/.test(t)) return null;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? Number(t) : null;
}
