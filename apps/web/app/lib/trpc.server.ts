// Server-side tRPC for loaders and actions: the same procedures the browser reaches at
// /api/trpc, called in-process. A TRPCError becomes a thrown Response the error boundary renders.
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPCError } from "@trpc/server";

export { callerForRequest } from "@anzhi/api";

export async function orThrowResponse<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TRPCError) {
      throw new Response(error.message, { status: getHTTPStatusCodeFromError(error) });
    }
    throw error;
  }
}
