/** Exit codes, documented in `--help` and the README. */
export const EXIT = {
  ok: 0,
  /** An id, region or file that does not exist, or records that fail validation. */
  notFound: 1,
  /** A bad command, flag or flag value. */
  usage: 2,
  /** A bug in the CLI itself (EX_SOFTWARE from sysexits.h). */
  internal: 70,
} as const;

/** A mistake the user can fix: printed as one sentence, never with a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly showUsage = false,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new UserError(message, EXIT.usage, true);
export const notFoundError = (message: string) => new UserError(message, EXIT.notFound);
