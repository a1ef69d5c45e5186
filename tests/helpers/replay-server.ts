import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type Answer, type Received, startReceiver } from './webhook-receiver.ts';

/** One recorded exchange (see tests/fixtures/machine-translation/README.md). */
export interface Exchange {
  comment?: string;
  request: { method: string; path: string; headers?: Record<string, string>; json?: unknown };
  response: { status: number; headers?: Record<string, string>; body: unknown; delayMs?: number };
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'machine-translation');

/** A recorded exchange of a provider, by scenario name: loadExchange('deepl', 'quota'). */
export function loadExchange(provider: string, scenario: string): Exchange {
  return JSON.parse(readFileSync(join(FIXTURES, provider, `${scenario}.json`), 'utf8')) as Exchange;
}

/** Why a request is not the one the exchange recorded, or null when it is. */
function mismatch(expected: Exchange['request'], got: Received): string | null {
  if (got.method !== expected.method) return `method ${got.method}, expected ${expected.method}`;
  if (got.path !== expected.path) return `path ${got.path}, expected ${expected.path}`;
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    const header = got.headers[name.toLowerCase()];
    const sent = Array.isArray(header) ? header.join(', ') : header;
    // A media type may carry parameters (charset).
    const same =
      name.toLowerCase() === 'content-type' ? sent?.split(';')[0] === value : sent === value;
    if (!same) return `header ${name}: ${String(sent)}, expected ${value}`;
  }
  if (expected.json !== undefined) {
    let body: unknown;
    try {
      body = JSON.parse(got.body);
    } catch {
      return `body is not JSON: ${got.body.slice(0, 80)}`;
    }
    if (!isDeepStrictEqual(body, expected.json)) {
      return `body ${JSON.stringify(body)}, expected ${JSON.stringify(expected.json)}`;
    }
  }
  return null;
}

function answerOf(exchange: Exchange): Answer {
  const { status, headers, body, delayMs } = exchange.response;
  return {
    status,
    headers: headers ?? {},
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...(delayMs ? { delayMs } : {}),
  };
}

/**
 * A real HTTP server on a free local port that plays a machine translation service: each
 * request is checked against the recorded exchange and answered with its recorded response.
 * `play` sets the exchange for the requests that follow (the same one for each of them).
 */
export async function startReplayServer() {
  let current: Exchange | null = null;
  const mismatches: string[] = [];
  const replay = (request: Received): Answer => {
    if (!current) {
      mismatches.push(`unexpected ${request.method} ${request.path}`);
      return { status: 418, body: 'no exchange is being played' };
    }
    const wrong = mismatch(current.request, request);
    if (wrong) {
      mismatches.push(wrong);
      return { status: 418, body: wrong };
    }
    return answerOf(current);
  };
  const receiver = await startReceiver(replay);
  return {
    url: receiver.url,
    received: receiver.received,
    /** What was sent that the recorded exchanges did not expect. */
    mismatches,
    play(exchange: Exchange) {
      current = exchange;
    },
    /** Answers with a function instead of a recording (e.g. to count batched requests). */
    answerWith(answer: (request: Received, index: number) => Answer) {
      receiver.answerWith(answer);
    },
    reset() {
      receiver.answerWith(replay);
      current = null;
      mismatches.length = 0;
      receiver.received.length = 0;
    },
    close: receiver.close,
  };
}

export type ReplayServer = Awaited<ReturnType<typeof startReplayServer>>;
