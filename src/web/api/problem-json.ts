import type { Context } from 'hono';
import { z } from 'zod';
import type { FieldIssue } from '../../core/validation.ts';
import { describeIssues } from '../../i18n/issues.ts';
import { acceptedLanguage } from '../admin/problem.ts';

/** The problems the Content API answers with: status, title and a sentence saying what to do. */
const PROBLEMS = {
  'invalid-parameters': {
    status: 400,
    title: 'Bad Request',
    detail: 'Some query parameters cannot be used; see issues.',
  },
  'not-found': {
    status: 404,
    title: 'Not Found',
    detail: 'There is no published content at this address.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method Not Allowed',
    detail: 'The Content API is read-only: use GET or HEAD.',
  },
  'server-error': {
    status: 500,
    title: 'Internal Server Error',
    detail: 'Something went wrong on our side; try again later.',
  },
} as const;
export type ContentProblem = keyof typeof PROBLEMS;

/**
 * An RFC 9457 problem document. `type` is always `about:blank`: the status says what kind of
 * problem it is, and `issues` say which parameter is wrong (stable `code`s, and a `message`
 * in the caller's Accept-Language).
 */
export function problemJson(c: Context, kind: ContentProblem, issues?: FieldIssue[]): Response {
  const { status, title, detail } = PROBLEMS[kind];
  const body = {
    type: 'about:blank',
    title,
    status,
    detail,
    ...(issues
      ? { issues: describeIssues(issues, acceptedLanguage(c.req.header('Accept-Language'))) }
      : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Cache-Control': 'no-store',
      Vary: 'Accept-Language',
      ...(kind === 'method-not-allowed' ? { Allow: 'GET, HEAD, OPTIONS' } : {}),
    },
  });
}

/** The problem document, for the OpenAPI description. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  issues: z
    .array(
      z.object({
        path: z
          .string()
          .describe('The query parameter, e.g. "limit" ("edition.1": the second of a list)'),
        code: z.string().describe('A stable code, e.g. "issue.tooBig"'),
        message: z.string(),
      }),
    )
    .optional(),
});
