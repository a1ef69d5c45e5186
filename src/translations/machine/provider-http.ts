import { err, ok, type Result } from '../../core/result.ts';
import type { MachineTranslationFailure } from './machine-translator.ts';

/** How long a request to a machine translation service may take unless an adapter says. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** A provider's display name in messages: 'LibreTranslate', 'DeepL'. */
export interface ProviderLabel {
  name: string;
  label: string;
}

/** The service's own explanation in an error body (`{"error": …}` or `{"message": …}`), short. */
function ownWords(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown; message?: unknown; detail?: unknown };
    const said = [parsed.error, parsed.message, parsed.detail].find(
      (value) => typeof value === 'string' && value.trim(),
    ) as string | undefined;
    if (said) return ` It said: “${said.trim().slice(0, 200)}”.`;
  } catch {
    // Not JSON: an HTML error page from a proxy says nothing useful.
  }
  return '';
}

function failure(
  provider: ProviderLabel,
  type: MachineTranslationFailure['type'],
  status: number | null,
  message: string,
): { ok: false; error: MachineTranslationFailure } {
  return err({ type, provider: provider.name, status, message });
}

/** The failure an HTTP error status stands for. */
function statusFailure(provider: ProviderLabel, status: number, body: string) {
  const said = ownWords(body);
  const { label } = provider;
  if (status === 401 || status === 403) {
    return failure(
      provider,
      'unauthorized',
      status,
      `${label} refused the API key (HTTP ${status}): check TRIBUNE_MT_API_KEY and TRIBUNE_MT_URL.${said}`,
    );
  }
  if (status === 429) {
    return failure(
      provider,
      'quota',
      status,
      `${label} received too many requests (HTTP 429): wait a minute and try again.${said}`,
    );
  }
  if (status === 456) {
    return failure(
      provider,
      'quota',
      status,
      `${label}'s character quota is used up (HTTP 456): raise the plan's limit or wait for the next period.${said}`,
    );
  }
  if (status >= 500) {
    return failure(
      provider,
      'unavailable',
      status,
      `${label} failed (HTTP ${status}): try again later.${said}`,
    );
  }
  return failure(
    provider,
    'rejected',
    status,
    `${label} refused the request (HTTP ${status}).${said}`,
  );
}

/**
 * Sends one request to a service and reads its JSON answer; every way it can go wrong — no
 * answer, too slow, an error status, a body that is not JSON — becomes a failure value.
 */
export async function requestJson(
  provider: ProviderLabel,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<Result<unknown, MachineTranslationFailure>> {
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    body = await response.text();
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return failure(
        provider,
        'timeout',
        null,
        `${provider.label} did not answer within ${Math.round(timeoutMs / 1000)} s: try again later.`,
      );
    }
    return failure(
      provider,
      'unavailable',
      null,
      `${provider.label} could not be reached at ${new URL(url).origin}: check TRIBUNE_MT_URL and that the service runs.`,
    );
  }
  if (!response.ok) return statusFailure(provider, response.status, body);
  try {
    return ok(JSON.parse(body));
  } catch {
    return failure(
      provider,
      'malformed',
      response.status,
      `${provider.label} answered something that is not JSON: it may be misconfigured or behind a proxy.`,
    );
  }
}

/** The failure for an answer that is JSON but not the shape the service documents. */
export function unexpectedShape(provider: ProviderLabel, what: string) {
  return failure(provider, 'malformed', 200, `${provider.label} answered without ${what}.`);
}
