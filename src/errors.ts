// Named error classes a user can act on; the CLI and the server turn them into exit codes / responses in one place.

export type ErrorCode = "bad_input" | "not_found" | "conflict" | "usage" | "too_large";

export class DossierError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = "DossierError";
  }
}

/** Input a command cannot use: empty, binary, undecodable, malformed. */
export class BadInputError extends DossierError {
  constructor(message: string) {
    super("bad_input", message);
    this.name = "BadInputError";
  }
}

export class TooLargeError extends DossierError {
  constructor(message: string) {
    super("too_large", message);
    this.name = "TooLargeError";
  }
}

export class NotFoundError extends DossierError {
  constructor(message: string) {
    super("not_found", message);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends DossierError {
  constructor(message: string) {
    super("conflict", message);
    this.name = "ConflictError";
  }
}

/** Wrong flags or arguments: exit code 2. */
export class UsageError extends DossierError {
  constructor(message: string) {
    super("usage", message);
    this.name = "UsageError";
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
