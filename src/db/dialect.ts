import type { SelectQueryBuilder } from 'kysely';
import type { SqlDialect } from './database.ts';

/*
 * The few things that differ between SQLite and PostgreSQL, outside connect.ts and backup.ts.
 * Queries elsewhere are plain Kysely that runs on both.
 */

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when a write failed because a unique or primary key constraint was violated. */
export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** True when a write failed because a referenced row does not exist (or is still referenced). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** The name of the constraint a PostgreSQL or SQLite error names, when it says. */
export function violatedConstraint(error: unknown): string | undefined {
  const constraint = (error as { constraint?: unknown } | null)?.constraint;
  if (typeof constraint === 'string') return constraint;
  const message = error instanceof Error ? error.message : '';
  return /constraint failed: (.+)$/.exec(message)?.[1];
}

/**
 * A select for claiming work from a shared table inside an UPDATE: on PostgreSQL it locks the
 * rows it finds and passes over rows another transaction holds (FOR UPDATE SKIP LOCKED), so
 * concurrent claimers take different rows without waiting. SQLite has one writer at a time, so
 * a select inside an UPDATE statement is already exclusive there.
 */
export function skippingLockedRows<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  dialect: SqlDialect,
): SelectQueryBuilder<DB, TB, O> {
  return dialect === 'postgres' ? query.forUpdate().skipLocked() : query;
}
