// Server-side tRPC for loaders and actions: the same procedures the browser reaches at
// /api/trpc, called in-process. A refused call becomes a thrown error page (status and stable
// code from the API's one error pipeline) that the shell's error boundary words in the reader's
// language.
import { data } from "@remix-run/node";
import { TRPCError } from "@trpc/server";
import { httpStatusOfCode, type ErrorCode, type MessageParams } from "@anzhi/contracts";
import { httpErrorOf } from "@anzhi/api";

export { callerForRequest } from "@anzhi/api";

/** What an error boundary receives: the code, never a sentence in one language. */
export interface ErrorPageData {
  code: ErrorCode;
  params?: MessageParams;
}

/** A route's own refusal (`throw errorPage("FORBIDDEN")`), with the code's status. */
export function errorPage(code: ErrorCode, params?: MessageParams) {
  const body: ErrorPageData = params ? { code, params } : { code };
  return data(body, { status: httpStatusOfCode(code) });
}

export async function orThrowResponse<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TRPCError) {
      const { code, details } = httpErrorOf(error);
      throw errorPage(code, Object.keys(details).length > 0 ? details : undefined);
    }
    throw error;
  }
}
