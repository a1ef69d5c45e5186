/**
 * Raised when Tribune cannot start or a command cannot run because of its setting or
 * surroundings (configuration, database, port, data folder). The message is one sentence
 * for the operator: what is wrong and what to do. The CLI prints it without a stack trace.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Raised when input that should have been validated at the boundary is not valid. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** Raised when a row the caller was sure of does not exist. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** The message of anything thrown, for logs and operator messages. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
