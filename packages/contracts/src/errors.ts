// Stable error codes shared by domain, API, web and SDK. A code never changes meaning once
// released; add new codes instead. Every code has a kind, and every kind one HTTP status.
import { z } from "zod";

export const ErrorKind = z.enum([
  "not_found",
  "conflict",
  "forbidden",
  "unauthenticated",
  "invalid",
  "payment_required",
  "rate_limited",
  "internal",
]);
export type ErrorKind = z.infer<typeof ErrorKind>;

/** Every code with its kind. `satisfies` keeps the table exhaustive and typo-free. */
const KIND_BY_CODE = {
  // generic
  VALIDATION_FAILED: "invalid",
  UNAUTHENTICATED: "unauthenticated",
  SESSION_EXPIRED: "unauthenticated",
  API_KEY_INVALID: "unauthenticated",
  FORBIDDEN: "forbidden",
  ROLE_REQUIRED: "forbidden",
  ADMIN_REQUIRED: "forbidden",
  NOT_FOUND: "not_found",
  CONFLICT: "conflict",
  RATE_LIMITED: "rate_limited",
  PAYMENT_REQUIRED: "payment_required",
  PLAN_LIMIT_REACHED: "payment_required",
  INTERNAL: "internal",
  // tenants and records
  ORG_NOT_FOUND: "not_found",
  SITE_NOT_FOUND: "not_found",
  PRODUCT_NOT_FOUND: "not_found",
  SUPPLIER_NOT_FOUND: "not_found",
  HAZARD_NOT_FOUND: "not_found",
  RECORD_NOT_FOUND: "not_found",
  MEMBER_NOT_FOUND: "not_found",
  // accounts and people
  LOGIN_FAILED: "unauthenticated",
  LOGIN_LOCKED: "rate_limited",
  PASSWORD_INCORRECT: "invalid",
  EMAIL_TAKEN: "conflict",
  SIGNUP_REFUSED: "invalid",
  RESET_LINK_INVALID: "invalid",
  RESET_LINK_SHARED_ACCOUNT: "forbidden",
  INVITATION_INVALID: "invalid",
  INVITATION_EXPIRED: "invalid",
  LAST_PRINCIPAL: "conflict",
  MEMBERSHIP_INACTIVE: "forbidden",
  ATTACHMENT_INVALID: "invalid",
  FILE_CONTENT_MISSING: "not_found",
  ORG_USCC_TAKEN: "conflict",
  // identifiers and fields
  USCC_INVALID: "invalid",
  LICENCE_NO_INVALID: "invalid",
  CCC_NO_INVALID: "invalid",
  REGION_CODE_INVALID: "invalid",
  DATE_RANGE_INVALID: "invalid",
  PRODUCT_GROUP_UNKNOWN: "invalid",
  // hazards
  HAZARD_TRANSITION_FORBIDDEN: "conflict",
  HAZARD_VERIFIER_IS_RECTIFIER: "forbidden",
  HAZARD_RECTIFICATION_NOTE_REQUIRED: "invalid",
  HAZARD_FAIL_REASON_REQUIRED: "invalid",
  HAZARD_EVIDENCE_REQUIRED: "invalid",
  HAZARD_MAJOR_VERIFIER_NOT_APPOINTED: "forbidden",
  MAJOR_REPORT_INCOMPLETE: "invalid",
  MAJOR_REPORT_AGENCY_REQUIRED: "invalid",
  TASK_NOT_FOUND: "not_found",
  // statutory records
  RECORD_ALREADY_SIGNED: "conflict",
  RECORD_INCOMPLETE: "invalid",
  RECORD_PERIOD_DUPLICATE: "conflict",
  // authority from the appointment register
  DAILY_SIGNER_NOT_APPOINTED: "forbidden",
  WEEKLY_SIGNER_NOT_APPOINTED: "forbidden",
  WEEKLY_DIRECTOR_REQUIRED: "forbidden",
  WEEKLY_DIRECTOR_SIGNS: "forbidden",
  MONTHLY_SIGNER_NOT_APPOINTED: "forbidden",
  READ_SIGN_NOT_APPOINTED: "forbidden",
  RISK_LIST_APPROVER_NOT_APPOINTED: "forbidden",
  // regulators
  REGULATOR_READ_ONLY: "forbidden",
  GRANT_REQUIRED: "forbidden",
  GRANT_EXPIRED: "forbidden",
  // ERP API
  IDEMPOTENCY_KEY_REUSED: "conflict",
  API_KEY_SCOPE_MISSING: "forbidden",
  API_KEY_SITE_MISMATCH: "forbidden",
  SUPPLIER_EXTERNAL_ID_UNKNOWN: "invalid",
  SITE_CODE_UNKNOWN: "invalid",
  PRODUCT_CODE_UNKNOWN: "invalid",
  // CSV/XLSX import of inspection records
  IMPORT_FILE_UNREADABLE: "invalid",
  IMPORT_COLUMNS_MISSING: "invalid",
  IMPORT_TOO_MANY_ROWS: "invalid",
} as const satisfies Record<string, ErrorKind>;

