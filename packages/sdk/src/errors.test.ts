import { describe, expect, it } from "vitest";
import { ErrorCode, httpStatusOfCode } from "@anzhi/contracts";
import {
  AnzhiAuthenticationError,
  AnzhiAuthError,
  AnzhiConflictError,
  AnzhiError,
  AnzhiNotFoundError,
  AnzhiPermissionError,
  AnzhiRateLimitError,
  AnzhiServerError,
  AnzhiValidationError,
  errorForStatus,
} from "./errors";

describe("errorForStatus", () => {
  it("classes a known code by its kind, whatever status came with it", () => {
    expect(errorForStatus(400, "x", { code: "HAZARD_NOT_FOUND" })).toBeInstanceOf(AnzhiNotFoundError);
    expect(errorForStatus(500, "x", { code: "API_KEY_SCOPE_MISSING" })).toBeInstanceOf(AnzhiAuthError);
    expect(errorForStatus(200, "x", { code: "IDEMPOTENCY_KEY_REUSED" })).toBeInstanceOf(AnzhiConflictError);
  });

  it("gives every code the class its own HTTP status would", () => {
    for (const code of ErrorCode.options) {
      expect(errorForStatus(httpStatusOfCode(code), "x", { code }).name, code).toBe(
        errorForStatus(httpStatusOfCode(code), "x", { code: "FUTURE_CODE" }).name,
      );
    }
  });

  it("classes unknown codes and code-less answers by status", () => {
    expect(errorForStatus(422, "x", { code: "UNKNOWN" })).toBeInstanceOf(AnzhiValidationError);
    expect(errorForStatus(403, "x", { code: "SOME_FUTURE_CODE" })).toBeInstanceOf(AnzhiAuthError);
    expect(errorForStatus(429, "x", { code: "UNKNOWN", retryAfterSeconds: 3 })).toMatchObject({
      name: "AnzhiRateLimitError",
      retryAfterSeconds: 3,
    });
    expect(errorForStatus(503, "x", { code: "INTERNAL" })).toBeInstanceOf(AnzhiServerError);
    const payment = errorForStatus(402, "x", { code: "PLAN_LIMIT_REACHED" });
    expect(payment).toBeInstanceOf(AnzhiError);
    expect(payment.name).toBe("AnzhiError");
    expect(errorForStatus(429, "x", { code: "RATE_LIMITED" })).toBeInstanceOf(AnzhiRateLimitError);
  });

  it.each([
    [400, AnzhiValidationError],
    [401, AnzhiAuthenticationError],
    [403, AnzhiPermissionError],
    [404, AnzhiNotFoundError],
    [409, AnzhiConflictError],
    [418, AnzhiValidationError],
    [429, AnzhiRateLimitError],
    [500, AnzhiServerError],
    [502, AnzhiServerError],
    [503, AnzhiServerError],
  ] as const)("maps a code-less HTTP %i to %o", (status, ErrorClass) => {
    const error = errorForStatus(status, "x", { code: "UNKNOWN", status });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.status).toBe(status);
  });

  it("splits the auth errors: 401 is authentication, 403 permission, both still AnzhiAuthError", () => {
    const invalid = errorForStatus(401, "x", { code: "API_KEY_INVALID" });
    const scope = errorForStatus(403, "x", { code: "API_KEY_SCOPE_MISSING" });
    expect(invalid).toBeInstanceOf(AnzhiAuthenticationError);
    expect(invalid).toBeInstanceOf(AnzhiAuthError);
    expect(invalid).not.toBeInstanceOf(AnzhiPermissionError);
    expect(scope).toBeInstanceOf(AnzhiPermissionError);
    expect(scope).toBeInstanceOf(AnzhiAuthError);
    expect(scope).not.toBeInstanceOf(AnzhiAuthenticationError);
  });
});
