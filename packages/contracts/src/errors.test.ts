import { describe, expect, it } from "vitest";
import {
  ApiErrorBodySchema,
  ErrorCode,
  ErrorCodes,
  ErrorKind,
  genericCodeOf,
  httpStatusOf,
  httpStatusOfCode,
  isErrorCode,
  kindOf,
  kindOfHttpStatus,
} from "./errors";

describe("error codes", () => {
  it("includes the codes other packages rely on", () => {
    for (const code of [
      "VALIDATION_FAILED",
      "UNAUTHENTICATED",
      "FORBIDDEN",
      "NOT_FOUND",
      "ORG_NOT_FOUND",
      "CONFLICT",
      "RATE_LIMITED",
      "PAYMENT_REQUIRED",
      "INTERNAL",
      "USCC_INVALID",
      "LICENCE_NO_INVALID",
      "CCC_NO_INVALID",
      "DATE_RANGE_INVALID",
      "HAZARD_TRANSITION_FORBIDDEN",
      "HAZARD_VERIFIER_IS_RECTIFIER",
      "RECORD_ALREADY_SIGNED",
      "RECORD_INCOMPLETE",
      "REGULATOR_READ_ONLY",
      "GRANT_REQUIRED",
      "IDEMPOTENCY_KEY_REUSED",
      "API_KEY_SCOPE_MISSING",
    ]) {
      expect(ErrorCode.safeParse(code).success, code).toBe(true);
    }
    expect(ErrorCodes.USCC_INVALID).toBe("USCC_INVALID");
  });

  it("codes are SCREAMING_SNAKE", () => {
    for (const code of ErrorCode.options) expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it.each([
    ["VALIDATION_FAILED", "invalid", 400],
    ["UNAUTHENTICATED", "unauthenticated", 401],
    ["PAYMENT_REQUIRED", "payment_required", 402],
    ["REGULATOR_READ_ONLY", "forbidden", 403],
    ["HAZARD_VERIFIER_IS_RECTIFIER", "forbidden", 403],
    ["ORG_NOT_FOUND", "not_found", 404],
    ["HAZARD_TRANSITION_FORBIDDEN", "conflict", 409],
    ["IDEMPOTENCY_KEY_REUSED", "conflict", 409],
    ["RATE_LIMITED", "rate_limited", 429],
    ["INTERNAL", "internal", 500],
  ] as const)("%s is %s → HTTP %i", (code, kind, status) => {
    expect(kindOf(code)).toBe(kind);
    expect(httpStatusOf(kindOf(code))).toBe(status);
  });

  it("every kind has a distinct 4xx/5xx status", () => {
    const statuses = ErrorKind.options.map(httpStatusOf);
    expect(new Set(statuses).size).toBe(statuses.length);
    for (const status of statuses) expect(status).toBeGreaterThanOrEqual(400);
  });

  it("each kind has a generic code of that kind, and a status that leads back to the kind", () => {
    for (const kind of ErrorKind.options) {
      expect(kindOf(genericCodeOf(kind))).toBe(kind);
      expect(kindOfHttpStatus(httpStatusOf(kind))).toBe(kind);
      expect(httpStatusOfCode(genericCodeOf(kind))).toBe(httpStatusOf(kind));
    }
  });

  it("reads a status without a code as the nearest kind", () => {
    expect(kindOfHttpStatus(503)).toBe("internal");
    expect(kindOfHttpStatus(415)).toBe("invalid");
    expect(kindOfHttpStatus(422)).toBe("invalid");
    expect(kindOfHttpStatus(200)).toBeUndefined();
    expect(kindOfHttpStatus(302)).toBeUndefined();
  });

  it("isErrorCode narrows strings and rejects prototype keys", () => {
    expect(isErrorCode("NOT_FOUND")).toBe(true);
    expect(isErrorCode("not_found")).toBe(false);
    expect(isErrorCode("toString")).toBe(false);
    expect(isErrorCode(404)).toBe(false);
  });

  it("the REST error body accepts codes it does not know yet", () => {
    const body = { error: { type: "conflict", code: "SOME_FUTURE_CODE", message: "x", requestId: "req_1" } };
    expect(ApiErrorBodySchema.parse(body)).toEqual(body);
    expect(ApiErrorBodySchema.safeParse({ error: { ...body.error, type: "teapot" } }).success).toBe(false);
  });
});