export type ErrorCode = keyof typeof KIND_BY_CODE;

const ERROR_CODES = Object.keys(KIND_BY_CODE) as [ErrorCode, ...ErrorCode[]];

/** zod enum of every error code (for API output schemas and SDK parsing). */
export const ErrorCode = z.enum(ERROR_CODES);

/** Same values as a const object, for `ErrorCodes.USCC_INVALID` style access. */
export const ErrorCodes = ErrorCode.enum;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(KIND_BY_CODE, value);
}

export function kindOf(code: ErrorCode): ErrorKind {
  return KIND_BY_CODE[code];
}

/**
 * Every kind once: its HTTP status on every transport (tRPC, REST, the web's error pages) and the
 * code an error of that kind carries when nothing more specific is known (a transport refusal).
 */
const KINDS = {
  invalid: { status: 400, code: "VALIDATION_FAILED" },
  unauthenticated: { status: 401, code: "UNAUTHENTICATED" },
  payment_required: { status: 402, code: "PAYMENT_REQUIRED" },
  forbidden: { status: 403, code: "FORBIDDEN" },
  not_found: { status: 404, code: "NOT_FOUND" },
  conflict: { status: 409, code: "CONFLICT" },
  rate_limited: { status: 429, code: "RATE_LIMITED" },
  internal: { status: 500, code: "INTERNAL" },
} as const satisfies Record<ErrorKind, { status: number; code: ErrorCode }>;

export function httpStatusOf(kind: ErrorKind): number {
  return KINDS[kind].status;
}

/** The HTTP status of a code: its kind's. */
export function httpStatusOfCode(code: ErrorCode): number {
  return httpStatusOf(kindOf(code));
}

/** The generic code of a kind (VALIDATION_FAILED for invalid, NOT_FOUND for not_found, …). */
export function genericCodeOf(kind: ErrorKind): ErrorCode {
  return KINDS[kind].code;
}

/**
 * The kind behind an HTTP status, for answers that carry no code (a proxy's 502, a server older
 * than the client): the kind with that status; any other 5xx is internal, any other 4xx invalid.
 */
export function kindOfHttpStatus(status: number): ErrorKind | undefined {
  const exact = ErrorKind.options.find((kind) => KINDS[kind].status === status);
  if (exact) return exact;
  if (status >= 500 && status <= 599) return "internal";
  if (status >= 400 && status <= 499) return "invalid";
  return undefined;
}

/**
 * REST v1 error body: `{ error: { type, code, message, param?, requestId } }` (style guide).
 * `code` is a plain string so an older SDK still parses codes added after it shipped;
 * narrow it with `isErrorCode`.
 */
export const ApiErrorBodySchema = z.object({
  error: z.object({
    type: ErrorKind,
    code: z.string(),
    message: z.string(),
    param: z.string().optional(),
    requestId: z.string(),
    /** Every offending field with its reason, for validation errors. */
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;
