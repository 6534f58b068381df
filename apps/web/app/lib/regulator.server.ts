// Guards and helpers of the regulator portal. `requireRegulator` resolves the session like the
// member guards do; anonymous → /login, a signed-in non-regulator → /app. Grants are never cached
// here: each loader calls the regulator router, which re-checks the live grant in the database.
import { redirect } from "@remix-run/node";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { formErrorOf } from "@anzhi/api";
import { requireUser, type UserContext } from "./auth.server.ts";
import { getLocale } from "./locale.server.ts";

type Caller = UserContext["caller"];
export type RegulatorMe = Awaited<ReturnType<Caller["regulator"]["me"]>>;

export interface RegulatorContext {
  caller: Caller;
  me: RegulatorMe;
  resHeaders: Headers;
}

export async function requireRegulator(request: Request): Promise<RegulatorContext> {
  const viewer = await requireUser(request);
  try {
    const me = await viewer.caller.regulator.me();
    return { caller: viewer.caller, me, resHeaders: viewer.resHeaders };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") throw redirect("/app");
    throw error;
  }
}

/** A refused or missing read becomes a response with the localised reason (403 when the grant is gone). */
export async function regulatorRead<T>(request: Request, promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TRPCError) {
      const message = formErrorOf(error, getLocale(request)).message;
      throw new Response(message, { status: getHTTPStatusCodeFromError(error) });
    }
    throw error;
  }
}

