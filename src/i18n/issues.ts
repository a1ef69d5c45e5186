import type { FieldIssue } from '../core/validation.ts';
import { catalogues, translator } from './i18n.ts';
import type { MessageKey } from './messages/en.ts';

/** A field issue said in `language`: "is required", "es obligatorio"… */
export function issueMessage(issue: FieldIssue, language: string): string {
  const known = issue.code in catalogues.en;
  return translator(language)((known ? issue.code : 'issue.invalid') as MessageKey, issue.params);
}

/** Field issues with their message in `language`, as the APIs answer them. */
export function describeIssues(issues: FieldIssue[], language: string) {
  return issues.map((issue) => ({
    path: issue.path,
    code: issue.code,
    message: issueMessage(issue, language),
  }));
}
