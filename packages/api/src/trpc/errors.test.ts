// The one conversion: AppError kind → tRPC code → HTTP status, the last taken from contracts.
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ErrorCode, ErrorKind, httpStatusOf, httpStatusOfCode, kindOf } from "@anzhi/contracts";
import { AppError } from "@anzhi/domain/errors";
import { formatError, toAppError, toTRPCError, TRPC_CODE_OF_KIND } from "./errors.ts";

describe("error conversion", () => {
  it.each(ErrorKind.options)("tRPC answers a %s error with the status contracts give the kind", (kind) => {
    expect(getHTTPStatusCodeFromError(new TRPCError({ code: TRPC_CODE_OF_KIND[kind] }))).toBe(httpStatusOf(kind));
  });

  it("every code keeps its kind and status through the conversion and the formatter", () => {
    for (const code of ErrorCode.options) {
      const trpc = toTRPCError(new AppError(code));
      expect(trpc.code).toBe(TRPC_CODE_OF_KIND[kindOf(code)]);
      expect(formatError({ error: trpc }).data).toMatchObject({ appCode: code, httpStatus: httpStatusOfCode(code) });
    }
  });

  it("reads tRPC's own refusals as the generic code of their kind, and anything else as a redacted 500", () => {
    expect(toAppError(new TRPCError({ code: "NOT_FOUND", message: 'No procedure found on path "x"' })).code).toBe(
      "NOT_FOUND",
    );
    expect(toAppError(new TRPCError({ code: "UNAUTHORIZED" })).code).toBe("UNAUTHENTICATED");
    expect(toAppError(new TRPCError({ code: "METHOD_NOT_SUPPORTED" })).code).toBe("VALIDATION_FAILED");
    expect(toAppError(new TRPCError({ code: "BAD_GATEWAY" })).code).toBe("INTERNAL");
    const secret = formatError({
      error: new Error("SQLITE_BUSY at /srv/anzhi.db"),
      ctx: { locale: "en", requestId: "r1" },
    });
    expect(secret).toMatchObject({
      message: "Something went wrong, try again later",
      data: { appCode: "INTERNAL", httpStatus: 500, requestId: "r1", issues: null },
    });
  });

  it("turns a schema failure into VALIDATION_FAILED with every field, localised", () => {
    const zod = z.object({ name: z.string().min(1) }).safeParse({ name: "" }).error;
    const shape = formatError({
      error: new TRPCError({ code: "BAD_REQUEST", cause: zod }),
      ctx: { locale: "zh-CN", requestId: "r2" },
    });
    expect(shape.data).toMatchObject({
      appCode: "VALIDATION_FAILED",
      httpStatus: 400,
      issues: [{ path: "name", message: "必填" }],
    });
    // The message is the code's sentence; the field and its reason are in issues, never a raw path in the text.
    expect(shape.message).toBe("提交的内容有误，请检查后重试");
  });
});
