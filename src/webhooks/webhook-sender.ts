import { errorMessage } from '../core/errors.ts';

/** The most of a receiver's answer the delivery log keeps. */
export const EXCERPT_BYTES = 1024;

/** What one POST to a receiver came to. */
export interface SendOutcome {
  /** A 2xx answer. */
  ok: boolean;
  statusCode: number | null;
  /** Why there was no answer (refused, timed out…); null when there was one. */
  error: string | null;
  durationMs: number;
  responseExcerpt: string;
}

/** The first `limit` bytes of an answer's body as text, whole characters only. */
async function excerptOf(response: Response, limit = EXCERPT_BYTES): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // A body cut short is still worth its first bytes.
  } finally {
    await reader.cancel().catch(() => {});
  }
  const bytes = Buffer.concat(chunks).subarray(0, limit);
  // `stream: true` holds back a character cut in half; PostgreSQL text cannot hold NUL.
  return new TextDecoder().decode(bytes, { stream: true }).replaceAll('\u0000', '');
}

/** Says why a request got no answer, in a short line for the delivery log. */
function failureText(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (cause && typeof cause.code === 'string') {
    return `${cause.code}${typeof cause.message === 'string' ? `: ${cause.message}` : ''}`;
  }
  return errorMessage(error);
}

/**
 * POSTs a delivery. Never follows a redirect (a 3xx is an answer like any non-2xx: the
 * receiver should be configured with its final address), gives up waiting after `timeoutMs`.
 */
export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const responseExcerpt = await excerptOf(response);
    return {
      ok: response.status >= 200 && response.status < 300,
      statusCode: response.status,
      error: null,
      durationMs: elapsed(),
      responseExcerpt,
    };
  } catch (error) {
    return {
      ok: false,
      statusCode: null,
      error: failureText(error, timeoutMs).slice(0, 500),
      durationMs: elapsed(),
      responseExcerpt: '',
    };
  }
}
