import { z } from 'zod';

// A field that is absent is "required", whatever kind of value it should have held: zod
// reports a missing choice as "invalid option" and a missing union as "invalid input", and
// its issues leave the input out, so only an error map (which sees the input) can tell.
z.config({ customError: (found) => (found.input === undefined ? 'issue.required' : undefined) });

/**
 * One problem with one field of some input, as a code (e.g. 'issue.required') with parameters,
 * so each interface can say it in its reader's language (i18n/issues.ts).
 */
export interface FieldIssue {
  /** e.g. 'headline', 'body.3.items.0' */
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

/** An input that failed validation, as an expected failure value. */
export interface InvalidInput {
  type: 'invalid';
  issues: FieldIssue[];
}

/** A field issue. */
export function issue(path: string, code: string, params?: FieldIssue['params']): FieldIssue {
  return params ? { path, code, params } : { path, code };
}

type ZodIssue = z.core.$ZodIssue;

/** The code of one of zod's own issues, or of ours (a refine's message is its code). */
function codeOf(zodIssue: ZodIssue): { code: string; params?: FieldIssue['params'] } {
  if (zodIssue.message.startsWith('issue.')) {
    const found = zodIssue as {
      params?: FieldIssue['params'];
      minimum?: unknown;
      maximum?: unknown;
    };
    const params = {
      ...found.params,
      ...(found.minimum !== undefined ? { min: Number(found.minimum) } : {}),
      ...(found.maximum !== undefined ? { max: Number(found.maximum) } : {}),
    };
    return Object.keys(params).length
      ? { code: zodIssue.message, params }
      : { code: zodIssue.message };
  }
  switch (zodIssue.code) {
    case 'invalid_type':
      // zod leaves the input out of its issues; its message says whether anything was there.
      return /received undefined$/.test(zodIssue.message)
        ? { code: 'issue.required' }
        : { code: 'issue.wrongType' };
    case 'too_small':
      if (zodIssue.origin === 'string' && Number(zodIssue.minimum) <= 1)
        return { code: 'issue.required' };
      if (zodIssue.origin === 'array')
        return { code: 'issue.tooFew', params: { min: Number(zodIssue.minimum) } };
      if (zodIssue.origin === 'string')
        return { code: 'issue.tooShort', params: { min: Number(zodIssue.minimum) } };
      return { code: 'issue.tooSmall', params: { min: Number(zodIssue.minimum) } };
    case 'too_big':
      if (zodIssue.origin === 'array')
        return { code: 'issue.tooMany', params: { max: Number(zodIssue.maximum) } };
      if (zodIssue.origin === 'string')
        return { code: 'issue.tooLong', params: { max: Number(zodIssue.maximum) } };
      return { code: 'issue.tooBig', params: { max: Number(zodIssue.maximum) } };
    case 'invalid_format':
      return zodIssue.format === 'email' ? { code: 'issue.email' } : { code: 'issue.format' };
    case 'invalid_value':
      return {
        code: 'issue.notAllowed',
        params: { allowed: zodIssue.values.map(String).join(', ') },
      };
    case 'invalid_union':
      // A discriminated union whose discriminator matched nothing: an unknown kind of thing.
      return 'discriminator' in zodIssue
        ? { code: 'issue.unknownType' }
        : { code: 'issue.wrongType' };
    case 'unrecognized_keys':
      return { code: 'issue.unknownField' };
    case 'invalid_key': {
      // A record key that failed its own check (e.g. a language tag): say what the check said.
      const inner = zodIssue.issues[0];
      return inner ? codeOf(inner) : { code: 'issue.invalid' };
    }
    default:
      return { code: 'issue.invalid' };
  }
}

/** Turns zod's issues into field issues. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((zodIssue) => {
    const { code, params } = codeOf(zodIssue as ZodIssue);
    const path = zodIssue.path.map(String).join('.');
    return issue(path, code, params);
  });
}

/** An invalid-input failure from zod's error. */
export function invalidInput(error: z.ZodError): InvalidInput {
  return { type: 'invalid', issues: fieldIssues(error) };
}
