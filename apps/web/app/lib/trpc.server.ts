// Server-side tRPC for loaders and actions: the same procedures the browser reaches at
// /api/trpc, called in-process. A refused call becomes a thrown error page (status and stable
// code from the API's one error pipeline) that the shell's error boundary words in the reader's
// language.
import { data } from "@remix-run/node";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import {
  genericCodeOf,
  httpStatusOfCode,
  kindOf,
  t,
  type ErrorCode,
  type Locale,
  type MessageParams,
} from "@anzhi/contracts";
import { httpErrorOf } from "@anzhi/api";

export { callerForRequest } from "@anzhi/api";

/**
 * What an error boundary receives: the stable code and, when the code says more than its status
 * (GRANT_REQUIRED, not just FORBIDDEN), its sentence in each locale — worded here on the server,
 * so the browser bundle carries no message catalogue and the boundary picks the reader's language.
 */
export interface ErrorPageData {
  code: ErrorCode;
  reason?: Record<Locale, string>;
}

/** A route's own refusal (`throw errorPage("FORBIDDEN")`), with the code's status. */
export function errorPage(code: ErrorCode, params: MessageParams = {}) {
  const specific = code !== genericCodeOf(kindOf(code));
  const body: ErrorPageData = specific
    ? { code, reason: { "zh-CN": t(code, "zh-CN", params), en: t(code, "en", params) } }
    : { code };
  return data(body, { status: httpStatusOfCode(code) });
}

/**
 * The call's answer, or its refusal thrown as an error page. Pass a function when the input is
 * parsed from the request first (`parseForm` on a query string): a query the schema refuses is a
 * 400 page too, not a 500.
 */
export async function orThrowResponse<T>(call: Promise<T> | (() => Promise<T>)): Promise<T> {
  try {
    return await (typeof call === "function" ? call() : call);
  } catch (error) {
    if (error instanceof ZodError) throw errorPage("VALIDATION_FAILED");
    if (error instanceof TRPCError) {
      const { code, details } = httpErrorOf(error);
      throw errorPage(code, Object.keys(details).length > 0 ? details : undefined);
    }
    throw error;
  }
}
