// Typed errors. Every error the SDK throws is an AnzhiError with the server's stable `code`
// (or the SDK's own for client-side failures), the HTTP `status` and the `requestId` to quote
// to support. Validation errors list every offending field.
import { isErrorCode, kindOf, kindOfHttpStatus, type ErrorKind } from "@anzhi/contracts";

export interface AnzhiIssue {
  /** Dotted path inside the record, e.g. "lines.2.result". */
  path: string;
  message: string;
  /** Stable code when the server gave one (e.g. SUPPLIER_EXTERNAL_ID_UNKNOWN). */
  code?: string;
}

export interface AnzhiErrorInit {
  code: string;
  status?: number | undefined;
  requestId?: string | null | undefined;
  issues?: AnzhiIssue[] | undefined;
  cause?: unknown;
}

export class AnzhiError extends Error {
  override name = "AnzhiError";
  readonly code: string;
  readonly status: number | undefined;
  readonly requestId: string | null;

  constructor(message: string, init: AnzhiErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.requestId = init.requestId ?? null;
  }
}

/** Options are wrong (thrown by the constructor). */
export class AnzhiConfigError extends AnzhiError {
  override name = "AnzhiConfigError";
  constructor(message: string) {
    super(message, { code: "CONFIG_INVALID" });
  }
}

/** 401/403: the key is unknown, revoked, or lacks the scope (`code` says which). */
export class AnzhiAuthError extends AnzhiError {
  override name = "AnzhiAuthError";
}

/** 401: the key is unknown, malformed or revoked (API_KEY_INVALID). A retry will not help. */
export class AnzhiAuthenticationError extends AnzhiAuthError {
  override name = "AnzhiAuthenticationError";
}

/** 403: the key is valid but may not do this (a missing scope, another site's record). */
export class AnzhiPermissionError extends AnzhiAuthError {
  override name = "AnzhiPermissionError";
}

/** 400 (or a client-side check): `issues` lists each field and why. */
export class AnzhiValidationError extends AnzhiError {
  override name = "AnzhiValidationError";
  readonly issues: AnzhiIssue[];
  constructor(message: string, init: AnzhiErrorInit) {
    super(message, init);
    this.issues = init.issues ?? [];
  }
}

/** 404 */
export class AnzhiNotFoundError extends AnzhiError {
  override name = "AnzhiNotFoundError";
}

/** 409, e.g. IDEMPOTENCY_KEY_REUSED */
export class AnzhiConflictError extends AnzhiError {
  override name = "AnzhiConflictError";
}

/** 429 after every retry was used up. */
export class AnzhiRateLimitError extends AnzhiError {
  override name = "AnzhiRateLimitError";
  readonly retryAfterSeconds: number | null;
  constructor(message: string, init: AnzhiErrorInit & { retryAfterSeconds?: number | null }) {
    super(message, init);
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

/** 5xx after every retry was used up. */
export class AnzhiServerError extends AnzhiError {
  override name = "AnzhiServerError";
}

/** The server could not be reached (DNS, refused, reset, timeout) after every retry. */
export class AnzhiConnectionError extends AnzhiError {
  override name = "AnzhiConnectionError";
}

/** The last attempt ran out of its `timeoutMs` (code CONNECTION_TIMEOUT); earlier ones failed too. */
export class AnzhiTimeoutError extends AnzhiConnectionError {
  override name = "AnzhiTimeoutError";
}

/** The caller's `signal` aborted the request (code ABORTED); nothing is retried after that. */
export class AnzhiAbortError extends AnzhiError {
  override name = "AnzhiAbortError";
  constructor(reason: unknown) {
    super(`Request aborted${reason instanceof Error && reason.message ? `: ${reason.message}` : ""}`, {
      code: "ABORTED",
      cause: reason,
    });
  }
}

type ErrorClass = new (message: string, init: AnzhiErrorInit & { retryAfterSeconds?: number | null }) => AnzhiError;

/** The class of each kind of server error (contracts ErrorKind); a payment refusal stays a plain AnzhiError. */
const CLASS_OF_KIND: Record<ErrorKind, ErrorClass> = {
  invalid: AnzhiValidationError,
  unauthenticated: AnzhiAuthenticationError,
  forbidden: AnzhiPermissionError,
  not_found: AnzhiNotFoundError,
  conflict: AnzhiConflictError,
  rate_limited: AnzhiRateLimitError,
  internal: AnzhiServerError,
  payment_required: AnzhiError,
};

/**
 * The typed error for a server answer. The class follows the kind of the server's stable code
 * (contracts), so it never disagrees with the status the server chose; a code this SDK does not
 * know yet, or an answer without one (a proxy's 502), is classed by its HTTP status.
 */
export function errorForStatus(
  status: number,
  message: string,
  init: AnzhiErrorInit & { retryAfterSeconds?: number | null },
): AnzhiError {
  const kind = isErrorCode(init.code) ? kindOf(init.code) : kindOfHttpStatus(status);
  const ErrorClass = kind ? CLASS_OF_KIND[kind] : AnzhiError;
  return new ErrorClass(message, init);
}
