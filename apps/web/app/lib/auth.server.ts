// Remix guards for loaders and actions. Each resolves the `anzhi_session` cookie through the api
// package (the web app never touches the database) and either returns what the route needs or
// throws a redirect.
//
//   requireUser(request)      → { user, organizations, activeOrganizationId, caller, resHeaders }
//                               anonymous → redirect to /login?redirectTo=<this page>
//   requireMember(request)    → { user, org, organizations, caller, resHeaders }
//                               org = { id, slug, name, timeZone, kind, roles, isAdmin } of the
//                               session's active organisation; no active organisation (or the
//                               membership was deactivated) → redirect to the chooser /orgs
//   requireAnonymous(request) → signed in → redirect to /app
//   hasRole(org, ...roles)    → true when the member holds one of the roles
//
// `caller` is the tRPC caller bound to this request's session; use it for everything
// (`await caller.members.summary()`). `resHeaders` collects cookies procedures set; pass it to
// the response (`redirect(to, { headers: resHeaders })`) after login, logout, sign-up or switch.
import { redirect } from "@remix-run/node";
import { TRPCError } from "@trpc/server";
import type { Role } from "@anzhi/contracts";
import { callerForRequest } from "@anzhi/api";

type Caller = Awaited<ReturnType<typeof callerForRequest>>;
type Me = Awaited<ReturnType<Caller["auth"]["me"]>>;
export type MemberOrg = Awaited<ReturnType<Caller["members"]["current"]>>;

export interface UserContext {
  user: Me["user"];
  organizations: Me["organizations"];
  activeOrganizationId: string | null;
  /** The session's organisation deactivated this person's membership. */
  lostAccess: boolean;
  caller: Caller;
  resHeaders: Headers;
}

export interface MemberContext extends UserContext {
  org: MemberOrg;
}

/** Only same-site paths, so a crafted link cannot send people elsewhere after login. */
export { safeRedirect } from "./safe-redirect.ts";

function loginRedirect(request: Request): Response {
  const url = new URL(request.url);
  const params = new URLSearchParams({ redirectTo: url.pathname + url.search });
  return redirect(`/login?${params.toString()}`);
}

/** The signed-in person, or null (no redirect). */
export async function getUser(request: Request): Promise<UserContext | null> {
  const resHeaders = new Headers();
  const caller = await callerForRequest(request, resHeaders);
  try {
    const me = await caller.auth.me();
    return {
      user: me.user,
      organizations: me.organizations,
      activeOrganizationId: me.activeOrganizationId,
      lostAccess: me.lostAccess,
      caller,
      resHeaders,
    };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return null;
    throw error;
  }
}

export async function requireUser(request: Request): Promise<UserContext> {
  const viewer = await getUser(request);
  if (!viewer) throw loginRedirect(request);
  return viewer;
}

export async function requireMember(request: Request): Promise<MemberContext> {
  const viewer = await requireUser(request);
  try {
    const org = await viewer.caller.members.current();
    return { ...viewer, org };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") {
      // Inspectors have no membership: their pages are the regulator portal.
      if (viewer.organizations.length === 0 && (await isRegulator(viewer.caller))) throw redirect("/regulator");
      const url = new URL(request.url);
      const params = new URLSearchParams({ redirectTo: url.pathname + url.search });
      if (viewer.lostAccess) params.set("reason", "inactive");
      throw redirect(`/orgs?${params.toString()}`);
    }
    throw error;
  }
}

async function isRegulator(caller: Caller): Promise<boolean> {
  try {
    await caller.regulator.me();
    return true;
  } catch {
    return false;
  }
}

export async function requireAnonymous(request: Request): Promise<void> {
  if (await getUser(request)) throw redirect("/app");
}

export function hasRole(org: Pick<MemberOrg, "roles">, ...roles: Role[]): boolean {
  return org.roles.some((r) => roles.includes(r));
}
