import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldIssue } from '../../core/validation.ts';
import { translator } from '../../i18n/i18n.ts';
import { describeIssues } from '../../i18n/issues.ts';
import type { MessageKey } from '../../i18n/messages/en.ts';

/** The error codes the Admin API answers with, and their status. */
export const PROBLEMS = {
  unauthorized: 401,
  forbidden: 403,
  csrf: 403,
  'not-found': 404,
  conflict: 409,
  /** The thing asked for exists already (an edition's copy of a story). */
  duplicate: 409,
  invalid: 422,
  'invalid-token': 400,
  'invalid-credentials': 401,
  'rate-limited': 429,
  'too-large': 413,
  /** More text than one request may carry (translation suggestions, machine translation). */
  'too-much-text': 413,
  /** No machine translation service is configured. */
  'machine-translation-off': 503,
  /** The machine translation service failed; details say how. */
  'machine-translation-failed': 502,
  'unsupported-media-type': 415,
} as const satisfies Record<string, ContentfulStatusCode>;
export type ProblemCode = keyof typeof PROBLEMS;

/**
 * An error answer: `{ error: { code, message, issues? } }`, the message and each field's
 * message in the caller's language.
 */
export function problem(
  c: Context,
  code: ProblemCode,
  options: { issues?: FieldIssue[]; details?: Record<string, unknown>; language?: string } = {},
) {
  const language = options.language ?? (c.get('language') as string | undefined) ?? 'en';
  const t = translator(language);
  return c.json(
    {
      error: {
        code,
        message: t(`api.${code}` as MessageKey),
        ...(options.issues ? { issues: describeIssues(options.issues, language) } : {}),
        ...(options.details ?? {}),
      },
    },
    PROBLEMS[code],
  );
}

/** The caller's preferred interface language from Accept-Language ('es-AR,es;q=0.9' → 'es'). */
export function acceptedLanguage(header: string | undefined): string {
  const first = header?.split(',')[0]?.split(';')[0]?.trim();
  return first ? (first.split('-')[0] ?? 'en').toLowerCase() : 'en';
}
