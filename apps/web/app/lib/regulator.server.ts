// Guards and helpers of the regulator portal. `requireRegulator` resolves the session like the
// member guards do; anonymous → /login, a signed-in non-regulator → /app. Grants are never cached
// here: each loader calls the regulator router, which re-checks the live grant in the database.
import { redirect } from "@remix-run/node";
import { TRPCError } from "@trpc/server";
import { requireUser, type UserContext } from "./auth.server.ts";

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
