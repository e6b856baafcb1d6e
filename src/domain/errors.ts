/**
 * The one closed set of error codes a client can see. Every error thrown by our code is a CityPactError;
 * anything else reaching the API boundary is masked as INTERNAL_SERVER_ERROR.
 */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR';

export class CityPactError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Machine-readable facts for the client (e.g. the current version on a conflict). Never internal detail. */
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class BadInputError extends CityPactError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class UnauthenticatedError extends CityPactError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('UNAUTHENTICATED', message, {}, options);
  }
}

export class ForbiddenError extends CityPactError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends CityPactError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class ConflictError extends CityPactError {
  constructor(message: string, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super('CONFLICT', message, details, options);
  }
}

/**
 * The request is well-formed, but the record's current state does not allow it: a lifecycle step out of order, a
 * one-time step already taken, a window that has closed. CONFLICT because the same request can succeed against
 * another state; told apart from a stale version (`yourVersion`/`currentVersion`) by `currentState`, and by
 * `allowed` (what the state does allow) where that list is meaningful. Not a ConflictError: retrying on fresh data,
 * as callers do after a lost race, cannot help here.
 */
export class InvalidStateError extends CityPactError {
  constructor(message: string, state: { currentState: string; allowed?: readonly string[] } & Record<string, unknown>) {
    super('CONFLICT', message, state);
  }
}
