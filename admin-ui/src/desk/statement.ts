import type { JointStatement } from './desk-types.ts';

/** The editions of a statement that are not ready, as "Name (language)". */
export function notReady(statement: JointStatement, nameOf: (siteId: string) => string): string[] {
  return statement.editions
    .filter((edition) => !edition.ready && edition.status !== 'declined')
    .map((edition) => `${nameOf(edition.siteId)} (${edition.language})`);
}
