// AppError (domain) → TRPCError (transport). Unknown errors become a redacted 500 and are logged.
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { AppError, invalidInput, type ErrorKind } from "@anzhi/domain/errors";

const CODE_OF_KIND: Record<ErrorKind, TRPCError["code"]> = {
  not_found: "NOT_FOUND",
  conflict: "CONFLICT",
  forbidden: "FORBIDDEN",
  unauthenticated: "UNAUTHORIZED",
  invalid: "BAD_REQUEST",
  payment_required: "PAYMENT_REQUIRED",
  rate_limited: "TOO_MANY_REQUESTS",
  internal: "INTERNAL_SERVER_ERROR",
};

export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) {
    if (error.cause instanceof AppError) return toTRPCError(error.cause);
    return error;
  }
  // Input that failed a procedure's .input() schema arrives here as the bare ZodError (the
  // conversion middleware unwraps causes): it is bad input, not a server fault.
  // It leaves as the same AppError a service's own parse would raise (VALIDATION_FAILED, each field).
  if (error instanceof ZodError) return toTRPCError(invalidInput(error));
  if (error instanceof AppError) {
    return new TRPCError({ code: CODE_OF_KIND[error.kind], message: error.message, cause: error });
  }
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Internal server error", cause: error });
}
